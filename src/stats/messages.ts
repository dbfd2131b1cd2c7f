import { defineMessages } from '../internal/messages.js';

/**
 * The statistics area's message catalogue: why a statistic has no value, in Vietnamese and English.
 * Each message names the input (`field`) and the problem. @internal
 */
export const statsMessages = defineMessages({
  'missing-value': {
    vi: (p: { field: string }) => `Thiếu giá trị (${p.field}): không tính được.`,
    en: (p: { field: string }) => `The value (${p.field}) is missing: nothing to compute.`,
  },
  'missing-base': {
    vi: (p: { field: string }) => `Thiếu giá trị gốc (${p.field}): không tính được tỷ lệ.`,
    en: (p: { field: string }) => `The base (${p.field}) is missing: the ratio is undefined.`,
  },
  'zero-base': {
    vi: (p: { field: string }) => `Giá trị gốc (${p.field}) bằng 0: không chia được.`,
    en: (p: { field: string }) => `The base (${p.field}) is zero: the ratio is undefined.`,
  },
  'negative-base': {
    vi: (p: { field: string }) => `Giá trị gốc (${p.field}) âm: tỷ lệ thay đổi không có nghĩa (chọn chính sách khác nếu cần).`,
    en: (p: { field: string }) => `The base (${p.field}) is negative: a relative change has no agreed meaning (choose another policy if needed).`,
  },
  'negative-value': {
    vi: (p: { field: string }) => `Giá trị (${p.field}) âm: không có căn bậc n thực.`,
    en: (p: { field: string }) => `The value (${p.field}) is negative: there is no real n-th root.`,
  },
  'zero-years': {
    vi: (p: { field: string }) => `Số năm (${p.field}) bằng 0: không tính được tốc độ tăng bình quân.`,
    en: (p: { field: string }) => `The number of years (${p.field}) is zero: the compound annual growth rate is undefined.`,
  },
  'invalid-years': {
    vi: (p: { field: string }) => `Số năm (${p.field}) phải là số nguyên dương.`,
    en: (p: { field: string }) => `The number of years (${p.field}) must be a positive whole number.`,
  },
  'invalid-period': {
    vi: (p: { field: string }) => `Giai đoạn (${p.field}) không hợp lệ: năm đầu và năm cuối phải là số nguyên, năm đầu không sau năm cuối.`,
    en: (p: { field: string }) => `The period (${p.field}) is invalid: both years must be whole numbers and the first must not come after the last.`,
  },
  'empty-denominator': {
    vi: (p: { field: string }) => `Không có phần tử nào để chia (${p.field}): mẫu số bằng 0.`,
    en: (p: { field: string }) => `Nothing is counted in the denominator (${p.field}): it is zero.`,
  },
  'denominator-contains-zero': {
    vi: (p: { field: string }) => `Khoảng của mẫu số (${p.field}) chứa 0: thương không bị chặn.`,
    en: (p: { field: string }) => `The denominator's interval (${p.field}) contains zero: the quotient is unbounded.`,
  },
  'too-many-years': {
    vi: (p: { field: string }) => `Khoảng thời gian (${p.field}) dài hơn 1000 năm: không tính (thường là lỗi nhập năm).`,
    en: (p: { field: string }) => `The span of years (${p.field}) is longer than 1000 years: not computed (usually a mistyped year).`,
  },
  'empty-interval': {
    vi: (p: { field: string }) => `Khoảng (${p.field}) rỗng.`,
    en: (p: { field: string }) => `The interval (${p.field}) is empty.`,
  },
});
