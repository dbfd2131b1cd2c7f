/**
 * The message catalogue of the provinces area: every message in Vietnamese and English, from one definition.
 * Tests pin the text.
 */
import { defineMessages, quote } from '../internal/messages.js';

/** The bilingual messages of `src/geo`. @internal */
export const geoMessages = defineMessages({
  codeFormat: {
    vi: (p: { input: string }) => `Mã tỉnh ${quote(p.input)} không hợp lệ: mã gồm 2 chữ số, ví dụ "01" hoặc "96".`,
    en: (p: { input: string }) =>
      `The province code ${quote(p.input)} is invalid: a code is two digits, for example "01" or "96".`,
  },
  codeUnknown: {
    vi: (p: { code: string }) => `Không có đơn vị hành chính cấp tỉnh nào mang mã ${p.code} (từ 01/8/2008).`,
    en: (p: { code: string }) => `No provincial-level unit has the code ${p.code} (since 2008-08-01).`,
  },
  codeNotCurrent: {
    vi: (p: { code: string; name: string; successorCode: string; successorName: string }) =>
      `Mã ${p.code} (${p.name}) không còn hiệu lực từ 01/7/2025; đơn vị kế thừa là ${p.successorCode} (${p.successorName}).`,
    en: (p: { code: string; name: string; successorCode: string; successorName: string }) =>
      `The code ${p.code} (${p.name}) is not valid from 2025-07-01; its successor is ${p.successorCode} (${p.successorName}).`,
  },
  dateOutOfCoverage: {
    vi: (p: { date: string }) =>
      `Ngày ${p.date} nằm trước phạm vi danh mục (từ 01/8/2008, khi Hà Tây hợp nhất vào Hà Nội).`,
    en: (p: { date: string }) =>
      `The date ${p.date} is before the registry's coverage (from 2008-08-01, when Hà Tây joined Hà Nội).`,
  },
  noMatch: {
    vi: (p: { input: string }) => `Không tìm thấy tỉnh, thành phố nào khớp với ${quote(p.input)}.`,
    en: (p: { input: string }) => `No province or municipality matches ${quote(p.input)}.`,
  },
  notValidAtDate: {
    vi: (p: { input: string; name: string; date: string; validFrom: string; validTo: string | null }) =>
      `${quote(p.input)} là ${p.name}, có hiệu lực từ ${p.validFrom} đến ${p.validTo ?? 'nay'}, không phải vào ngày ${p.date}.`,
    en: (p: { input: string; name: string; date: string; validFrom: string; validTo: string | null }) =>
      `${quote(p.input)} is ${p.name}, valid from ${p.validFrom} to ${p.validTo ?? 'the present'}, not on ${p.date}.`,
  },
  notAProvince: {
    vi: (p: { input: string; levelVi: string; levelEn: string }) =>
      `${quote(p.input)} là tên đơn vị cấp dưới (${p.levelVi}), không phải tỉnh, thành phố trực thuộc trung ương.`,
    en: (p: { input: string; levelVi: string; levelEn: string }) =>
      `${quote(p.input)} names a lower-level unit (${p.levelEn}), not a province or centrally-run city.`,
  },
  cityOfProvince: {
    vi: (p: { input: string; province: string }) =>
      `${quote(p.input)} là thành phố thuộc ${p.province}, không phải đơn vị cấp tỉnh; đơn vị cấp tỉnh chứa nó là ${p.province}.`,
    en: (p: { input: string; province: string }) =>
      `${quote(p.input)} is a city within ${p.province}, not a province or centrally-run city; the province that contains it is ${p.province}.`,
  },
  restateUnknownCode: {
    vi: (p: { code: string }) => `Mã tỉnh ${quote(p.code)} không có trong danh mục: không quy đổi được.`,
    en: (p: { code: string }) => `The province code ${quote(p.code)} is not in the registry: it cannot be restated.`,
  },
  restateBadPeriod: {
    vi: (p: { period: string }) =>
      `Kỳ ${quote(p.period)} không hợp lệ: cần năm "YYYY" hoặc giai đoạn "YYYY-YYYY".`,
    en: (p: { period: string }) =>
      `The period ${quote(p.period)} is invalid: use a year "YYYY" or a span "YYYY-YYYY".`,
  },
  restateBeforeCoverage: {
    vi: (p: { period: string }) =>
      `Kỳ ${p.period} bắt đầu trước 2008 (trước khi Hà Tây hợp nhất vào Hà Nội): địa giới khác, không quy đổi.`,
    en: (p: { period: string }) =>
      `The period ${p.period} starts before 2008 (before Hà Tây joined Hà Nội): other boundaries, not restated.`,
  },
  restateCodeAfterCutover: {
    vi: (p: { code: string; name: string; period: string; successorCode: string }) =>
      `Mã ${p.code} (${p.name}) đã hết hiệu lực từ 01/7/2025 nhưng có số liệu kỳ ${p.period}: kiểm tra lại mã (đơn vị kế thừa: ${p.successorCode}).`,
    en: (p: { code: string; name: string; period: string; successorCode: string }) =>
      `The code ${p.code} (${p.name}) ended on 2025-06-30 but carries a value for ${p.period}: check the code (successor: ${p.successorCode}).`,
  },
  restateIncompatible: {
    vi: (p: { code: string; period: string }) =>
      `Các giá trị cộng vào ${p.code}, kỳ ${p.period} không cùng loại (tiền, số lượng cùng đơn vị, tỷ số): không cộng được.`,
    en: (p: { code: string; period: string }) =>
      `The values summed into ${p.code} for ${p.period} are not of one kind (money, counts of one unit, ratios): they cannot be added.`,
  },
  restateStraddle: {
    vi: (p: { code: string; period: string; codes: string }) =>
      `Kỳ ${p.period} vắt qua ngày 01/7/2025 và ${p.code} nhận số liệu của cả mã cũ lẫn mã mới (${p.codes}): có thể bị tính trùng.`,
    en: (p: { code: string; period: string; codes: string }) =>
      `The period ${p.period} spans 2025-07-01 and ${p.code} receives values under both old and new codes (${p.codes}): possible double counting.`,
  },
  restateDuplicatePeriod: {
    vi: (p: { code: string; period: string; keys: string }) =>
      `Mã ${p.code} có nhiều khóa cùng chỉ kỳ ${p.period} (${p.keys}): không rõ giá trị nào đúng, không quy đổi giá trị nào.`,
    en: (p: { code: string; period: string; keys: string }) =>
      `The code ${p.code} has several keys for the one period ${p.period} (${p.keys}): which value is right is unknown, so none is restated.`,
  },
  restatePartial: {
    vi: (p: { code: string; period: string; reported: string; missing: string }) =>
      `Giá trị của ${p.code} kỳ ${p.period} chỉ gồm số liệu của ${p.reported}; thiếu ${p.missing}: tổng chưa đầy đủ, không so sánh được với kỳ khác.`,
    en: (p: { code: string; period: string; reported: string; missing: string }) =>
      `The value of ${p.code} for ${p.period} sums ${p.reported} only; ${p.missing} did not report: a partial total, not comparable with other periods.`,
  },
  splitRefused: {
    vi: (p: { code: string; name: string; predecessors: string }) =>
      `Không chia được số liệu của ${p.code} (${p.name}) cho các tỉnh cũ (${p.predecessors}): Nghị quyết 202/2025/QH15 nhập nguyên trạng, không có tỷ lệ phân chia số tiền.`,
    en: (p: { code: string; name: string; predecessors: string }) =>
      `The value of ${p.code} (${p.name}) cannot be split among the old units (${p.predecessors}): NQ 202/2025/QH15 merged them whole and gives no key to divide amounts.`,
  },
  groupUnknownCode: {
    vi: (p: { code: string; era: string }) => `Mã ${quote(p.code)} không phải mã tỉnh hợp lệ (${p.era}).`,
    en: (p: { code: string; era: string }) => `${quote(p.code)} is not a valid province code (${p.era}).`,
  },
  groupDuplicateMember: {
    vi: (p: { code: string; group: string }) => `Mã ${p.code} xuất hiện hai lần trong nhóm ${quote(p.group)}.`,
    en: (p: { code: string; group: string }) => `The code ${p.code} appears twice in the group ${quote(p.group)}.`,
  },
  groupDuplicateId: {
    vi: (p: { group: string }) => `Mã nhóm ${quote(p.group)} bị trùng.`,
    en: (p: { group: string }) => `The group id ${quote(p.group)} is used twice.`,
  },
  groupEmpty: {
    vi: (p: { group: string }) => `Nhóm ${quote(p.group)} không có thành viên nào.`,
    en: (p: { group: string }) => `The group ${quote(p.group)} has no members.`,
  },
  groupShape: {
    vi: () => `Nhóm phải là { id, label: { vi, en }, members: [mã tỉnh…] }.`,
    en: () => `A group must be { id, label: { vi, en }, members: [province codes…] }.`,
  },
  groupNoValues: {
    vi: (p: { group: string }) => `Không thành viên nào của nhóm ${quote(p.group)} có giá trị: nhóm không có tổng.`,
    en: (p: { group: string }) => `No member of the group ${quote(p.group)} has a value: the group has no total.`,
  },
  groupIncompatible: {
    vi: (p: { group: string }) => `Các giá trị của nhóm ${quote(p.group)} không cùng loại: không cộng được.`,
    en: (p: { group: string }) => `The values of the group ${quote(p.group)} are not of one kind: they cannot be added.`,
  },
  textInvalid: {
    vi: (p: { input: string }) => `Tên tỉnh phải là một chuỗi ký tự, không phải ${quote(p.input)}.`,
    en: (p: { input: string }) => `The province name must be text, not ${quote(p.input)}.`,
  },
  eraInvalid: {
    vi: (p: { input: string }) =>
      `Bản đồ ${quote(p.input)} không hợp lệ: dùng "legacy" (63 tỉnh, đến 30/6/2025) hoặc "current" (34 tỉnh, từ 01/7/2025).`,
    en: (p: { input: string }) =>
      `The map ${quote(p.input)} is invalid: use "legacy" (63 units, until 2025-06-30) or "current" (34 units, from 2025-07-01).`,
  },
});
