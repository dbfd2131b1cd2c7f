import type { ErrorCode } from '../internal/errorCodes.js';
import { defineMessages, quote, type LocalizedText } from '../internal/messages.js';

/** Bilingual names of the JSON types zod reports, for messages. @internal */
export const TYPE_NAMES: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = Object.freeze({
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'giá trị đúng/sai', en: 'a boolean' },
  object: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'an array' },
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'không có giá trị', en: 'nothing' },
  NaN: { vi: 'NaN (không phải số)', en: 'NaN (not a number)' },
  Infinity: { vi: 'vô cực', en: 'Infinity' },
  fraction: { vi: 'số không nguyên', en: 'a number with a fraction' },
  bigint: { vi: 'số bigint', en: 'a bigint' },
  date: { vi: 'ngày', en: 'a date' },
  function: { vi: 'hàm', en: 'a function' },
  symbol: { vi: 'symbol', en: 'a symbol' },
});

function typeName(t: string, locale: 'vi' | 'en'): string {
  return TYPE_NAMES[t]?.[locale] ?? t;
}

function list(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'string' ? quote(v, 40) : String(v)));
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}

const SIZE_UNIT = {
  string: { vi: 'ký tự', en: 'characters' },
  array: { vi: 'phần tử', en: 'items' },
} as const;

type Bound = { origin: string; limit: string; inclusive: boolean };

function boundVi(p: Bound, small: boolean): string {
  const unit = SIZE_UNIT[p.origin as keyof typeof SIZE_UNIT];
  if (unit !== undefined) return `${small ? 'Cần ít nhất' : 'Chỉ được tối đa'} ${p.limit} ${unit.vi}.`;
  const op = small ? (p.inclusive ? '≥' : '>') : p.inclusive ? '≤' : '<';
  return `Giá trị phải ${op} ${p.limit}.`;
}

function boundEn(p: Bound, small: boolean): string {
  const unit = SIZE_UNIT[p.origin as keyof typeof SIZE_UNIT];
  if (unit !== undefined) return `${small ? 'Needs at least' : 'Allows at most'} ${p.limit} ${unit.en}.`;
  const op = small ? (p.inclusive ? '≥' : '>') : p.inclusive ? '≤' : '<';
  return `The value must be ${op} ${p.limit}.`;
}

/** The schema area's message catalogue: one bilingual message per kind of zod issue. @internal */
export const schemaMessages = defineMessages({
  missing: {
    vi: (p: { expected: string }) => `Thiếu trường bắt buộc (cần ${typeName(p.expected, 'vi')}).`,
    en: (p: { expected: string }) => `Required field is missing (expected ${typeName(p.expected, 'en')}).`,
  },
  invalidType: {
    vi: (p: { expected: string; received: string }) =>
      `Sai kiểu: cần ${typeName(p.expected, 'vi')}, nhận được ${typeName(p.received, 'vi')}.`,
    en: (p: { expected: string; received: string }) =>
      `Wrong type: expected ${typeName(p.expected, 'en')}, received ${typeName(p.received, 'en')}.`,
  },
  tooSmall: {
    vi: (p: Bound) => boundVi(p, true),
    en: (p: Bound) => boundEn(p, true),
  },
  tooBig: {
    vi: (p: Bound) => boundVi(p, false),
    en: (p: Bound) => boundEn(p, false),
  },
  invalidFormat: {
    vi: (p: { input: string; format: string }) => `${p.input} không đúng định dạng (${p.format}).`,
    en: (p: { input: string; format: string }) => `${p.input} does not have the required format (${p.format}).`,
  },
  notMultipleOf: {
    vi: (p: { divisor: string }) => `Giá trị phải là bội số của ${p.divisor}.`,
    en: (p: { divisor: string }) => `The value must be a multiple of ${p.divisor}.`,
  },
  unknownKey: {
    vi: (p: { key: string }) => `Trường ${quote(p.key, 40)} không được phép ở đây (đối tượng chặt chẽ: không nhận trường lạ).`,
    en: (p: { key: string }) => `Field ${quote(p.key, 40)} is not allowed here (strict object: unknown fields are rejected).`,
  },
  noDiscriminator: {
    vi: (p: { options: readonly unknown[] }) => `Giá trị phân loại không hợp lệ; cho phép: ${list(p.options)}.`,
    en: (p: { options: readonly unknown[] }) => `Invalid discriminator value; allowed: ${list(p.options)}.`,
  },
  invalidUnion: {
    vi: () => 'Giá trị không khớp với dạng nào được phép.',
    en: () => 'The value matches none of the allowed shapes.',
  },
  invalidValue: {
    vi: (p: { values: readonly unknown[] }) => `Giá trị không hợp lệ; cho phép: ${list(p.values)}.`,
    en: (p: { values: readonly unknown[] }) => `Invalid value; allowed: ${list(p.values)}.`,
  },
  invalidEntry: {
    vi: () => 'Khóa hoặc phần tử không hợp lệ.',
    en: () => 'Invalid key or element.',
  },
  invalid: {
    vi: () => 'Giá trị không hợp lệ.',
    en: () => 'Invalid value.',
  },
});

/**
 * Messages of the schema area's own formats, by the code a schema sets as its error
 * (`{ error: 'schema.id-format' }`). @internal
 */
export const KEYED_SCHEMA_MESSAGES: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = Object.freeze({
  'schema.ratio-format': Object.freeze({
    vi: 'Tỷ lệ phải là số thập phân không âm viết bằng dấu chấm (ví dụ "0.3") hoặc phân số "n/d".',
    en: 'A ratio must be a non-negative decimal written with "." (e.g. "0.3") or a fraction "n/d".',
  }),
  'schema.id-format': Object.freeze({
    vi: 'Mã định danh phải dài 1–64 ký tự, gồm chữ cái, chữ số và . _ / -, bắt đầu bằng chữ cái hoặc chữ số.',
    en: 'An id must be 1–64 characters of letters, digits and . _ / -, starting with a letter or digit.',
  }),
  'schema.blank': Object.freeze({
    vi: 'Không được để trống (chỉ có khoảng trắng).',
    en: 'Must not be blank (whitespace only).',
  }),
} satisfies Partial<Record<ErrorCode, LocalizedText>>);
