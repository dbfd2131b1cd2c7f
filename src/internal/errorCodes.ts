/**
 * Every code a {@link KhuyenCongError} issue can carry, each with a short description in Vietnamese and
 * English: the catalogue a portal maps to its own texts. The message of an issue says the particular case
 * (with the value and the field); this says what the code means. A test walks the sources so that no code
 * is used without an entry here, and no entry outlives its code.
 */
import type { Issue, KhuyenCongError } from './errors.js';
import type { LocalizedText } from './messages.js';

const t = (vi: string, en: string): LocalizedText => Object.freeze({ vi, en });

/**
 * The catalogue of error codes with a description in both languages (frozen). Keys are the
 * {@link ErrorCode}s.
 * @category Core
 * @example
 * ERROR_CODES['date.invalid'].en; // 'Not a real calendar date YYYY-MM-DD in the accepted range.'
 */
export const ERROR_CODES = Object.freeze({
  // internal
  'date.invalid': t('Không phải ngày có thật dạng YYYY-MM-DD trong khoảng cho phép.', 'Not a real calendar date YYYY-MM-DD in the accepted range.'),
  'locale.unsupported': t('Ngôn ngữ không được hỗ trợ (chỉ tiếng Việt và tiếng Anh).', 'Unsupported locale (Vietnamese and English only).'),
  'input.more-issues': t('Còn nhiều lỗi khác không liệt kê (chỉ liệt kê 100 lỗi đầu).', 'More issues not listed (only the first 100 are listed).'),
  'input.too-deep': t('Dữ liệu lồng nhau quá nhiều cấp.', 'The input nests too many levels deep.'),
  'input.cyclic': t('Dữ liệu chứa chính nó (vòng lặp).', 'The input contains itself (a cycle).'),
  'input.unreadable': t('Không đọc được dữ liệu (thuộc tính ném lỗi khi đọc, hoặc Proxy đã bị thu hồi).', 'The input cannot be read (a property throws when read, or a revoked Proxy).'),
  'input.not-record': t('Giá trị không phải một đối tượng (bản ghi khóa → giá trị) như yêu cầu.', 'A value is not an object (a record of keys to values) as required.'),
  // quantity
  'money.not-integer': t('Số tiền không phải số nguyên đồng.', 'The amount is not a whole number of đồng.'),
  'money.out-of-range': t('Số tiền vượt quá giới hạn biểu diễn chính xác.', 'The amount is outside the exactly representable range.'),
  'money.bad-multiple': t('Bội số làm tròn không phải số nguyên dương.', 'The rounding multiple is not a positive integer.'),
  'money.bad-allocation': t('Không chia được số tiền theo các tỷ lệ đã cho.', 'The amount cannot be split by the ratios given.'),
  'count.invalid': t('Số lượng không phải số nguyên không âm.', 'The count is not a non-negative whole number.'),
  'count.unknown-unit': t('Đơn vị đếm không có trong danh mục.', 'The count unit is not in the catalogue.'),
  'ratio.zero-denominator': t('Mẫu số (hoặc số chia) bằng 0.', 'The denominator (or divisor) is zero.'),
  'ratio.not-decimal': t('Không phải số thập phân viết bằng dấu chấm hay phân số n/d.', "Not a decimal written with '.' or a fraction n/d."),
  'ratio.not-integer': t('Không phải số nguyên an toàn.', 'Not a safe integer.'),
  'ratio.bad-decimals': t('Số chữ số thập phân không hợp lệ.', 'Invalid number of decimal places.'),
  'ratio.not-ratio': t('Không phải một Ratio (tử số và mẫu số nguyên bigint, mẫu số dương).', 'Not a Ratio (a bigint numerator and a positive bigint denominator).'),
  'quantity.not-string': t('Con số phải là văn bản.', 'The number must be text.'),
  'quantity.empty': t('Văn bản trống.', 'The text is empty.'),
  'quantity.too-long': t('Văn bản quá dài.', 'The text is too long.'),
  'quantity.too-large': t('Con số có quá nhiều chữ số.', 'The number has too many digits.'),
  'quantity.no-number': t('Không tìm thấy con số.', 'No number found.'),
  'quantity.unknown-word': t('Có từ không đọc được.', 'A word could not be read.'),
  'quantity.unknown-unit': t('Đơn vị không đọc được.', 'The unit could not be read.'),
  'quantity.bad-grouping': t('Cách nhóm chữ số không hợp lệ.', 'Invalid digit grouping.'),
  'quantity.two-decimal-commas': t('Có hai dấu thập phân.', 'Two decimal marks.'),
  'quantity.bad-range': t('Khoảng giá trị không hợp lệ.', 'Invalid range.'),
  'quantity.is-range': t('Là một khoảng, không phải một con số.', 'A range, not a single number.'),
  'quantity.conflicting-qualifiers': t('Các từ chỉ mức độ mâu thuẫn nhau.', 'Conflicting qualifiers.'),
  'quantity.multiple-needs-lan': t('Số lần cần có chữ "lần".', 'A multiple needs the word "lần".'),
  'quantity.bad-option': t('Tùy chọn không hợp lệ.', 'Invalid option.'),
  'quantity.not-quantity': t('Giá trị cần định dạng không phải một đối tượng (Money, Count, Percent, Ratio hoặc Quantity).', 'The value to format is not an object (a Money, Count, Percent, Ratio or Quantity).'),
  'quantity.ambiguous-separator': t('Không rõ dấu chấm hay dấu phẩy là dấu thập phân hay dấu ngăn cách hàng nghìn.', 'Unclear whether the dot or comma is a decimal mark or a thousands separator.'),
  'quantity.bad-multiple': t('Bội số không hợp lệ (dấu âm trước "lần", hoặc chia cho 0).', 'Invalid multiple (a sign before "lần", or a division by zero).'),
  'quantity.ambiguous-fraction': t('"x/y" có hai cách đọc (phân số, hoặc x trong tổng số y).', '"x/y" has two readings (a fraction, or x out of a total of y).'),
  'quantity.bad-fraction': t('"x/y" không hợp lệ: x và y phải là số nguyên, x không lớn hơn y.', 'Invalid "x/y": x and y must be whole numbers, x at most y.'),
  'quantity.bad-decimals': t('Số chữ số thập phân không hợp lệ.', 'Invalid number of decimal places.'),
  'quantity.not-money': t('Con số không phải số tiền.', 'The number is not an amount of money.'),
  'quantity.not-count': t('Con số không phải số lượng.', 'The number is not a count.'),
  'quantity.not-percent': t('Con số không phải tỷ lệ phần trăm.', 'The number is not a percentage.'),
  'quantity.not-whole-dong': t('Số tiền không tròn đồng.', 'The amount is not whole đồng.'),
  'quantity.not-whole-count': t('Số lượng không phải số nguyên.', 'The count is not whole.'),
  // stats
  'stats.invalid-decimals': t('Số chữ số thập phân không hợp lệ.', 'Invalid number of decimal places.'),
  'stats.not-a-value': t('Giá trị không phải Money, Count, Percent hay Ratio.', 'The value is not a Money, Count, Percent or Ratio.'),
  'stats.invalid-period': t('Giai đoạn không hợp lệ.', 'Invalid period.'),
  'stats.invalid-qualifiers': t('Các từ hạn định của chỉ tiêu không phải một mảng chuỗi.', 'The qualifiers of a target are not an array of strings.'),
  'stats.invalid-year': t('Năm không hợp lệ.', 'Invalid year.'),
  'stats.negative-widening': t('Độ nới rộng không được âm.', 'The widening must not be negative.'),
  'stats.year-span': t('Khoảng năm không hợp lệ.', 'Invalid span of years.'),
  // geo
  'geo.code-format': t('Mã tỉnh sai định dạng.', 'Malformed province code.'),
  'geo.code-unknown': t('Mã tỉnh không có trong danh mục.', 'Unknown province code.'),
  'geo.code-not-current': t('Mã tỉnh không còn hiệu lực vào ngày đó.', 'The province code is not current on that date.'),
  'geo.date-out-of-coverage': t('Ngày nằm ngoài phạm vi dữ liệu tỉnh.', 'The date is outside the province data.'),
  'geo.era-invalid': t('Thời kỳ địa giới không hợp lệ.', 'Invalid boundary era.'),
  'geo.text-invalid': t('Tên tỉnh không hợp lệ.', 'Invalid province name.'),
  'geo.group-shape': t('Nhóm tỉnh sai cấu trúc.', 'Malformed province group.'),
  'geo.value-not-exact': t('Giá trị không phải Money, Count, Ratio hay bigint (số cộng được chính xác).', 'The value is not a Money, Count, Ratio or bigint (a value that adds exactly).'),
  'geo.group-empty': t('Nhóm tỉnh trống.', 'Empty province group.'),
  'geo.group-duplicate-id': t('Mã nhóm bị trùng.', 'Duplicate group id.'),
  'geo.group-duplicate-member': t('Tỉnh có mặt trong hai nhóm.', 'A province is in two groups.'),
  'geo.group-unknown-code': t('Nhóm có mã tỉnh không có trong danh mục.', 'A group names an unknown province code.'),
  // policy
  'policy.not-object': t('Yêu cầu phải là một đối tượng.', 'The request must be an object.'),
  'policy.unknown-item': t('Nội dung hỗ trợ không có trong danh mục.', 'Unknown support item.'),
  'policy.bad-cost': t('Chi phí không hợp lệ.', 'Invalid cost.'),
  'policy.bad-units': t('Số đơn vị không phải số nguyên từ 1 đến 1 000 000.', 'The number of units is not a whole number from 1 to 1,000,000.'),
  'policy.bad-priority': t('Cờ ưu tiên phải là true hoặc false.', 'The priority flag must be true or false.'),
  'policy.bad-catalogue': t('Không phải một danh mục (mảng các dòng có ngày hiệu lực validFrom, validTo).', 'Not a catalogue (an array of rows with validity dates validFrom, validTo).'),
  'policy.bad-funds': t('Nguồn kinh phí phải là "NATIONAL" hoặc "LOCAL".', 'The funds must be "NATIONAL" or "LOCAL".'),
  'policy.bad-lines': t('Các dòng hỗ trợ không phải một danh sách tối đa 1000 dòng.', 'The support lines are not an array of at most 1000 lines.'),
  'policy.bad-approved': t('Kinh phí được duyệt không phải một số tiền.', 'The approved amount is not a Money amount.'),
  'citation.not-text': t('Trích dẫn phải là văn bản.', 'The citation must be text.'),
  'citation.too-long': t('Trích dẫn quá dài.', 'The citation is too long.'),
  'citation.no-instrument': t('Trích dẫn không nêu văn bản pháp luật.', 'The citation names no legal instrument.'),
  'citation.unknown-instrument': t('Văn bản pháp luật không có trong danh mục.', 'Unknown legal instrument.'),
  'citation.several-instruments': t('Trích dẫn nêu nhiều văn bản pháp luật (mỗi trích dẫn chỉ một văn bản).', 'The citation names several legal instruments (one citation cites one).'),
  'citation.bad-number': t('Số điều, khoản hoặc phụ lục nằm ngoài khoảng 1–999.', 'An article, clause or annex number outside 1 to 999.'),
  // policy packs
  'pack.url-format': t('Địa chỉ nguồn không phải địa chỉ http(s).', 'A source is not an http(s) address.'),
  'pack.chapter-format': t('Chương không viết bằng số La Mã hoặc số Ả Rập.', 'A chapter not written in roman or arabic numerals.'),
  'pack.point-format': t('Điểm không phải một chữ cái thường.', 'A point that is not a lower-case letter.'),
  'pack.province-format': t('Tỉnh không phải mã hai chữ số kèm ngày của bản đồ.', 'The province is not a two-digit code with the date of its map.'),
  'pack.date-order': t('Các ngày của văn bản hoặc mức hỗ trợ không theo thứ tự.', 'The dates of the instrument or of a level are out of order.'),
  'pack.province-not-valid': t('Mã tỉnh không có trên bản đồ hành chính của ngày đã ghi, hoặc ghi theo bản đồ khác với bản đồ của ngày có hiệu lực.', 'The province code is not on the map of its date, or is given on another map than that of the effective date.'),
  'pack.added-item-exists': t('Nội dung khai báo thêm đã có trong danh mục quốc gia.', 'An added item is already in the national catalogue.'),
  'pack.duplicate': t('Nội dung được khai báo hai lần.', 'An item declared twice.'),
  'pack.unknown-item': t('Nội dung không có trong danh mục quốc gia hay phần khai báo thêm.', 'An item in neither the national catalogue nor the added items.'),
  'pack.item-left-to-national': t('Nội dung để theo mức quốc gia nhưng lại có mức địa phương.', 'An item left to the national level also has a local level.'),
  'pack.no-cap': t('Mức hỗ trợ không có mức trần nào (tỷ lệ hay số tiền).', 'A level with no cap (percentage or amount).'),
  'pack.percent-above-one': t('Mức trần tỷ lệ lớn hơn 100%.', 'A percentage cap above 100%.'),
  'pack.citation-locator': t('Trích dẫn thiếu chương, điều hoặc phụ lục, hoặc mâu thuẫn với locatorNotRead.', 'A citation lacks its chapter, article or annex, or contradicts locatorNotRead.'),
  'pack.level-outside-pack': t('Mức hỗ trợ áp dụng ngoài thời gian văn bản có hiệu lực.', 'A level applies outside the period its instrument is in force.'),
  'pack.overlapping-levels': t('Hai mức của cùng nội dung, cùng điều kiện, có thời gian chồng nhau.', 'Two levels of one item with the same conditions over overlapping dates.'),
  'pack.bad-policy': t('policy phải là một gói chính sách hoặc một mảng tối đa 1000 gói.', 'policy must be a policy pack or an array of at most 1000 packs.'),
  'pack.overlapping-packs': t('Hai văn bản của cùng một tỉnh có hiệu lực chồng nhau mà không văn bản nào sửa đổi, thay thế văn bản kia.', 'Two instruments of one province in force over overlapping dates, neither amending or replacing the other.'),
  'pack.ambiguous-province': t('Có văn bản của nhiều tỉnh cùng hiệu lực mà không nêu tỉnh.', 'Instruments of several provinces in force and no province given.'),
  // read
  'read.not-string': t('Văn bản cần đọc không phải chuỗi ký tự.', 'The text to read is not a string.'),
  'read.too-long': t('Văn bản cần đọc quá dài (tối đa 10 000 000 ký tự).', 'The text to read is too long (at most 10,000,000 characters).'),
  'read.bad-options': t('Không đọc được các tùy chọn hoặc nguồn đã cho.', 'The options or the source given cannot be read.'),
  'read.bad-nouns': t('nouns không phải đối tượng cách viết (1–4 từ) → mã (chuỗi).', 'nouns is not an object of spellings (1 to 4 words) → ids (strings).'),
  // audit
  'audit.invalid-report': t('Không phải một báo cáo ProgrammeReport (thiếu hoặc sai một trường mà việc kiểm tra đọc).', 'Not a ProgrammeReport (a field the audit reads is missing or wrong).'),
  // claims
  'claim.not-object': t('Nhận định phải là một đối tượng.', 'The claim must be an object.'),
  'claim.unknown-kind': t('Loại nhận định không có trong danh mục.', 'Unknown claim kind.'),
  'claim.missing-field': t('Thiếu trường bắt buộc của nhận định.', 'A required field of the claim is missing.'),
  'claim.bad-number': t('Con số của nhận định không hợp lệ.', 'Invalid number in the claim.'),
  'claim.bad-parts': t('Danh sách thành phần không hợp lệ.', 'Invalid list of parts.'),
  'claim.bad-years': t('Số năm không hợp lệ.', 'Invalid number of years.'),
  'claim.bad-shape': t('Cách viết con số không hợp lệ: cần { kind, scale?, decimals? }.', 'Not a figure shape { kind, scale?, decimals? }.'),
  'claim.too-many-parts': t('Nhận định có quá nhiều thành phần (tối đa 1000).', 'The claim has too many parts (at most 1,000).'),
  // eligibility
  'eligibility.invalid-trace': t('Vết kiểm tra không hợp lệ.', 'Invalid eligibility trace.'),
  'eligibility.invalid-applicant': t('Người đề nghị không phải một đối tượng đọc được, hoặc danh sách người đề nghị không phải một mảng.', 'The applicant is not a readable object, or the list of applicants is not an array.'),
  // schema
  'schema.missing': t('Thiếu trường bắt buộc.', 'Required field is missing.'),
  'schema.invalid-type': t('Sai kiểu dữ liệu.', 'Wrong type.'),
  'schema.too-small': t('Giá trị hoặc độ dài nhỏ hơn mức cho phép.', 'Value or length below the minimum.'),
  'schema.too-big': t('Giá trị hoặc độ dài lớn hơn mức cho phép.', 'Value or length above the maximum.'),
  'schema.invalid-format': t('Sai định dạng.', 'Wrong format.'),
  'schema.not-multiple-of': t('Không phải bội số theo yêu cầu.', 'Not a required multiple.'),
  'schema.unknown-key': t('Trường không được phép.', 'Field not allowed.'),
  'schema.invalid-discriminator': t('Giá trị phân loại không hợp lệ.', 'Invalid discriminator.'),
  'schema.invalid-union': t('Không khớp dạng nào được phép.', 'Matches none of the allowed shapes.'),
  'schema.invalid-value': t('Giá trị không có trong danh sách cho phép.', 'Value not in the allowed list.'),
  'schema.invalid-entry': t('Khóa hoặc phần tử không hợp lệ.', 'Invalid key or element.'),
  'schema.invalid': t('Giá trị không hợp lệ.', 'Invalid value.'),
  'schema.ratio-format': t('Tỷ lệ sai định dạng.', 'Malformed ratio.'),
  'schema.id-format': t('Mã định danh sai định dạng.', 'Malformed id.'),
  'schema.blank': t('Không được để trống.', 'Must not be blank.'),
  'schema.not-zod-issues': t('Tham số không phải danh sách issue của một lần parse zod.', 'The argument is not a list of zod issues.'),
  'schema.not-a-schema': t('Tham số schema không phải một zod schema.', 'The schema argument is not a zod schema.'),
  // project
  'project.tax-code-format': t('Mã số thuế sai định dạng (10 chữ số, hoặc 10 chữ số, dấu - và 3 chữ số).', 'Malformed tax code (10 digits, or 10 digits, - and 3 digits).'),
  'project.tax-code-checksum': t('Chữ số kiểm tra của mã số thuế không đúng.', 'The check digit of the tax code is wrong.'),
  'project.tax-code-sequence': t('Phần số thứ tự của mã số thuế toàn số 0.', 'The sequence part of the tax code is all zeros.'),
  'project.tax-code-branch': t('Số đơn vị phụ thuộc của mã số thuế là 000.', 'The branch number of the tax code is 000.'),
  'project.invalid-establishment': t('Không phải một cơ sở đã đọc bằng parseEstablishment.', 'Not an establishment read with parseEstablishment.'),
  'project.invalid-de-an': t('Không phải một đề án đã đọc bằng parseDeAn (thiếu hoặc sai các dòng kinh phí).', 'Not a đề án read with parseDeAn (its budget lines are missing or malformed).'),
  'project.invalid-plan': t('Không phải một kế hoạch đã đọc bằng parsePlan (thiếu hoặc sai danh sách đề án hay tổng theo nguồn).', 'Not a plan read with parsePlan (its đề án or its totals by source are missing or malformed).'),
  'project.province-code-format': t('Mã tỉnh sai định dạng.', 'Malformed province code.'),
  'project.unknown-province': t('Mã tỉnh không có vào ngày đó.', 'No such province on that date.'),
  'project.period-order': t('Năm kết thúc trước năm bắt đầu.', 'The end year is before the start year.'),
  'project.duplicate': t('Giá trị bị trùng.', 'Duplicate value.'),
  'project.history-start': t('Lịch sử phải bắt đầu bằng bước tạo.', 'The history must start with its creation.'),
  'project.history-order': t('Các bước lịch sử không theo thứ tự ngày.', 'History steps out of date order.'),
  'project.history-step': t('Bước lịch sử không theo trình tự thủ tục.', 'A history step out of the procedure order.'),
  'project.disbursed-above-approved': t('Số đã giải ngân vượt số được duyệt.', 'Disbursed above approved.'),
  'project.advanced-above-disbursed': t('Số tạm ứng vượt số đã giải ngân.', 'Advanced above disbursed.'),
  'project.plan-scope': t('Đề án không cùng cấp với kế hoạch.', 'A đề án of another level than the plan.'),
  'project.plan-year': t('Đề án không thuộc năm kế hoạch.', 'A đề án outside the plan year.'),
  'project.plan-province': t('Kế hoạch cấp tỉnh cần có tỉnh (và chỉ cấp tỉnh).', 'A provincial plan needs a province (and only it).'),
  'project.plan-province-mismatch': t('Đề án thuộc tỉnh khác với kế hoạch.', 'A đề án of another province than the plan.'),
  'project.programme-period': t('Giai đoạn nằm ngoài chương trình.', 'The period is outside the programme.'),
  // result (fix-sweep)
  'result.invalid': t('Không phải một Result ({ ok: true, value } hoặc { ok: false, reason }).', 'Not a Result ({ ok: true, value } or { ok: false, reason }).'),
  'result.invalid-argument': t('Tham số của hàm Result không hợp lệ.', 'Invalid argument to a Result function.'),
  // money (fix-sweep)
  'money.bad-argument': t('Tham số của hàm số tiền không phải danh sách hay hàm như yêu cầu.', 'An argument of a money function is not the list or function it must be.'),
  // citation (fix-sweep)
  'citation.invalid': t('Trích dẫn có điều, khoản, điểm hoặc phụ lục không hợp lệ.', 'The citation has an invalid article, clause, point or annex.'),
  // count (fix-sweep)
  'count.unit-mismatch': t('Hai số lượng có đơn vị khác nhau.', 'The two counts have different units.'),
  // stats (fix-sweep)
  'stats.invalid-interval': t('Không phải một khoảng { lo, hi } hợp lệ.', 'Not a valid interval { lo, hi }.'),
} satisfies Record<string, LocalizedText>);

/**
 * The union of every error code (`'date.invalid'`, `'money.out-of-range'`, …): the `code` of each
 * {@link Issue} of a {@link KhuyenCongError}. Switch on it exhaustively; {@link ERROR_CODES} describes each.
 * @category Core
 */
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Whether a string is one of the library's {@link ErrorCode}s.
 * @category Core
 * @example
 * isErrorCode('date.invalid'); // true
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
