import { defineMessages, type LocalizedText } from '../internal/messages.js';
import { COUNT_UNITS } from '../quantity/units.js';
import type { Measure } from './ClaimResult.js';

/** Names of the dimensions, for unit-mismatch messages. */
export const UNIT_NAMES = Object.freeze({
  money: { vi: 'số tiền', en: 'an amount of money' },
  count: { vi: 'số lượng', en: 'a count' },
  ratio: { vi: 'tỷ lệ hoặc số lần', en: 'a ratio, percentage or multiple' },
} as const);

/** A measure in words: "số lượng lớp" / "a count of classes", "số tiền trên mỗi tỉnh" / "an amount of money per province". */
export function measureText(m: Measure): LocalizedText {
  const base = UNIT_NAMES[m.unit];
  const noun = m.noun === undefined ? null : COUNT_UNITS[m.noun];
  const vi = noun === null ? base.vi : `số lượng ${noun.label.vi}`;
  const en = noun === null ? base.en : `a count of ${noun.label.en}`;
  if (m.per === undefined) return { vi, en };
  const per = COUNT_UNITS[m.per];
  return { vi: `${vi} trên mỗi ${per.label.vi}`, en: `${en} per ${per.one}` };
}

/** The claims area's message catalogue: every explanation in Vietnamese and English from one definition. */
export const claimsMessages = defineMessages({
  consistent: {
    vi: (p: { computation: LocalizedText; stated: LocalizedText }) =>
      `${p.computation.vi}: khớp với con số công bố ${p.stated.vi} ở độ chính xác đã công bố.`,
    en: (p: { computation: LocalizedText; stated: LocalizedText }) =>
      `${p.computation.en}: consistent with the stated ${p.stated.en} at the published precision.`,
  },
  inconsistent: {
    vi: (p: { computation: LocalizedText; stated: LocalizedText; difference: LocalizedText; gap: LocalizedText }) =>
      `${p.computation.vi}: không khớp với con số công bố ${p.stated.vi} (chênh lệch ${p.difference.vi}); kể cả sai số làm tròn của mọi con số, hai bên vẫn cách nhau ${p.gap.vi}.`,
    en: (p: { computation: LocalizedText; stated: LocalizedText; difference: LocalizedText; gap: LocalizedText }) =>
      `${p.computation.en}: inconsistent with the stated ${p.stated.en} (a difference of ${p.difference.en}); even allowing for the rounding of every figure, they miss each other by ${p.gap.en}.`,
  },
  'unreadable-number': {
    vi: (p: { field: string; problem: LocalizedText }) => `Không kiểm tra được: ${p.field} không đọc được (${p.problem.vi}).`,
    en: (p: { field: string; problem: LocalizedText }) => `Cannot check: ${p.field} cannot be read (${p.problem.en}).`,
  },
  'unit-mismatch': {
    vi: (p: { field: string; found: Measure; expected: Measure }) =>
      `Không kiểm tra được: ${p.field} là ${measureText(p.found).vi}, trong khi phép tính cần ${measureText(p.expected).vi}.`,
    en: (p: { field: string; found: Measure; expected: Measure }) =>
      `Cannot check: ${p.field} is ${measureText(p.found).en}, where the computation needs ${measureText(p.expected).en}.`,
  },
  'zero-base': {
    vi: (p: { field: string }) => `Không kiểm tra được: ${p.field} bằng 0, phép chia không xác định.`,
    en: (p: { field: string }) => `Cannot check: ${p.field} is zero, so the division is undefined.`,
  },
  'base-interval-contains-zero': {
    vi: (p: { field: string }) =>
      `Không kiểm tra được: ở độ chính xác đã công bố, ${p.field} có thể bằng 0, nên thương không bị chặn.`,
    en: (p: { field: string }) =>
      `Cannot check: at its published precision ${p.field} may be zero, so the quotient is unbounded.`,
  },
  'negative-base': {
    vi: (p: { field: string }) => `Không kiểm tra được: ${p.field} âm, tỷ lệ thay đổi không có nghĩa.`,
    en: (p: { field: string }) => `Cannot check: ${p.field} is negative, so a relative change has no meaning.`,
  },
  'negative-value': {
    vi: (p: { field: string }) => `Không kiểm tra được: ${p.field} âm, tốc độ tăng bình quân không xác định.`,
    en: (p: { field: string }) => `Cannot check: ${p.field} is negative, so a compound growth rate is undefined.`,
  },
  'invalid-years': {
    vi: (p: { field: string }) => `Không kiểm tra được: ${p.field} phải là số năm nguyên dương.`,
    en: (p: { field: string }) => `Cannot check: ${p.field} must be a positive whole number of years.`,
  },
  'out-of-range': {
    vi: (p: { field: string }) =>
      `Không kiểm tra được: ${p.field} vượt quá giới hạn số tiền biểu diễn chính xác (±9.007.199.254.740.991 đồng).`,
    en: (p: { field: string }) =>
      `Cannot check: ${p.field} is outside the exactly representable range of money (±9,007,199,254,740,991 đồng).`,
  },
  'empty-interval': {
    vi: (p: { field: string }) => `Không kiểm tra được: ${p.field} không ứng với giá trị nào.`,
    en: (p: { field: string }) => `Cannot check: ${p.field} stands for no value at all.`,
  },
});


/** Messages of {@link parseClaim}: each names the field (its path) and the problem. */
export const claimParseMessages = defineMessages({
  'not-object': {
    vi: (p: { what: string }) => `Yêu cầu kiểm tra phải là một đối tượng JSON, nhận được ${p.what}.`,
    en: (p: { what: string }) => `A claim must be a JSON object, got ${p.what}.`,
  },
  'unknown-kind': {
    vi: (p: { kind: string; kinds: string }) => `Loại "${p.kind}" không được hỗ trợ; các loại: ${p.kinds}.`,
    en: (p: { kind: string; kinds: string }) => `The kind "${p.kind}" is not supported; the kinds are: ${p.kinds}.`,
  },
  'missing-field': {
    vi: (p: { field: string }) => `Thiếu trường "${p.field}".`,
    en: (p: { field: string }) => `The field "${p.field}" is missing.`,
  },
  'bad-shape': {
    vi: (p: { value: string }) =>
      `${p.value} không phải cách viết của một con số { kind: "money" | "count" | "percent" | "number", scale?, decimals? (số nguyên 0–100) }.`,
    en: (p: { value: string }) =>
      `${p.value} is not the shape of a figure { kind: "money" | "count" | "percent" | "number", scale?, decimals? (a whole number 0–100) }.`,
  },
  'bad-number': {
    vi: (p: { field: string }) =>
      `Trường "${p.field}" phải là một con số dạng văn bản ("7,73 tỷ đồng") hoặc {"money"}, {"count", "unit"}, {"percent"}, {"ratio"}.`,
    en: (p: { field: string }) =>
      `The field "${p.field}" must be a number as text ("7,73 tỷ đồng") or one of {"money"}, {"count", "unit"}, {"percent"}, {"ratio"}.`,
  },
  'bad-parts': {
    vi: () => `Trường "parts" phải là một mảng có ít nhất một con số.`,
    en: () => `The field "parts" must be an array of at least one number.`,
  },
  'too-many-parts': {
    vi: (p: { count: number; max: number }) => `Trường "parts" có ${String(p.count)} con số, nhiều hơn ${String(p.max)} con số cho phép.`,
    en: (p: { count: number; max: number }) => `The field "parts" has ${String(p.count)} numbers, more than the ${String(p.max)} allowed.`,
  },
  'bad-years': {
    vi: (p: { what: string }) => `Trường "years" phải là số năm nguyên dương, nhận được ${p.what}.`,
    en: (p: { what: string }) => `The field "years" must be a positive whole number of years, got ${p.what}.`,
  },
});
