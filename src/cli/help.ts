/** The help of the command and of each verb, in Vietnamese and English, each with an example. */
import type { Locale } from '../index.js';

type Help = Readonly<Record<Locale, string>>;

const COMMON = {
  vi: '  --json         in kết quả dạng JSON\n  --lang vi|en   ngôn ngữ (mặc định: vi)\n  --debug        in chi tiết lỗi (stack)\n  -h, --help     in hướng dẫn này',
  en: '  --json         print the result as JSON\n  --lang vi|en   language (default: vi)\n  --debug        print error details (stack)\n  -h, --help     print this help',
};

function help(usage: string, vi: string, en: string, example: string, viOpts = '', enOpts = ''): Help {
  return {
    vi: `Cách dùng: khuyen-cong ${usage}\n\n${vi}\n\n${viOpts === '' ? '' : `${viOpts}\n`}${COMMON.vi}\n\nVí dụ:\n  ${example}`,
    en: `Usage: khuyen-cong ${usage}\n\n${en}\n\n${enOpts === '' ? '' : `${enOpts}\n`}${COMMON.en}\n\nExample:\n  ${example}`,
  };
}

/** Help per verb. */
export const VERB_HELP: Readonly<Record<string, Help>> = {
  report: help(
    'report [--input FILE|- | --data seed|all] [--color|--no-color]',
    'Báo cáo trên dữ liệu nguồn có sẵn (--data all: thêm các báo cáo CORPUS_REPORTS), hoặc trên các báo cáo của bạn (ProgrammeReport JSON: một báo cáo hoặc một mảng; xem `khuyen-cong schema programme-report`).',
    'The report on the embedded data, or on your reports (ProgrammeReport JSON: one report or an array; see `khuyen-cong schema programme-report`).',
    'khuyen-cong report --lang en',
    '  --input FILE   tệp JSON các báo cáo (- : stdin)\n  --color        in đậm tiêu đề; --no-color: không',
    '  --input FILE   JSON file of reports (- : stdin)\n  --data all     the seed reports and the corpus reports (CORPUS_REPORTS); seed: the five articles (default)\n  --color        bold headings; --no-color: none',
  ),
  parse: help(
    'parse TEXT… | -',
    'Đọc từng con số viết theo kiểu Việt Nam: giá trị, đơn vị, hạn định, khoảng chính xác. Mã thoát 2 nếu có số không đọc được. "-": mỗi dòng của stdin là một số.',
    'Reads each Vietnamese figure: value, unit, qualifier, precision interval. Exit 2 if one cannot be read. "-": each line of stdin is a figure.',
    'khuyen-cong parse "54,06 tỷ đồng" "hơn 75 cơ sở"',
  ),
  check: help(
    'check FILE|-',
    'Kiểm tra một nhận định (JSON của parseClaim) hoặc một mảng. Mã thoát 1 nếu có nhận định không nhất quán.',
    'Checks one claim (the parseClaim JSON) or an array. Exit 1 if any is inconsistent.',
    `echo '{"kind":"sum","parts":["13,877 tỷ đồng","49,49 tỷ đồng"],"stated":"63,335 tỷ đồng"}' | khuyen-cong check -`,
  ),
  audit: help(
    'audit FILE|- [--at DATE]',
    'Kiểm tra các số liệu của một báo cáo (ProgrammeReport JSON, một hoặc một mảng), hoặc của văn bản một bài viết (bộ đọc văn bản, theo ngày --at, mặc định hôm nay). Mã thoát 1 nếu có số liệu không nhất quán.',
    'Audits the figures of a report (ProgrammeReport JSON, one or an array), or of an article\'s plain text (the text reader, as of --at DATE, default today). Exit 1 if any figure is inconsistent.',
    'khuyen-cong audit reports.json',
  ),
  eligibility: help(
    'eligibility FILE|- --at YYYY-MM-DD',
    'Quyết định về điều kiện hưởng hỗ trợ của một cơ sở (Applicant JSON) vào một ngày, với căn cứ pháp lý. Mã thoát 1: không đủ điều kiện; 3: cần xem xét thêm.',
    'The eligibility decision for an applicant (Applicant JSON) on a date, with its legal basis. Exit 1: not eligible; 3: needs review.',
    `echo '{"group":"RURAL_INDUSTRIAL_ESTABLISHMENT","location":{"unitKind":"QUAN"}}' | khuyen-cong eligibility - --at 2024-01-01`,
    '  --at DATE      ngày xét (YYYY-MM-DD)',
    '  --at DATE      the date of the decision (YYYY-MM-DD)',
  ),
  support: help(
    'support --item ID --cost AMOUNT --at YYYY-MM-DD',
    'Mức hỗ trợ tối đa từ kinh phí khuyến công quốc gia cho một nội dung, với giới hạn được áp dụng.',
    'The maximum support from national khuyến công funds for an item, with the bound that applied.',
    'khuyen-cong support --item DEMO_MODEL_NEW_TECH --cost "5 tỷ" --at 2019-06-01',
    '  --item ID      mã nội dung hỗ trợ (SUPPORT_ITEMS)\n  --cost AMOUNT  chi phí hợp lệ: số đồng hoặc "1,5 tỷ"\n  --at DATE      ngày (YYYY-MM-DD)',
    '  --item ID      support item id (SUPPORT_ITEMS)\n  --cost AMOUNT  eligible cost: whole đồng or "1,5 tỷ"\n  --at DATE      date (YYYY-MM-DD)',
  ),
  province: help(
    'province NAME… [--at YYYY-MM-DD]',
    'Đơn vị cấp tỉnh theo tên hoặc mã vào một ngày (mặc định: hôm nay), mã của nó, và đơn vị kế thừa hôm nay. Mã thoát 2 nếu không tìm thấy.',
    'The provincial unit by name or code on a date (default: today), its code, and its successor today. Exit 2 if not found.',
    'khuyen-cong province "Bạc Liêu" --at 2020-01-01',
    '  --at DATE      ngày mà tên được dùng',
    '  --at DATE      the date the name refers to',
  ),
  restate: help(
    'restate FILE.csv|- [--to current|legacy] [--out FILE]',
    'Chuyển bảng tỉnh × kỳ × kinh phí (CSV; cột tỉnh/province, năm/year/period, kinh phí/amount, nguồn/source) sang bản đồ kia; thêm cột mã và tên mới. Dòng không chuyển được: cảnh báo trên stderr.',
    'Restates a province × period × amount table (CSV; columns tỉnh/province, năm/year/period, kinh phí/amount, nguồn/source) onto the other map, adding the new code and name. Rows that cannot be restated: warnings on stderr.',
    'khuyen-cong restate allocations.csv --out restated.csv',
    '  --to current|legacy  bản đồ đích (mặc định: current, 34 tỉnh)\n  --out FILE           ghi ra tệp (nguyên tử: không ghi dở)',
    '  --to current|legacy  the target map (default: current, 34 units)\n  --out FILE           write to a file (atomically: never half-written)',
  ),
  schema: help(
    'schema NAME',
    'In một JSON Schema của thư viện.',
    'Prints a JSON Schema of the library.',
    'khuyen-cong schema programme-report',
  ),
  validate: help(
    'validate NAME FILE|-',
    'Kiểm tra một tệp JSON theo một schema. Mã thoát 1 nếu không hợp lệ.',
    'Validates a JSON file against a schema. Exit 1 if invalid.',
    'khuyen-cong validate applicant applicant.json',
  ),
  test: help(
    'test CASES.json…',
    'Chạy các tệp ca kiểm thử (kiểu OpenFisca): dữ liệu vào, ngày, kết quả mong đợi. In đạt/không đạt từng ca. Mã thoát 1 nếu có ca không đạt.',
    'Runs case files (OpenFisca-style): inputs, date, expected outcome, support or verdict. Prints pass/fail per case. Exit 1 if any fails.',
    'khuyen-cong test cases.json',
  ),
  serve: help(
    'serve [--port N] [--host 127.0.0.1]',
    'Các lệnh trên dưới dạng API JSON không trạng thái: POST /eligibility, /support, /claims/check, /parse, /province, /restate; GET /schemas/:name, /openapi.json. Dừng bằng SIGTERM hoặc Ctrl-C.',
    'The verbs as a stateless JSON HTTP API: POST /eligibility, /support, /claims/check, /parse, /province, /restate; GET /schemas/:name, /openapi.json. Stops on SIGTERM or Ctrl-C.',
    'khuyen-cong serve --port 8080',
    '  --port N       cổng (mặc định 8080; 0: cổng trống bất kỳ)\n  --host H       địa chỉ (mặc định 127.0.0.1)',
    '  --port N       port (default 8080; 0: any free port)\n  --host H       address (default 127.0.0.1)',
  ),
};

/** The command's own help. */
export const MAIN_HELP: Help = {
  vi: [
    'Cách dùng: khuyen-cong LỆNH [tùy chọn]   (khuyen-cong LỆNH --help: chi tiết và ví dụ)',
    '',
    '  report        báo cáo trên dữ liệu có sẵn hoặc trên báo cáo của bạn',
    '  parse         đọc số liệu viết kiểu Việt Nam',
    '  check         kiểm tra nhận định (tổng, mức tăng, tỷ lệ, …)',
    '  audit         kiểm tra số liệu của báo cáo',
    '  eligibility   điều kiện hưởng hỗ trợ, có căn cứ pháp lý',
    '  support       mức hỗ trợ tối đa',
    '  province      tỉnh theo tên hoặc mã, vào một ngày',
    '  restate       chuyển bảng CSV sang bản đồ tỉnh kia',
    '  schema        in JSON Schema; validate: kiểm tra tệp theo schema',
    '  test          chạy tệp ca kiểm thử',
    '  serve         API JSON qua HTTP',
    '',
    'Mã thoát: 0 thành công; 1 kết quả phủ định; 2 lỗi tham số hoặc dữ liệu vào; 3 cần xem xét thêm.',
    'Ví dụ: khuyen-cong report --lang en',
  ].join('\n'),
  en: [
    'Usage: khuyen-cong VERB [options]   (khuyen-cong VERB --help: details and an example)',
    '',
    '  report        the report on the embedded data or on your reports',
    '  parse         read Vietnamese figures',
    '  check         check claims (sums, changes, shares, …)',
    '  audit         audit the figures of reports',
    '  eligibility   eligibility for support, with its legal basis',
    '  support       the maximum support',
    '  province      provinces by name or code, as of a date',
    '  restate       a CSV table onto the other map of provinces',
    '  schema        print a JSON Schema; validate: check a file against one',
    '  test          run case files',
    '  serve         a JSON HTTP API',
    '',
    'Exit codes: 0 success; 1 negative answer; 2 usage or input error; 3 needs review.',
    'Example: khuyen-cong report --lang en',
  ].join('\n'),
};
