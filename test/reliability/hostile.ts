/**
 * Hostile inputs shared by the reliability tests: what spreadsheets typed by hand, OCR of scanned reports and
 * hostile form posts send. Not a test file (no `.test.ts` suffix).
 */
import { expect } from 'vitest';
import { KhuyenCongError, type IssuePath, type SafeParseResult } from '../../src/index.js';

/** Values of the wrong type for any field: what `JSON.parse` of a form post or a loose CSV reader can produce. */
export const WRONG_TYPES: readonly (readonly [string, unknown])[] = [
  ['undefined', undefined],
  ['null', null],
  ['number 42', 42],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['boolean', true],
  ['array', []],
  ['array of strings', ['01']],
  ['object', {}],
  ['null-prototype object', Object.create(null) as object],
  ['JSON {"toString": 1}', JSON.parse('{"toString": 1, "valueOf": 2}') as unknown],
  ['symbol', Symbol('x')],
  ['bigint', 10n ** 40n],
  ['function', () => 1],
  ['Date', new Date(Date.UTC(2025, 0, 1))],
];

/** Wrong types that are not strings (for fields that must be text). */
export const NON_STRINGS = WRONG_TYPES;

/** Text that is empty or blank, including the non-breaking spaces of word processors (U+00A0, U+202F). */
export const BLANK_TEXTS: readonly (readonly [string, string])[] = [
  ['empty', ''],
  ['spaces', '   '],
  ['tabs and newlines', '\t\n\r'],
  ['non-breaking spaces U+00A0/U+202F', '\u00a0\u202f\u00a0'],
  ['ideographic space and BOM', '\u3000\ufeff'],
];

/** Dates that are not real `YYYY-MM-DD` days. */
export const BAD_DATES: readonly string[] = [
  '2025-02-30',
  '2025-13-01',
  '2023-02-29',
  '2025-00-10',
  '2025-04-31',
  '',
  ' ',
  'yesterday',
  'hôm qua',
  '2025-2-3',
  '01/07/2025',
  '2025-07-01T00:00:00Z',
  '２０２５-０７-０１',
  '2025-07-01 ',
];

/** Keys that pollute `Object.prototype` when an object is merged naively. */
export const POLLUTING_JSON = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
] as const;

/** A text of `n` characters cycling through `unit`. */
export function longText(n: number, unit = 'a'): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** The string used as a 100 000-character input. */
export const HUGE = longText(100_000, 'Hà Nội 54,06 tỷ ');

/** Checks that an error is a {@link KhuyenCongError} whose every issue is bilingual, with a path, and returns it. */
export function expectBilingual(error: unknown): KhuyenCongError {
  expect(error).toBeInstanceOf(KhuyenCongError);
  const e = error as KhuyenCongError;
  expect(e.issues.length).toBeGreaterThan(0);
  for (const i of e.issues) {
    expect(i.code).toMatch(/^[a-z]+\.[a-z-]+$/);
    expect(i.message.vi.trim()).not.toBe('');
    expect(i.message.en.trim()).not.toBe('');
    // One language is not a copy of the other.
    expect(i.message.vi).not.toBe(i.message.en);
    expect(Array.isArray(i.path)).toBe(true);
    // A message stays readable whatever the input's length.
    expect(i.message.vi.length).toBeLessThan(2000);
    expect(i.message.en.length).toBeLessThan(2000);
  }
  return e;
}

/** Runs `fn`, expecting a bilingual {@link KhuyenCongError} with `code` (and `path` when given) as first issue. */
export function expectRejects(fn: () => unknown, code: string, path?: IssuePath): KhuyenCongError {
  let thrown: unknown;
  let returned: unknown;
  try {
    returned = fn();
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) throw new Error(`expected ${code}, got a result: ${safeJson(returned)}`);
  const e = expectBilingual(thrown);
  expect(e.issues.map((i) => i.code)).toContain(code);
  if (path !== undefined) expect(e.issues.find((i) => i.code === code)?.path).toEqual(path);
  return e;
}

/** Checks a `safeParseX` result: a failure with `code` (and `path`). */
export function expectSafeFailure(result: SafeParseResult<unknown>, code: string, path?: IssuePath): void {
  expect(result.success).toBe(false);
  if (result.success) return;
  const e = expectBilingual(result.error);
  expect(e.issues.map((i) => i.code)).toContain(code);
  if (path !== undefined) expect(e.issues.find((i) => i.code === code)?.path).toEqual(path);
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x))?.slice(0, 200) ?? String(v);
  } catch {
    return '[unserialisable]';
  }
}

/** Freezes a value and everything reachable from it (for "no function mutates its inputs"). */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) return;
    seen.add(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) walk(d.value);
    }
    Object.freeze(v);
  };
  walk(value);
  return value;
}

/** A structural copy for comparing before/after (Ratio and other class instances compared by their fields). */
export function snapshot(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x instanceof Map ? { map: [...x.entries()] } : x)) ?? 'null',
  ) as unknown;
}
