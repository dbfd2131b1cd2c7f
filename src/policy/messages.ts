import { defineMessages, quote } from '../internal/messages.js';

/** The policy area's message catalogue (Vietnamese and English from one definition). @internal */
export const policyMessages = defineMessages({
  notText: {
    vi: (p: { field: string }) => `${p.field} phải là một chuỗi ký tự.`,
    en: (p: { field: string }) => `${p.field} must be a string.`,
  },
  citationTooLong: {
    vi: (p: { length: number }) => `Trích dẫn dài ${String(p.length)} ký tự, vượt quá 300 ký tự cho phép.`,
    en: (p: { length: number }) => `The citation is ${String(p.length)} characters long, more than the 300 allowed.`,
  },
  citationNoInstrument: {
    vi: (p: { input: string }) => `Trích dẫn ${quote(p.input)} không chứa số hiệu văn bản (ví dụ 45/2012/NĐ-CP).`,
    en: (p: { input: string }) => `The citation ${quote(p.input)} contains no instrument number (e.g. 45/2012/NĐ-CP).`,
  },
  citationUnknownInstrument: {
    vi: (p: { number: string }) => `Văn bản số ${p.number} không có trong danh mục văn bản của thư viện.`,
    en: (p: { number: string }) => `Instrument ${p.number} is not in the library's instrument registry.`,
  },
  unknownItem: {
    vi: (p: { value: string }) => `Mục hỗ trợ ${quote(p.value)} không có trong danh mục nội dung hỗ trợ.`,
    en: (p: { value: string }) => `Support item ${quote(p.value)} is not in the support-item catalogue.`,
  },
  badCost: {
    vi: () => 'Chi phí hợp lệ (eligibleCost) phải là số tiền (Money) không âm.',
    en: () => 'The eligible cost (eligibleCost) must be a non-negative Money amount.',
  },
  badUnits: {
    vi: (p: { value: string }) => `Số đơn vị (units) ${quote(p.value)} phải là số nguyên từ 1 đến 1.000.000.`,
    en: (p: { value: string }) => `The number of units (units) ${quote(p.value)} must be a whole number from 1 to 1,000,000.`,
  },
  badPriority: {
    vi: (p: { value: string }) => `Cờ ưu tiên (priority) ${quote(p.value)} phải là true hoặc false.`,
    en: (p: { value: string }) => `The priority flag (priority) ${quote(p.value)} must be true or false.`,
  },
  notObject: {
    vi: () => 'Yêu cầu phải là một đối tượng { item, eligibleCost, at }.',
    en: () => 'The request must be an object { item, eligibleCost, at }.',
  },
});
