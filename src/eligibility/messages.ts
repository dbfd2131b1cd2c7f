/**
 * The eligibility area's message catalogue: every user-facing message in Vietnamese and English.
 */
import { defineMessages, quote, text } from '../internal/messages.js';

/** Error and status messages of the eligibility area. @internal */
export const M = defineMessages({
  invalidApplicant: {
    vi: (p: { value: string }) => `Người đề nghị phải là một đối tượng (object) các thông tin; nhận được ${p.value}.`,
    en: (p: { value: string }) => `The applicant must be an object of facts; received ${p.value}.`,
  },
  invalidApplicantList: {
    vi: (p: { value: string }) => `Danh sách người đề nghị phải là một mảng; nhận được ${p.value}.`,
    en: (p: { value: string }) => `The applicants must be an array; received ${p.value}.`,
  },
});

/** Renders an arbitrary input value for a message, shortened. @internal */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (v === undefined) return 'undefined';
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : quote(s);
  } catch {
    return String(v);
  }
}

/** Messages of the engine's own reasons. @internal */
export const ENGINE_TEXT = Object.freeze({
  beforeNd45: text(
    'Ngày xét trước 05/07/2012: quy định trước Nghị định 45/2012/NĐ-CP (Nghị định 134/2004/NĐ-CP) chưa được mô hình hóa.',
    'The date is before 2012-07-05: the rules before Decree 45/2012/ND-CP (Decree 134/2004/ND-CP) are not modelled.',
  ),
  undecided: text('Chưa đủ thông tin để kết luận.', 'Not enough facts to decide.'),
});
