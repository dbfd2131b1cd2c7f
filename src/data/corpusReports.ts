/**
 * Reports from real articles beyond the five seeds: the figures of 16 public articles (published 2016–2024; 12 provinces)
 * as {@link ProgrammeReport} values, each figure as published with the article's address, title, publication
 * and date (when the page shows it). Plain data, deeply frozen; no sentence of the articles is reproduced.
 * Each report was read with `readFigures` and checked by hand against the project's annotation of the article
 * (test/data/corpusReports.test.ts). Province names are as written at the time, with their pre-2025 codes
 * (Quyết định 124/2004/QĐ-TTg) as plain strings.
 *
 * What is left out on purpose: a part of a total that the article states without the other parts (a funding
 * line would make the audit compare one part with the whole), sources the catalogue has no name for ("ngân sách
 * nhà nước" mixing national and local money), and outputs whose indicator the article does not make clear.
 */
import { deepFreeze } from '../internal/deepFreeze.js';
import type { FigureSource, ProgrammeReport } from '../audit/ProgrammeReport.js';

const BINH_DINH_2022 = {
  publication: 'Sở Công Thương Bình Định',
  url: 'https://sct.binhdinh.gov.vn/vi/news/226/binh-dinh-hoan-thanh-100-de-an-khuyen-cong-nam-2022-2165.html',
  title: 'Bình Định hoàn thành 100% đề án khuyến công năm 2022',
} as const satisfies FigureSource;
const BINH_DINH_2021 = {
  publication: 'Làng nghề Việt',
  date: '2021-07-29',
  url: 'https://langngheviet.com.vn/khuyen-cong/binh-dinh-co-33-chuong-trinh-de-an-khuyen-cong-nam-2021.html28078',
  title: 'Bình Định có 33 chương trình, đề án khuyến công năm 2021',
} as const satisfies FigureSource;
const BRVT_2023 = {
  publication: 'Báo Bà Rịa - Vũng Tàu',
  date: '2022-09-13',
  url: 'https://baobariavungtau.com.vn/kinh-te/202209/9-ty-dong-thuc-hien-chuong-trinh-khuyen-cong-dia-phuong-nam-2023-959750/',
  title: '9 tỷ đồng thực hiện chương trình khuyến công địa phương năm 2023',
} as const satisfies FigureSource;
const HA_TINH_2019 = {
  publication: 'Nông thôn mới Hà Tĩnh (from socongthuong.hatinh.gov.vn)',
  url: 'http://nongthonmoihatinh.vn/vi/news/savefile/Tin-trong-tinh/UBND-tinh-phe-duyet-De-an-khuyen-cong-dia-phuong-dot-3-nam-2019-104277/',
  title: 'UBND tỉnh phê duyệt Đề án khuyến công địa phương đợt 3 năm 2019',
} as const satisfies FigureSource;
const LAO_CAI = {
  publication: 'khuyencongonline.gov.vn',
  url: 'http://khuyencongonline.gov.vn/tin-tuc/chuong-trinh-khuyen-cong-tinh-lao-cai-giai-doan-2021-2025-93339aa8_538/',
  title: 'Chương trình khuyến công tỉnh Lào Cai giai đoạn 2021-2025',
} as const satisfies FigureSource;
const LONG_AN = {
  publication: 'khuyencongonline.gov.vn (from Làng nghề Việt)',
  url: 'http://khuyencongonline.gov.vn/tin-tuc/long-an-tren-910-trieu-dong-ho-tro-7-co-so-san-xuat-cong-nghiep-nong-thon-chuyen-doi-cong-nghe-san-xuat-63ec057a_831/',
  title: 'Long An: Trên 910 triệu đồng hỗ trợ 7 cơ sở sản xuất công nghiệp nông thôn chuyển đổi công nghệ sản xuất',
} as const satisfies FigureSource;
const BEN_TRE = {
  publication: 'Sở Công Thương Bến Tre',
  date: '2020-05-12',
  url: 'http://congthuongbentre.gov.vn/tinh-ben-tre-duoc-giao-ke-hoach-kinh-phi-khuyen-cong-quoc-gia-nam-2020.html',
  title: 'Tỉnh Bến Tre được giao kế hoạch kinh phí khuyến công quốc gia năm 2020',
} as const satisfies FigureSource;
const THAI_NGUYEN = {
  publication: 'Làng nghề Việt',
  url: 'https://langngheviet.com.vn/thai-nguyen-ho-tro-cac-lang-nghe-dau-tu-may-moc-thiet-bi-trong-che-bien-san-xuat-che-13519.html',
  title: 'Thái Nguyên: Hỗ trợ các làng nghề đầu tư máy móc, thiết bị trong chế biến, sản xuất chè',
} as const satisfies FigureSource;
const QUANG_BINH = {
  publication: 'Báo Quảng Bình',
  date: '2024-08',
  url: 'https://beta.baoquangbinh.vn/kinh-te/202408/su-dung-hieu-qua-nguon-von-khuyen-cong-2220630',
  title: 'Sử dụng hiệu quả nguồn vốn khuyến công',
} as const satisfies FigureSource;
const HAI_DUONG_2023 = {
  publication: 'ipc1.gov.vn (from congnghieptieudung.vn)',
  date: '2023-06-23',
  url: 'https://ipc1.gov.vn/hai-duong-phe-duyet-36-ty-dong-cho-de-an-khuyen-cong-nam-2023/',
  title: 'Hải Dương: Phê duyệt 3,6 tỷ đồng cho đề án khuyến công năm 2023',
} as const satisfies FigureSource;
const HAI_DUONG_2021 = {
  publication: 'Tỉnh ủy Hải Dương (portal)',
  date: '2021-12-27',
  url: 'http://tinhuyhaiduong.vn/news/Pages/new.aspx?CateID=1&ItemID=5077',
  title: 'Khuyến công tỉnh Hải Dương: 16 cơ sở được hỗ trợ khuyến công với tổng kinh phí 3,67 tỷ đồng.',
} as const satisfies FigureSource;
const HAI_DUONG_COVID = {
  publication: 'Làng nghề Việt',
  url: 'https://langngheviet.com.vn/khuye-n-cong-ha-i-duong-ho-tro-ca-c-co-so-cong-nghie-p-nong-thon-phu-c-ho-i-ha-u-da-i-di-ch-covid-19-14147.html',
  title: 'Khuyến công Hải Dương: Hỗ trợ các cơ sở công nghiệp nông thôn phục hồi hậu đại dịch Covid-19',
} as const satisfies FigureSource;
const PHU_THO = {
  publication: 'Thương hiệu và Công luận',
  url: 'https://thuonghieucongluan.com.vn/phu-tho-danh-tren-7-ty-dong-cho-cong-tac-khuyen-cong-a98974.html',
  title: 'Phú Thọ dành trên 7 tỷ đồng cho công tác khuyến công',
} as const satisfies FigureSource;
const TIEN_GIANG_2021 = {
  publication: 'Sở Công Thương Tiền Giang',
  url: 'https://sct.tiengiang.gov.vn/chi-tiet-tin?/nghiem-thu-e-an-khuyen-cong-ia-phuong-nam-2021/35761467',
  title: 'Nghiệm thu Đề án Khuyến công địa phương năm 2021',
} as const satisfies FigureSource;
const TIEN_GIANG_2016 = {
  publication: 'Báo Ấp Bắc',
  date: '2016-06',
  url: 'https://baoapbac.vn/kinh-te/201606/binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-cap-tinh-nam-2016-680734',
  title: 'Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2016',
} as const satisfies FigureSource;
const TUYEN_QUANG = {
  publication: 'Báo Tuyên Quang',
  url: 'https://baotuyenquang.com.vn/kinh-te/nong-nghiep-nong-thon/ho-tro-8-co-so-san-xuat-cong-nghiep-tu-chuong-trinh-khuyen-cong-159291.html',
  title: 'Hỗ trợ 8 cơ sở sản xuất công nghiệp từ chương trình khuyến công',
} as const satisfies FigureSource;

/**
 * Reports read from public articles beyond the seeds (19 reports, 12 provinces, 2016–2025), in province order
 * then period order. Each figure keeps the article's address, title, publication and date. Deeply frozen.
 *
 * | id | what |
 * |---|---|
 * | `corpus/binh-dinh-2020-approved` | Bình Định local programme 2020: 27 chương trình, đề án, 2.700 triệu |
 * | `corpus/binh-dinh-2021-approved` | Bình Định 2021: 33 chương trình, đề án, 5.024 triệu |
 * | `corpus/binh-dinh-2022-approved` | Bình Định 2022: national 09 đề án 2.400 triệu (41%), local 30 đề án 3.420 triệu (59%) |
 * | `corpus/ba-ria-vung-tau-2023-plan` | Bà Rịa – Vũng Tàu local plan 2023: 11 chương trình, gần 9 tỷ |
 * | `corpus/ben-tre-2020-approved` | Bến Tre national đề án 2020: 3,1 tỷ |
 * | `corpus/ha-tinh-2019-approved` | Hà Tĩnh local đề án 2019 (three rounds): 5.011 triệu |
 * | `corpus/ha-tinh-2019-round-3-approved` | Hà Tĩnh round 3 of 2019: 690 triệu |
 * | `corpus/hai-duong-2021-approved-national` | Hải Dương national đề án 2021 |
 * | `corpus/hai-duong-2021-executed` | Hải Dương 2021: 16 establishments, 3,67 tỷ |
 * | `corpus/hai-duong-2023-approved` | Hải Dương 2023: 3,6 tỷ |
 * | `corpus/lao-cai-2021-2025-plan` | Lào Cai programme 2021–2025: 117.866 triệu |
 * | `corpus/long-an-2021-approved` | Long An local funding 2021: 1,4 tỷ |
 * | `corpus/phu-tho-2019-executed` | Phú Thọ 2019: trên 7 tỷ |
 * | `corpus/quang-binh-2023-executed` | Quảng Bình national đề án 2023: hơn 2,4 tỷ |
 * | `corpus/thai-nguyen-2019-executed` | Thái Nguyên 2019: 34 đề án, 4,3 tỷ |
 * | `corpus/tien-giang-2016-executed` | Tiền Giang provincial typical products 2016 |
 * | `corpus/tien-giang-2021-approved` | Tiền Giang local đề án 2021 approved by the department |
 * | `corpus/tuyen-quang-2021-approved` | Tuyên Quang local đề án 2021 |
 * | `corpus/tuyen-quang-2021-executed` | Tuyên Quang 2021 machinery support |
 *
 * @category Data
 * @example
 * CORPUS_REPORTS.find((r) => r.id === 'corpus/ha-tinh-2019-approved')?.total?.text; // "5.011 triệu đồng"
 */
export const CORPUS_REPORTS: readonly ProgrammeReport[] = deepFreeze([
  {
    id: 'corpus/binh-dinh-2020-approved',
    scope: { kind: 'province', name: 'Bình Định', code: '52' },
    period: { kind: 'year', year: 2020 },
    status: 'approved',
    funding: [{ source: 'local', amount: { text: '2.700 triệu đồng', source: BINH_DINH_2021 }, projects: { text: '27 chương trình, đề án', source: BINH_DINH_2021 } }],
    source: BINH_DINH_2021,
  },
  {
    id: 'corpus/binh-dinh-2021-approved',
    scope: { kind: 'province', name: 'Bình Định', code: '52' },
    period: { kind: 'year', year: 2021 },
    status: 'approved',
    total: { text: '5.024 triệu đồng', source: BINH_DINH_2021 },
    projects: { text: '33 chương trình, đề án', source: BINH_DINH_2021 },
    outputs: [{ indicator: 'programmes', value: { text: '33 chương trình, đề án', source: BINH_DINH_2021 } }],
    source: BINH_DINH_2021,
  },
  {
    id: 'corpus/binh-dinh-2022-approved',
    scope: { kind: 'province', name: 'Bình Định', code: '52' },
    period: { kind: 'year', year: 2022 },
    status: 'approved',
    funding: [
      { source: 'national', amount: { text: '2.400 triệu đồng', source: BINH_DINH_2022 }, projects: { text: '09 đề án', source: BINH_DINH_2022 } },
      { source: 'local', amount: { text: '3.420 triệu đồng', source: BINH_DINH_2022 }, projects: { text: '30 đề án', source: BINH_DINH_2022 } },
    ],
    derived: [
      { kind: 'share', source: 'national', stated: { text: '41%', source: BINH_DINH_2022 } },
      { kind: 'share', source: 'local', stated: { text: '59%', source: BINH_DINH_2022 } },
    ],
    source: BINH_DINH_2022,
  },
  {
    id: 'corpus/ba-ria-vung-tau-2023-plan',
    scope: { kind: 'province', name: 'Bà Rịa – Vũng Tàu', code: '77' },
    period: { kind: 'year', year: 2023 },
    status: 'plan',
    funding: [
      { source: 'local', amount: { text: 'gần 5,7 tỷ', source: BRVT_2023 } },
      { source: 'counterpart', amount: { text: '3,3 tỷ đồng', source: BRVT_2023 } },
    ],
    total: { text: 'gần 9 tỷ đồng', source: BRVT_2023 },
    projects: { text: '11 chương trình', source: BRVT_2023 },
    source: BRVT_2023,
  },
  {
    id: 'corpus/ben-tre-2020-approved',
    scope: { kind: 'province', name: 'Bến Tre', code: '83' },
    period: { kind: 'year', year: 2020 },
    status: 'approved',
    funding: [{ source: 'national', amount: { text: '3,1 tỷ đồng', source: BEN_TRE }, projects: { text: '01 đề án', source: BEN_TRE } }],
    outputs: [
      { indicator: 'machinery-support', value: { text: '07 cơ sở công nghiệp nông thôn', source: BEN_TRE } },
      { indicator: 'demonstration-models', value: { text: '01 mô hình', source: BEN_TRE } },
    ],
    source: BEN_TRE,
  },
  {
    id: 'corpus/ha-tinh-2019-approved',
    scope: { kind: 'province', name: 'Hà Tĩnh', code: '42' },
    period: { kind: 'year', year: 2019 },
    status: 'approved',
    funding: [
      { source: 'local', amount: { text: '1.695 triệu đồng', source: HA_TINH_2019 }, projects: { text: '06 đề án', source: HA_TINH_2019 } },
      { source: 'counterpart', amount: { text: '3.316 triệu đồng', source: HA_TINH_2019 } },
    ],
    total: { text: '5.011 triệu đồng', source: HA_TINH_2019 },
    source: HA_TINH_2019,
  },
  {
    id: 'corpus/ha-tinh-2019-round-3-approved',
    scope: { kind: 'province', name: 'Hà Tĩnh', code: '42' },
    period: { kind: 'year', year: 2019 },
    status: 'approved',
    funding: [
      { source: 'local', amount: { text: '300 triệu đồng', source: HA_TINH_2019 }, projects: { text: '01 đề án', source: HA_TINH_2019 } },
      { source: 'counterpart', amount: { text: '390 triệu đồng', source: HA_TINH_2019 } },
    ],
    total: { text: '690 triệu đồng', source: HA_TINH_2019 },
    source: HA_TINH_2019,
  },
  {
    id: 'corpus/hai-duong-2021-approved-national',
    scope: { kind: 'province', name: 'Hải Dương', code: '30' },
    period: { kind: 'year', year: 2021 },
    status: 'approved',
    funding: [{ source: 'national', projects: { text: '02 đề án', source: HAI_DUONG_COVID } }],
    outputs: [{ indicator: 'machinery-support', value: { text: '05 cơ sở CNNT', source: HAI_DUONG_COVID } }],
    source: HAI_DUONG_COVID,
  },
  {
    id: 'corpus/hai-duong-2021-executed',
    scope: { kind: 'province', name: 'Hải Dương', code: '30' },
    period: { kind: 'year', year: 2021 },
    status: 'executed',
    total: { text: '3,67 tỷ đồng', source: HAI_DUONG_2021 },
    outputs: [{ indicator: 'machinery-support', value: { text: '11 cơ sở công nghiệp nông thôn', source: HAI_DUONG_2021 } }],
    source: HAI_DUONG_2021,
  },
  {
    id: 'corpus/hai-duong-2023-approved',
    scope: { kind: 'province', name: 'Hải Dương', code: '30' },
    period: { kind: 'year', year: 2023 },
    status: 'approved',
    total: { text: '3,6 tỷ đồng', source: HAI_DUONG_2023 },
    source: HAI_DUONG_2023,
  },
  {
    id: 'corpus/lao-cai-2021-2025-plan',
    scope: { kind: 'province', name: 'Lào Cai', code: '10' },
    period: { kind: 'period', from: 2021, to: 2025 },
    status: 'plan',
    total: { text: '117.866 triệu đồng', source: LAO_CAI },
    source: LAO_CAI,
  },
  {
    id: 'corpus/long-an-2021-approved',
    scope: { kind: 'province', name: 'Long An', code: '80' },
    period: { kind: 'year', year: 2021 },
    status: 'approved',
    funding: [{ source: 'local', amount: { text: '1,4 tỷ đồng', source: LONG_AN } }],
    source: LONG_AN,
  },
  {
    id: 'corpus/phu-tho-2019-executed',
    scope: { kind: 'province', name: 'Phú Thọ', code: '25' },
    period: { kind: 'year', year: 2019 },
    status: 'executed',
    total: { text: 'trên 7 tỷ đồng', source: PHU_THO },
    funding: [
      { source: 'national', projects: { text: '2 đề án', source: PHU_THO } },
      { source: 'local', projects: { text: '11 đề án', source: PHU_THO } },
    ],
    outputs: [{ indicator: 'machinery-support', value: { text: '9 cơ sở', source: PHU_THO } }],
    source: PHU_THO,
  },
  {
    id: 'corpus/quang-binh-2023-executed',
    scope: { kind: 'province', name: 'Quảng Bình', code: '44' },
    period: { kind: 'year', year: 2023 },
    status: 'executed',
    funding: [{ source: 'national', amount: { text: 'hơn 2,4 tỷ đồng', source: QUANG_BINH }, projects: { text: '3 đề án', source: QUANG_BINH } }],
    source: QUANG_BINH,
  },
  {
    id: 'corpus/thai-nguyen-2019-executed',
    scope: { kind: 'province', name: 'Thái Nguyên', code: '19' },
    period: { kind: 'year', year: 2019 },
    status: 'executed',
    total: { text: '4,3 tỷ đồng', source: THAI_NGUYEN },
    projects: { text: '34 đề án', source: THAI_NGUYEN },
    source: THAI_NGUYEN,
  },
  {
    id: 'corpus/tien-giang-2016-executed',
    scope: { kind: 'province', name: 'Tiền Giang', code: '82' },
    period: { kind: 'year', year: 2016 },
    status: 'executed',
    outputs: [
      { indicator: 'typical-product-selection' },
      { indicator: 'typical-products-provincial', value: { text: '10 sản phẩm', source: TIEN_GIANG_2016 } },
    ],
    source: TIEN_GIANG_2016,
  },
  {
    id: 'corpus/tien-giang-2021-approved',
    scope: { kind: 'province', name: 'Tiền Giang', code: '82' },
    period: { kind: 'year', year: 2021 },
    status: 'approved',
    funding: [{ source: 'local', amount: { text: '695 triệu đồng', source: TIEN_GIANG_2021 }, projects: { text: '02 đề án', source: TIEN_GIANG_2021 } }],
    source: TIEN_GIANG_2021,
  },
  {
    id: 'corpus/tuyen-quang-2021-approved',
    scope: { kind: 'province', name: 'Tuyên Quang', code: '08' },
    period: { kind: 'year', year: 2021 },
    status: 'approved',
    funding: [{ source: 'local', projects: { text: '8 đề án', source: TUYEN_QUANG } }],
    source: TUYEN_QUANG,
  },
  {
    id: 'corpus/tuyen-quang-2021-executed',
    scope: { kind: 'province', name: 'Tuyên Quang', code: '08' },
    period: { kind: 'year', year: 2021 },
    status: 'executed',
    outputs: [{ indicator: 'machinery-support', value: { text: '5 cơ sở công nghiệp nông thôn', source: TUYEN_QUANG } }],
    source: TUYEN_QUANG,
  },
] as const satisfies readonly ProgrammeReport[]);
