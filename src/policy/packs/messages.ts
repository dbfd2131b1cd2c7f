import type { ErrorCode } from '../../internal/errorCodes.js';
import { defineMessages, quote, type LocalizedText } from '../../internal/messages.js';

const FIELD_VI: Readonly<Record<string, string>> = Object.freeze({
  signed: 'ngày ký',
  effective: 'ngày có hiệu lực',
  end: 'ngày hết hiệu lực',
  validFrom: 'ngày bắt đầu áp dụng',
  validTo: 'ngày kết thúc áp dụng',
});

/** The pack area's message catalogue. @internal */
export const packMessages = defineMessages({
  dateOrder: {
    vi: (p: { first: string; second: string }) => `${FIELD_VI[p.second]} không được trước ${FIELD_VI[p.first]}.`.replace(/^./, (c) => c.toUpperCase()),
    en: (p: { first: string; second: string }) => `The ${p.second} date must not be before the ${p.first} date.`,
  },
  provinceNotValid: {
    vi: (p: { code: string; day: string }) => `Mã tỉnh ${quote(p.code, 8)} không có trong danh mục đơn vị hành chính cấp tỉnh ngày ${p.day}.`,
    en: (p: { code: string; day: string }) => `Province code ${quote(p.code, 8)} is not a provincial unit on ${p.day}.`,
  },
  provinceOtherMap: {
    vi: (p: { code: string; asOf: string; effective: string }) =>
      `Mã tỉnh ${quote(p.code, 8)} được ghi theo bản đồ ngày ${p.asOf}, khác bản đồ của ngày có hiệu lực ${p.effective} (sắp xếp đơn vị hành chính từ 2025-07-01).`,
    en: (p: { code: string; asOf: string; effective: string }) =>
      `Province code ${quote(p.code, 8)} is given on the map of ${p.asOf}, not the map of the effective date ${p.effective} (reorganisation of 2025-07-01).`,
  },
  addedExists: {
    vi: (p: { id: string }) => `Nội dung ${quote(p.id, 64)} đã có trong danh mục quốc gia; chỉ khai báo ở addedItems nội dung mà danh mục quốc gia không có.`,
    en: (p: { id: string }) => `Item ${quote(p.id, 64)} is in the national catalogue; addedItems is only for items the national catalogue lacks.`,
  },
  duplicate: {
    vi: (p: { id: string }) => `Nội dung ${quote(p.id, 64)} được khai báo hai lần.`,
    en: (p: { id: string }) => `Item ${quote(p.id, 64)} is declared twice.`,
  },
  unknownItem: {
    vi: (p: { id: string }) => `Nội dung hỗ trợ ${quote(p.id, 64)} không có trong danh mục quốc gia cũng như trong addedItems của gói.`,
    en: (p: { id: string }) => `Support item ${quote(p.id, 64)} is neither in the national catalogue nor in the pack's addedItems.`,
  },
  leftToNational: {
    vi: (p: { id: string }) => `Nội dung ${quote(p.id, 64)} được để theo mức quốc gia (nationalItems) nên không thể có mức riêng trong gói.`,
    en: (p: { id: string }) => `Item ${quote(p.id, 64)} is left to the national level (nationalItems), so it cannot also have a pack level.`,
  },
  noCap: {
    vi: () => 'Mức hỗ trợ cần ít nhất một mức trần: tỷ lệ (percentCap) hoặc số tiền (absoluteCap).',
    en: () => 'A level needs at least one cap: a percentage (percentCap) or an amount (absoluteCap).',
  },
  percentAboveOne: {
    vi: () => 'Tỷ lệ hỗ trợ tối đa phải từ 0 đến 1 (ví dụ "0.3" là 30%).',
    en: () => 'The percentage cap must be a ratio from 0 to 1 ("0.3" is 30%).',
  },
  citationLocator: {
    vi: () => 'Trích dẫn cần ít nhất chương, điều hoặc phụ lục của văn bản (chỉ nguồn thứ cấp không nêu điều mới được ghi locatorNotRead: true).',
    en: () => 'A citation needs at least the chapter, article or annex of the instrument (only a secondary source that names none may say locatorNotRead: true).',
  },
  locatorContradiction: {
    vi: () => 'locatorNotRead: true mâu thuẫn với chương, điều hoặc phụ lục đã ghi.',
    en: () => 'locatorNotRead: true contradicts the chapter, article or annex given.',
  },
  outsidePack: {
    vi: () => 'Thời gian áp dụng của mức hỗ trợ phải nằm trong thời gian hiệu lực của văn bản.',
    en: () => 'A level must apply within the period its instrument is in force.',
  },
  overlapping: {
    vi: (p: { id: string }) => `Hai mức hỗ trợ của nội dung ${quote(p.id, 64)} (cùng điều kiện) có thời gian áp dụng chồng nhau.`,
    en: (p: { id: string }) => `Two levels of item ${quote(p.id, 64)} (same conditions) apply over overlapping dates.`,
  },
  overlappingPacks: {
    vi: (p: { a: string; b: string }) => `Hai văn bản ${quote(p.a, 40)} và ${quote(p.b, 40)} của cùng một tỉnh có hiệu lực chồng nhau mà không văn bản nào sửa đổi hay thay thế văn bản kia.`,
    en: (p: { a: string; b: string }) => `Instruments ${quote(p.a, 40)} and ${quote(p.b, 40)} of one province are in force over overlapping dates and neither amends or replaces the other.`,
  },
  badFunds: {
    vi: () => 'Nguồn kinh phí (funds) phải là "NATIONAL" hoặc "LOCAL".',
    en: () => 'funds must be "NATIONAL" or "LOCAL".',
  },
  badPolicy: {
    vi: () => 'policy phải là một gói chính sách hoặc một danh sách gói chính sách (tối đa 1000).',
    en: () => 'policy must be a policy pack or an array of policy packs (at most 1000).',
  },
  badLines: {
    vi: () => 'lines phải là một danh sách tối đa 1000 dòng { item, eligibleCost }.',
    en: () => 'lines must be an array of at most 1000 lines { item, eligibleCost }.',
  },
  badApproved: {
    vi: () => 'Kinh phí được duyệt (approved) phải là một số tiền (Money).',
    en: () => 'The approved amount (approved) must be a Money amount.',
  },
  ambiguous: {
    vi: (p: { codes: string }) => `Có văn bản của nhiều tỉnh (${p.codes}) cùng có hiệu lực; hãy cho biết tỉnh (province).`,
    en: (p: { codes: string }) => `Instruments of several provinces (${p.codes}) are in force; give the province.`,
  },
});

/** Messages of the schema's own codes, by code (for `issuesFromZod`). @internal */
export const PACK_MESSAGES: Readonly<Record<string, LocalizedText>> = Object.freeze({
  'date.invalid': Object.freeze({
    vi: 'Ngày không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, từ 1900-01-01 đến 2999-12-31.',
    en: 'Invalid date: expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.',
  }),
  'pack.url-format': Object.freeze({ vi: 'Địa chỉ nguồn phải là một địa chỉ http(s).', en: 'A source must be an http(s) address.' }),
  'pack.chapter-format': Object.freeze({ vi: 'Chương viết bằng số La Mã hoặc số Ả Rập.', en: 'A chapter is written in roman or arabic numerals.' }),
  'pack.point-format': Object.freeze({ vi: 'Điểm là một chữ cái thường (a, b, c, d, đ, …).', en: 'A point is a lower-case letter (a, b, c, d, đ, …).' }),
  'pack.province-format': Object.freeze({ vi: 'Mã tỉnh gồm hai chữ số.', en: 'A province code has two digits.' }),
} satisfies Partial<Record<ErrorCode, LocalizedText>>);
