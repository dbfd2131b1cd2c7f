import { defineMessages, quote, type LocalizedText } from '../internal/messages.js';
import type { QuantityKind } from './Quantity.js';

type ExpectedKind = QuantityKind | 'count-with-unit';

const KIND_VI: Readonly<Record<ExpectedKind, string>> = Object.freeze({
  money: 'số tiền',
  count: 'số lượng',
  'count-with-unit': 'số lượng có đơn vị',
  percent: 'tỷ lệ phần trăm',
  number: 'số không đơn vị',
});

const KIND_EN: Readonly<Record<ExpectedKind, string>> = Object.freeze({
  money: 'an amount of money',
  count: 'a count',
  'count-with-unit': 'a count with a unit',
  percent: 'a percentage',
  number: 'a plain number',
});

/**
 * The quantity area's message catalogue: every parse, conversion and formatting error in Vietnamese and
 * English from one definition. Each message quotes the user's text (shortened by {@link quote}) and names
 * what is wrong.
 */
export const quantityMessages = defineMessages({
  notString: {
    vi: (p: { type: string }) => `Đầu vào phải là chuỗi ký tự, nhận được ${p.type}.`,
    en: (p: { type: string }) => `The input must be a string, got ${p.type}.`,
  },
  empty: {
    vi: (_p: object) => 'Chuỗi rỗng: không có số lượng nào để đọc.',
    en: (_p: object) => 'The text is empty: there is no quantity to read.',
  },
  tooLong: {
    vi: (p: { length: number; max: number }) => `Chuỗi dài ${p.length} ký tự, vượt quá giới hạn ${p.max} ký tự.`,
    en: (p: { length: number; max: number }) => `The text is ${p.length} characters long, over the limit of ${p.max}.`,
  },
  noNumber: {
    vi: (p: { text: string }) => `${quote(p.text)} không chứa chữ số nào.`,
    en: (p: { text: string }) => `${quote(p.text)} contains no number.`,
  },
  twoDecimalCommas: {
    vi: (p: { text: string }) => `${quote(p.text)} có hai dấu phẩy thập phân; trong tiếng Việt dấu phẩy là dấu thập phân và chỉ được dùng một lần.`,
    en: (p: { text: string }) => `${quote(p.text)} has two decimal commas; in Vietnamese the comma is the decimal mark and may appear only once.`,
  },
  badGrouping: {
    vi: (p: { text: string }) => `${quote(p.text)}: dấu chấm phải ngăn cách các nhóm đúng 3 chữ số (1.200); số thập phân viết bằng dấu phẩy (17,16).`,
    en: (p: { text: string }) => `${quote(p.text)}: a dot must separate groups of exactly 3 digits (1.200); decimals are written with a comma (17,16).`,
  },
  unknownUnit: {
    vi: (p: { text: string; unit: string }) => `${quote(p.text)}: không nhận ra đơn vị ${quote(p.unit, 30)}.`,
    en: (p: { text: string; unit: string }) => `${quote(p.text)}: unknown unit ${quote(p.unit, 30)}.`,
  },
  unknownWord: {
    vi: (p: { text: string; word: string }) => `${quote(p.text)}: không nhận ra từ ${quote(p.word, 30)} trước con số.`,
    en: (p: { text: string; word: string }) => `${quote(p.text)}: unknown word ${quote(p.word, 30)} before the number.`,
  },
  tooLarge: {
    vi: (p: { text: string; limit: LocalizedText }) => `${quote(p.text)}: số quá lớn (giới hạn ${p.limit.vi}).`,
    en: (p: { text: string; limit: LocalizedText }) => `${quote(p.text)}: the number is too large (limit ${p.limit.en}).`,
  },
  conflictingQualifiers: {
    vi: (p: { text: string }) => `${quote(p.text)}: các từ hạn định mâu thuẫn nhau (chỉ dùng được một trong hơn, gần, khoảng, ít nhất, tối đa; một chiều tăng hoặc giảm).`,
    en: (p: { text: string }) => `${quote(p.text)}: the qualifiers conflict (only one of hơn, gần, khoảng, ít nhất, tối đa may be used, and one direction, tăng or giảm).`,
  },
  badRange: {
    vi: (p: { text: string }) => `${quote(p.text)}: khoảng giá trị không hợp lệ (đầu dưới lớn hơn đầu trên, hoặc dùng với hơn, gần, ít nhất, tối đa).`,
    en: (p: { text: string }) => `${quote(p.text)}: invalid range (lower end above the upper end, or combined with hơn, gần, ít nhất, tối đa).`,
  },
  multipleNeedsLan: {
    vi: (p: { text: string }) => `${quote(p.text)}: "gấp" phải đi với đơn vị "lần" (gấp 2,5 lần).`,
    en: (p: { text: string }) => `${quote(p.text)}: "gấp" must be followed by a number of "lần" (gấp 2,5 lần).`,
  },
  badTolerance: {
    vi: (p: { option: string }) => `Tùy chọn ${p.option} phải là tỷ lệ từ 0 đến 1 (ví dụ '0.1' cho 10%).`,
    en: (p: { option: string }) => `The option ${p.option} must be a ratio from 0 to 1 (for example '0.1' for 10%).`,
  },
  notKind: {
    vi: (p: { text: string; expected: ExpectedKind; actual: QuantityKind }) => `${quote(p.text)} là ${KIND_VI[p.actual]}, không phải ${KIND_VI[p.expected]}.`,
    en: (p: { text: string; expected: ExpectedKind; actual: QuantityKind }) => `${quote(p.text)} is ${KIND_EN[p.actual]}, not ${KIND_EN[p.expected]}.`,
  },
  notWholeDong: {
    vi: (p: { text: string }) => `${quote(p.text)} không phải số nguyên đồng, không đổi được thành Money.`,
    en: (p: { text: string }) => `${quote(p.text)} is not a whole number of đồng and cannot become Money.`,
  },
  notWholeCount: {
    vi: (p: { text: string }) => `${quote(p.text)} không phải một số nguyên không âm có đơn vị, không đổi được thành Count.`,
    en: (p: { text: string }) => `${quote(p.text)} is not a non-negative whole number with a unit and cannot become a Count.`,
  },
  isRange: {
    vi: (p: { text: string }) => `${quote(p.text)} là một khoảng giá trị, không phải một giá trị.`,
    en: (p: { text: string }) => `${quote(p.text)} is a range, not a single value.`,
  },
  ambiguousDot: {
    vi: (p: { text: string; decimal: string; whole: string }) =>
      `${quote(p.text)}: không rõ dấu chấm: nếu là dấu thập phân kiểu tiếng Anh thì số là ${p.decimal}; nếu là dấu ngăn cách hàng nghìn thì là ${p.whole}, nhưng một nhóm hàng nghìn không bao giờ đứng sau một số 0 đứng đầu. Thư viện không đoán: hãy viết ${p.decimal} (dấu phẩy thập phân) hoặc ${p.whole}.`,
    en: (p: { text: string; decimal: string; whole: string }) =>
      `${quote(p.text)}: ambiguous dot: as an English decimal point the number is ${p.decimal}; as a thousands separator it would be ${p.whole}, but a thousands group never follows a leading 0. The library does not guess: write the decimal with a comma (Vietnamese notation) or write ${p.whole}.`,
  },
  ambiguousComma: {
    vi: (p: { text: string; decimal: string; whole: string; what: string }) =>
      `${quote(p.text)}: không rõ dấu phẩy: là dấu thập phân thì số là ${p.decimal} (${p.what} không thể có phần lẻ như vậy); là dấu ngăn cách hàng nghìn kiểu tiếng Anh thì là ${p.whole}. Hãy viết ${p.whole} nếu đó là số nguyên, hoặc dùng tùy chọn { ambiguousSeparator: 'whole' } để đọc số nguyên (kèm cảnh báo).`,
    en: (p: { text: string; decimal: string; whole: string; what: string }) =>
      `${quote(p.text)}: ambiguous comma: as a decimal mark the number is ${p.decimal} (${p.what} cannot have such a fraction); as an English thousands separator it is ${p.whole}. Write it with a dot (Vietnamese notation) if it is a whole number, or pass the option { ambiguousSeparator: 'whole' } to read the whole number (with a warning).`,
  },
  wholeReading: {
    vi: (p: { text: string; whole: string }) => `${quote(p.text)}: dấu phẩy được đọc là dấu ngăn cách hàng nghìn kiểu tiếng Anh (${p.whole}) theo tùy chọn ambiguousSeparator: 'whole'.`,
    en: (p: { text: string; whole: string }) => `${quote(p.text)}: the comma was read as an English thousands separator (${p.whole}), as the option ambiguousSeparator: 'whole' asks.`,
  },
  fractionalCount: {
    vi: (p: { text: string }) => `${quote(p.text)}: số lượng người, cơ sở, đề án… phải là số nguyên; không có cách đọc hợp lý nào cho số lẻ này.`,
    en: (p: { text: string }) => `${quote(p.text)}: a count of people, establishments, projects… must be a whole number; a fraction has no sensible reading.`,
  },
  fractionalDong: {
    vi: (p: { text: string }) => `${quote(p.text)}: số tiền phải là số nguyên đồng; ở đây là một phần lẻ của đồng.`,
    en: (p: { text: string }) => `${quote(p.text)}: an amount of money is a whole number of đồng; this is a fraction of a đồng.`,
  },
  ambiguousFraction: {
    vi: (p: { text: string; x: string; y: string }) =>
      `${quote(p.text)}: "${p.x}/${p.y}" có hai cách đọc: phân số ${p.x}/${p.y}, hoặc ${p.x} trên tổng số ${p.y}. Thư viện chỉ đọc "x/y" trước một danh từ đếm ("28/28 tỉnh": 28 trong 28 tỉnh).`,
    en: (p: { text: string; x: string; y: string }) =>
      `${quote(p.text)}: "${p.x}/${p.y}" has two readings: the fraction ${p.x}/${p.y}, or ${p.x} out of ${p.y}. The library reads "x/y" only before a count noun ("28/28 tỉnh": 28 of 28 provinces).`,
  },
  badFraction: {
    vi: (p: { text: string }) => `${quote(p.text)}: "x/y" là x trong tổng số y, nên x và y là số nguyên và x không lớn hơn y.`,
    en: (p: { text: string }) => `${quote(p.text)}: "x/y" is x out of a total of y, so x and y are whole numbers and x is at most y.`,
  },
  badMultiple: {
    vi: (p: { text: string }) => `${quote(p.text)}: bội số không hợp lệ (dấu âm trước "lần", hoặc "giảm 0 lần": chia cho 0).`,
    en: (p: { text: string }) => `${quote(p.text)}: invalid multiple (a sign before "lần", or "giảm 0 lần": a division by zero).`,
  },
  badSeparatorOption: {
    vi: (_p: object) => `Tùy chọn ambiguousSeparator phải là 'refuse' hoặc 'whole'.`,
    en: (_p: object) => `The option ambiguousSeparator must be 'refuse' or 'whole'.`,
  },
  notObject: {
    vi: (p: { what: string; value: string }) => `${p.what} phải là một đối tượng (Money, Count, Percent, Ratio hoặc Quantity đã đọc; hay tùy chọn), nhận được ${p.value}.`,
    en: (p: { what: string; value: string }) => `${p.what} must be an object (a Money, Count, Percent, Ratio or parsed Quantity; or the options), got ${p.value}.`,
  },
  badDecimals: {
    vi: (p: { decimals: string }) => `Số chữ số thập phân ${p.decimals} phải là số nguyên từ 0 đến 20.`,
    en: (p: { decimals: string }) => `The number of decimals ${p.decimals} must be a whole number from 0 to 20.`,
  },
});
