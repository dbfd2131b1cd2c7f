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
  'quantity.bad-decimals': t('Số chữ số thập phân không hợp lệ.', 'Invalid number of decimal places.'),
  'quantity.not-money': t('Con số không phải số tiền.', 'The number is not an amount of money.'),
  'quantity.not-count': t('Con số không phải số lượng.', 'The number is not a count.'),
  'quantity.not-percent': t('Con số không phải tỷ lệ phần trăm.', 'The number is not a percentage.'),
  'quantity.not-whole-dong': t('Số tiền không tròn đồng.', 'The amount is not whole đồng.'),
  'quantity.not-whole-count': t('Số lượng không phải số nguyên.', 'The count is not whole.'),
  // stats
  'stats.invalid-decimals': t('Số chữ số thập phân không hợp lệ.', 'Invalid number of decimal places.'),
  'stats.invalid-period': t('Giai đoạn không hợp lệ.', 'Invalid period.'),
  'stats.invalid-year': t('Năm không hợp lệ.', 'Invalid year.'),
  'stats.negative-widening': t('Độ nới rộng không được âm.', 'The widening must not be negative.'),
  'stats.year-span': t('Khoảng năm không hợp lệ.', 'Invalid span of years.'),
  // geo
  'geo.code-format': t('Mã tỉnh sai định dạng.', 'Malformed province code.'),
  'geo.code-unknown': t('Mã tỉnh không có trong danh mục.', 'Unknown province code.'),
  'geo.code-not-current': t('Mã tỉnh không còn hiệu lực vào ngày đó.', 'The province code is not current on that date.'),
  'geo.date-invalid': t('Ngày không hợp lệ.', 'Invalid date.'),
  'geo.date-out-of-coverage': t('Ngày nằm ngoài phạm vi dữ liệu tỉnh.', 'The date is outside the province data.'),
  'geo.era-invalid': t('Thời kỳ địa giới không hợp lệ.', 'Invalid boundary era.'),
  'geo.text-invalid': t('Tên tỉnh không hợp lệ.', 'Invalid province name.'),
  'geo.group-shape': t('Nhóm tỉnh sai cấu trúc.', 'Malformed province group.'),
  'geo.group-empty': t('Nhóm tỉnh trống.', 'Empty province group.'),
  'geo.group-duplicate-id': t('Mã nhóm bị trùng.', 'Duplicate group id.'),
  'geo.group-duplicate-member': t('Tỉnh có mặt trong hai nhóm.', 'A province is in two groups.'),
  'geo.group-unknown-code': t('Nhóm có mã tỉnh không có trong danh mục.', 'A group names an unknown province code.'),
  // policy
  'policy.not-object': t('Yêu cầu phải là một đối tượng.', 'The request must be an object.'),
  'policy.unknown-item': t('Nội dung hỗ trợ không có trong danh mục.', 'Unknown support item.'),
  'policy.bad-cost': t('Chi phí không hợp lệ.', 'Invalid cost.'),
  'policy.bad-date': t('Ngày không hợp lệ.', 'Invalid date.'),
  'citation.not-text': t('Trích dẫn phải là văn bản.', 'The citation must be text.'),
  'citation.too-long': t('Trích dẫn quá dài.', 'The citation is too long.'),
  'citation.no-instrument': t('Trích dẫn không nêu văn bản pháp luật.', 'The citation names no legal instrument.'),
  'citation.unknown-instrument': t('Văn bản pháp luật không có trong danh mục.', 'Unknown legal instrument.'),
  // claims
  'claim.not-object': t('Nhận định phải là một đối tượng.', 'The claim must be an object.'),
  'claim.unknown-kind': t('Loại nhận định không có trong danh mục.', 'Unknown claim kind.'),
  'claim.missing-field': t('Thiếu trường bắt buộc của nhận định.', 'A required field of the claim is missing.'),
  'claim.bad-number': t('Con số của nhận định không hợp lệ.', 'Invalid number in the claim.'),
  'claim.bad-parts': t('Danh sách thành phần không hợp lệ.', 'Invalid list of parts.'),
  'claim.bad-years': t('Số năm không hợp lệ.', 'Invalid number of years.'),
  // eligibility
  'eligibility.invalid-date': t('Ngày không hợp lệ.', 'Invalid date.'),
  'eligibility.invalid-type': t('Sai kiểu dữ liệu.', 'Wrong type.'),
  'eligibility.invalid-value': t('Giá trị không có trong danh mục.', 'Value not in the vocabulary.'),
  'eligibility.unknown-field': t('Trường không được phép.', 'Field not allowed.'),
  'eligibility.invalid-trace': t('Vết kiểm tra không hợp lệ.', 'Invalid eligibility trace.'),
  // schema
  'schema.missing': t('Thiếu trường bắt buộc.', 'Required field is missing.'),
  'schema.invalid-type': t('Sai kiểu dữ liệu.', 'Wrong type.'),
  'schema.too-small': t('Giá trị hoặc độ dài nhỏ hơn mức cho phép.', 'Value or length below the minimum.'),
  'schema.too-big': t('Giá trị hoặc độ dài lớn hơn mức cho phép.', 'Value or length above the maximum.'),
  'schema.invalid-date': t('Không phải ngày có thật dạng YYYY-MM-DD.', 'Not a real calendar date YYYY-MM-DD.'),
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
  // project
  'project.tax-code-format': t('Mã số thuế sai định dạng hoặc sai số kiểm tra.', 'Malformed tax code or wrong check digit.'),
  'project.province-code-format': t('Mã tỉnh sai định dạng.', 'Malformed province code.'),
  'project.unknown-province': t('Mã tỉnh không có vào ngày đó.', 'No such province on that date.'),
  'project.invalid-date': t('Ngày không hợp lệ.', 'Invalid date.'),
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
