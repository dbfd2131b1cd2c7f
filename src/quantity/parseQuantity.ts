import { fail, toSafe, type SafeParseResult } from '../internal/errors.js';
import { text, type LocalizedText } from '../internal/messages.js';
import { readOption } from '../internal/plain.js';
import { valueKind } from '../internal/showValue.js';
import { absRat, add, cmp, div, max, min, mul, neg, R0, R1, rat, sub, type Rat } from '../internal/rational.js';
import { scaledRatio } from './exact.js';
import type { Bound, Interval } from './Interval.js';
import { quantityMessages as M } from './messages.js';
import { MAX_MONEY_DONG } from './Money.js';
import type { Direction, Qualifier, Quantity, QuantityKind, QuantityRange, QuantityWarning } from './Quantity.js';
import { isRatio, Ratio, ratio } from './Ratio.js';
import { fromRat } from '../internal/ratio.js';
import { toRat } from '../internal/rational.js';
import { MONEY_SCALES, type MoneyScale } from './scales.js';
import { COUNT_UNITS, type CountUnit } from './units.js';

/** The longest text {@link parseQuantity} reads, in UTF-16 code units. @category Quantities */
export const MAX_QUANTITY_TEXT_LENGTH = 1000;

/** The most significant digits a written number may have. @category Quantities */
export const MAX_QUANTITY_DIGITS = 30;

/** Default half-width of "khoảng", "ước", "xấp xỉ": 10% of the stated value. @category Quantities */
export const DEFAULT_ABOUT_TOLERANCE: Ratio = ratio('0.1');

/** Default depth of "gần": up to 10% below the stated value. @category Quantities */
export const DEFAULT_NEARLY_TOLERANCE: Ratio = ratio('0.1');

/** Options of {@link parseQuantity}. @category Quantities */
export interface ParseQuantityOptions {
  /**
   * The relative half-width w of "khoảng", "ước", "ước tính", "xấp xỉ" x: the interval is
   * [x(1 − w), x(1 + w)] joined with the precision interval. A ratio from 0 to 1 (a {@link Ratio} or a decimal
   * string such as `'0.1'`); {@link DEFAULT_ABOUT_TOLERANCE} (10%) by default.
   */
  readonly aboutTolerance?: Ratio | string;
  /**
   * How far below x "gần" x may be, relative to x: the interval is [x(1 − w), x] (its lower end at most the
   * precision interval's). A ratio from 0 to 1; {@link DEFAULT_NEARLY_TOLERANCE} (10%) by default.
   */
  readonly nearlyTolerance?: Ratio | string;
  /**
   * What to do with a count or an amount in đồng written with a comma and exactly three digits after it
   * ("1,200 người", "1,500 đồng"): as a decimal it is impossible (a fraction of a person or of a đồng), as an
   * English thousands separator it is a whole number. `'refuse'` (default): the error
   * `quantity.ambiguous-separator` naming both readings. `'whole'`: the whole-number reading, with a
   * `quantity.whole-reading` warning on the result ({@link Quantity.warnings}).
   */
  readonly ambiguousSeparator?: 'refuse' | 'whole';
}

// ---------------------------------------------------------------------------------------------------------
// Word tables (built once, frozen).

type BoundQualifier = Exclude<Qualifier, 'planned'>;

interface PrefixWord {
  readonly qualifier?: Qualifier;
  readonly direction?: Direction;
  readonly multiple?: true;
}

const PREFIX_WORDS: ReadonlyMap<string, PrefixWord> = new Map<string, PrefixWord>([
  ['hơn', { qualifier: 'more-than' }],
  ['trên', { qualifier: 'more-than' }],
  // "nhiều hơn 200 người" is "more than 200 people", "ít hơn 5 tỷ" is "less than 5 tỷ": bounds, not changes.
  ['nhiều hơn', { qualifier: 'more-than' }],
  ['dưới', { qualifier: 'less-than' }],
  ['ít hơn', { qualifier: 'less-than' }],
  ['gần', { qualifier: 'nearly' }],
  ['khoảng', { qualifier: 'about' }],
  ['ước', { qualifier: 'about' }],
  ['ước tính', { qualifier: 'about' }],
  ['xấp xỉ', { qualifier: 'about' }],
  ['ít nhất', { qualifier: 'at-least' }],
  ['tối thiểu', { qualifier: 'at-least' }],
  ['tối đa', { qualifier: 'at-most' }],
  ['không quá', { qualifier: 'at-most' }],
  // "lên đến 120 triệu đồng", "lên tới …": up to, an upper bound (issue 17).
  ['lên đến', { qualifier: 'at-most' }],
  ['lên tới', { qualifier: 'at-most' }],
  ['dự kiến', { qualifier: 'planned' }],
  ['kế hoạch', { qualifier: 'planned' }],
  ['tăng', { direction: 'increase' }],
  ['cao hơn', { direction: 'increase' }],
  ['giảm', { direction: 'decrease' }],
  ['thấp hơn', { direction: 'decrease' }],
  ['gấp', { multiple: true }],
  // Fillers that add no meaning: "ít nhất là 2", "đạt 1,42 tỷ", "ước đạt".
  ['là', {}],
  ['đạt', {}],
]);

type UnitInfo =
  | { readonly kind: 'money'; readonly scale: MoneyScale; readonly exponent: number }
  | { readonly kind: 'count'; readonly unit: CountUnit }
  | { readonly kind: 'percent' }
  | { readonly kind: 'number'; readonly multiple: boolean };

function buildUnits(): ReadonlyMap<string, UnitInfo> {
  const units = new Map<string, UnitInfo>();
  units.set('', { kind: 'number', multiple: false });
  units.set('lần', { kind: 'number', multiple: true });
  units.set('%', { kind: 'percent' });
  units.set('phần trăm', { kind: 'percent' });
  const scaleSpellings: readonly (readonly [string, MoneyScale])[] = [
    ['', 'đồng'],
    ['nghìn', 'nghìn'],
    ['ngàn', 'nghìn'],
    ['triệu', 'triệu'],
    ['tỷ', 'tỷ'],
    ['tỉ', 'tỷ'],
    ['nghìn tỷ', 'nghìn tỷ'],
    ['ngàn tỷ', 'nghìn tỷ'],
    ['nghìn tỉ', 'nghìn tỷ'],
    ['ngàn tỉ', 'nghìn tỷ'],
  ];
  for (const [spelling, scale] of scaleSpellings) {
    for (const currency of ['', 'đồng', 'vnđ', 'vnd', 'đ']) {
      const key = spelling === '' || currency === '' ? spelling + currency : `${spelling} ${currency}`;
      if (key !== '') units.set(key, { kind: 'money', scale, exponent: MONEY_SCALES[scale].exponent });
    }
  }
  for (const [unit, def] of Object.entries(COUNT_UNITS)) {
    for (const spelling of def.vi) units.set(spelling.toLowerCase(), { kind: 'count', unit: unit as CountUnit });
  }
  return units;
}

const UNITS = buildUnits();
/** The unit of a number with no word after it. */
const NUMBER_UNIT = UNITS.get('') as UnitInfo;

/**
 * Strings by length and first char code, to find the text between two indices of the input in a table without
 * slicing it (no string is made, none is hashed). Only exact spellings are found; the caller folds the text
 * ({@link canon}) when this misses.
 */
type Probe<T> = Map<number, [string, T][]>;

function probeAdd<T>(p: Probe<T>, word: string, value: T): void {
  const key = word.length * 0x10000 + word.charCodeAt(0);
  const bucket = p.get(key);
  if (bucket === undefined) p.set(key, [[word, value]]);
  else bucket.push([word, value]);
}

/** The value of the table's word equal to `s` from `from` to `to` (`from < to`), or undefined. */
function probe<T>(p: Probe<T>, s: string, from: number, to: number): T | undefined {
  const bucket = p.get((to - from) * 0x10000 + s.charCodeAt(from));
  if (bucket !== undefined) {
    for (let k = 0; k < bucket.length; k++) {
      const entry = bucket[k] as [string, T];
      if (s.startsWith(entry[0], from)) return entry[1];
    }
  }
  return undefined;
}

const UNIT_PROBE: Probe<UnitInfo> = new Map();
for (const [word, info] of UNITS) if (word !== '') probeAdd(UNIT_PROBE, word, info);

// ---------------------------------------------------------------------------------------------------------
// Character classes over char codes (ASCII, full-width forms and Unicode spaces).

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isDot = (c: number): boolean => c === 0x2e || c === 0xff0e;
const isComma = (c: number): boolean => c === 0x2c || c === 0xff0c;
const isSlash = (c: number): boolean => c === 0x2f || c === 0xff0f;
const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0xff0d;
const isPlus = (c: number): boolean => c === 0x2b || c === 0xff0b;
const isTrailingPunctuation = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;

/** The text between `from` and `to`, lower-cased, spaces of every kind collapsed to one, trimmed, full-width forms folded. */
function canon(s: string, from: number, to: number): string {
  let simple = true;
  let prevSpace = true;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) simple = false;
      prevSpace = true;
    } else if (c >= 0xff00 || isSpace(c) || (c >= 0x300 && c <= 0x36f)) {
      simple = false;
      break;
    } else {
      prevSpace = false;
    }
  }
  if (simple && !prevSpace) return s.slice(from, to).toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII forms
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(c);
  }
  // Decomposed (NFD) Vietnamese is composed here: only words need it, digits and marks are unaffected.
  return out.normalize('NFC').toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Numbers.

interface NumberToken {
  /** The digits as an integer (the decimal point removed). */
  readonly c: number | bigint;
  /** Significant digits (leading zeros not counted). */
  readonly sig: number;
  /** Digits after the decimal comma. */
  readonly dec: number;
  /** Digits before the decimal comma (separators not counted). */
  readonly intDigits: number;
  /** Whether a dot grouped thousands. */
  readonly grouped: boolean;
  /** Whether the number starts with the digit 0. */
  readonly lead0: boolean;
  readonly start: number;
  readonly end: number;
}

/** Scans a Vietnamese number at `i` (a digit): dot-grouped thousands, an optional decimal comma. */
function scanNumber(s: string, i: number, end: number, input: string): NumberToken {
  const start = i;
  const lead0 = digitAt(s, i) === 0;
  let intDigits = 0;
  let c: number | bigint = 0;
  let sig = 0;
  let dec = 0;
  let groupLength = 0;
  let grouped = false;
  let inDecimals = false;
  while (i < end) {
    const d = digitAt(s, i);
    if (d >= 0) {
      if (sig > 0 || d > 0) {
        sig += 1;
        if (typeof c === 'number' && sig <= 15) c = c * 10 + d;
        else c = BigInt(c) * 10n + BigInt(d);
      }
      if (inDecimals) dec += 1;
      else {
        groupLength += 1;
        intDigits += 1;
      }
      i += 1;
      continue;
    }
    const code = s.charCodeAt(i);
    if (isDot(code) && i + 1 < end && digitAt(s, i + 1) >= 0) {
      // A dot groups thousands: exactly 3 digits after it, at most 3 in the leading group, never in decimals.
      if (inDecimals || (grouped ? groupLength !== 3 : groupLength > 3)) fail('quantity.bad-grouping', M.badGrouping({ text: input }));
      let k = 1;
      while (k <= 4 && i + k < end && digitAt(s, i + k) >= 0) k += 1;
      if (k !== 4) fail('quantity.bad-grouping', M.badGrouping({ text: input }));
      // A thousands group never follows a leading 0 ("0.500", "00.500", "0.050"): the dot can only be an English
      // decimal point, which the library does not guess.
      if (!grouped && lead0) ambiguousDot(s, start, end, input);
      grouped = true;
      groupLength = 0;
      i += 1;
      continue;
    }
    if (isComma(code) && i + 1 < end && digitAt(s, i + 1) >= 0) {
      if (inDecimals) fail('quantity.two-decimal-commas', M.twoDecimalCommas({ text: input }));
      inDecimals = true;
      i += 1;
      continue;
    }
    break;
  }
  if (sig > MAX_QUANTITY_DIGITS) {
    fail('quantity.too-large', M.tooLarge({ text: input, limit: text(`${MAX_QUANTITY_DIGITS} chữ số có nghĩa`, `${MAX_QUANTITY_DIGITS} significant digits`) }));
  }
  return { c, sig, dec, intDigits, grouped, lead0, start, end: i };
}

/** Refuses "0.500": names the English-decimal reading ("0,500") and the grouped one ("500"). */
function ambiguousDot(s: string, start: number, end: number, input: string): never {
  let i = start;
  let digits = '';
  let decimal = '';
  let dots = 0;
  while (i < end && i - start < 40) {
    const d = digitAt(s, i);
    const code = s.charCodeAt(i);
    if (d >= 0) {
      digits += String(d);
      if (dots < 2) decimal += String(d);
    } else if (isDot(code)) {
      if (dots === 0) decimal += ',';
      dots += 1;
    } else break;
    i += 1;
  }
  const whole = digits.replace(/^0+(?=\d)/, '');
  const vi = M.ambiguousDot({ text: input, decimal, whole }).vi;
  const en = M.ambiguousDot({ text: input, decimal: decimal.replace(',', '.'), whole }).en;
  return fail('quantity.ambiguous-separator', text(vi, en));
}

const MONEY_LIMIT = text('9.007.199.254.740.991 đồng', '9,007,199,254,740,991 đồng');
const COUNT_LIMIT = text('9.007.199.254.740.991', '9,007,199,254,740,991');

/** Throws when c × 10^e exceeds the largest safe integer (money and counts must fit). */
function checkSafe(t: NumberToken, e: number, input: string, limit: LocalizedText): void {
  if (t.sig + e <= 15) return; // below 10^15
  const v = e >= 0 ? BigInt(t.c) * 10n ** BigInt(e) : BigInt(t.c) / 10n ** BigInt(-e);
  if (v > BigInt(MAX_MONEY_DONG) || (v === BigInt(MAX_MONEY_DONG) && e < 0 && BigInt(t.c) % 10n ** BigInt(-e) !== 0n)) {
    fail('quantity.too-large', M.tooLarge({ text: input, limit }));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Intervals.

const EMPTY_QUALIFIERS: readonly Qualifier[] = Object.freeze([]);
/** The largest coefficient the fast path takes: 22c + 10 stays within 2^53. */
const FAST_MAX = 4e14;
const HALF_UNITS = new Map<number, Ratio>();

function halfUnit(e: number): Ratio {
  let h = HALF_UNITS.get(e);
  if (h === undefined) {
    h = scaledRatio(1, e, 2);
    HALF_UNITS.set(e, h);
  }
  return h;
}

function bound(value: Ratio, open: boolean): Bound {
  return Object.freeze({ value, open });
}

interface RawInterval {
  lo: Rat | null;
  loOpen: boolean;
  hi: Rat | null;
  hiOpen: boolean;
}

/** {@link DEFAULT_ABOUT_TOLERANCE} and {@link DEFAULT_NEARLY_TOLERANCE} as internal rationals, read once. */
const ABOUT_RAT: Rat = toRat(DEFAULT_ABOUT_TOLERANCE);
const NEARLY_RAT: Rat = toRat(DEFAULT_NEARLY_TOLERANCE);

function tolerance(option: Ratio | string | undefined, fallback: Rat, name: string): Rat {
  if (option === undefined) return fallback;
  let r: Rat | undefined;
  if (isRatio(option)) r = toRat(option);
  else if (typeof option === 'string' && /^\d{1,20}(?:\.\d{1,20})?$/.test(option)) r = toRat(ratio(option));
  if (r === undefined || cmp(r, R0) < 0 || cmp(r, R1) > 0) fail('quantity.bad-option', M.badTolerance({ option: name }), [name]);
  return r;
}

/**
 * The interval of a written value or range [lo, hi] (signed, lo = hi except for ranges) with precision halves,
 * as its qualifier bounds it. The qualifier applies to the number as written, sign included: "hơn -5%" is
 * above −5%. The tolerances of khoảng and gần are relative to the size |x|; "gần" is a little smaller in size.
 */
function qualifiedInterval(
  lo: Rat,
  hLo: Rat,
  hi: Rat,
  hHi: Rat,
  q: BoundQualifier | undefined,
  options: ParseQuantityOptions,
): RawInterval {
  switch (q) {
    case 'more-than':
      return { lo: hi, loOpen: true, hi: null, hiOpen: false };
    case 'less-than':
      return { lo: null, loOpen: false, hi: lo, hiOpen: true };
    case 'at-least':
      return { lo: hi, loOpen: false, hi: null, hiOpen: false };
    case 'at-most':
      return { lo: null, loOpen: false, hi: add(hi, hHi), hiOpen: false };
    case 'nearly': {
      const w = tolerance(options.nearlyTolerance, NEARLY_RAT, 'nearlyTolerance');
      if (lo.n < 0n) return { lo, loOpen: false, hi: max(mul(lo, sub(R1, w)), add(lo, hLo)), hiOpen: false };
      return { lo: min(mul(lo, sub(R1, w)), sub(lo, hLo)), loOpen: false, hi, hiOpen: false };
    }
    case 'about': {
      const w = tolerance(options.aboutTolerance, ABOUT_RAT, 'aboutTolerance');
      return {
        lo: min(sub(lo, mul(absRat(lo), w)), sub(lo, hLo)),
        loOpen: false,
        hi: max(add(hi, mul(absRat(hi), w)), add(hi, hHi)),
        hiOpen: false,
      };
    }
    default:
      return { lo: sub(lo, hLo), loOpen: false, hi: add(hi, hHi), hiOpen: false };
  }
}

// ---------------------------------------------------------------------------------------------------------
// The parser.

interface Prefix {
  readonly qualifiers: Qualifier[];
  bound: BoundQualifier | undefined;
  direction: Direction | undefined;
  multiple: boolean;
}

/**
 * The prefixes read so far, by their folded words: a prefix depends only on its words, so a repeated one
 * ("khoảng", "hơn", "tăng") is read once. Only readings that succeed are kept, frozen, at most
 * {@link MAX_CACHED_PREFIXES} of them (a bound on memory whatever the input).
 */
const PREFIXES = new Map<string, Prefix>();
/** The same readings, found in the input without folding it when it is written as its folded words. */
const PREFIX_PROBE: Probe<Prefix> = new Map();
const MAX_CACHED_PREFIXES = 256;

function readPrefix(words: string, input: string): Prefix {
  const known = PREFIXES.get(words);
  if (known !== undefined) return known;
  const out = readPrefixWords(words, input);
  Object.freeze(out.qualifiers);
  /* c8 ignore next 4 -- the cap only bounds memory: tests read far fewer than 256 distinct prefixes */
  if (PREFIXES.size < MAX_CACHED_PREFIXES) {
    PREFIXES.set(words, Object.freeze(out));
    probeAdd(PREFIX_PROBE, words, out);
  }
  return out;
}

function readPrefixWords(words: string, input: string): Prefix {
  const out: Prefix = { qualifiers: [], bound: undefined, direction: undefined, multiple: false };
  const list = words.split(' ');
  for (let i = 0; i < list.length; ) {
    const w1 = list[i] as string;
    const two = i + 1 < list.length ? `${w1} ${list[i + 1] as string}` : undefined;
    let word = two === undefined ? undefined : PREFIX_WORDS.get(two);
    let used = 2;
    if (word === undefined) {
      word = PREFIX_WORDS.get(w1);
      used = 1;
    }
    if (word === undefined) fail('quantity.unknown-word', M.unknownWord({ text: input, word: w1 }));
    const conflict = (): never => fail('quantity.conflicting-qualifiers', M.conflictingQualifiers({ text: input }));
    if (word.qualifier === 'planned') {
      if (!out.qualifiers.includes('planned')) out.qualifiers.push('planned');
    } else if (word.qualifier !== undefined) {
      if (out.bound !== undefined) conflict();
      out.bound = word.qualifier;
      out.qualifiers.push(word.qualifier);
    }
    if (word.direction !== undefined) {
      if (out.direction !== undefined) conflict();
      out.direction = word.direction;
    }
    if (word.multiple === true) out.multiple = true;
    i += used;
  }
  return out;
}

function lookupUnit(unitText: string, input: string): { info: UnitInfo; per: CountUnit | undefined } {
  const info = UNITS.get(unitText);
  if (info !== undefined) return { info, per: undefined };
  const slash = unitText.indexOf('/');
  if (slash > 0) {
    const head = UNITS.get(unitText.slice(0, slash).trim());
    let tail = unitText.slice(slash + 1).trim();
    if (tail.startsWith('1 ')) tail = tail.slice(2);
    else if (tail.startsWith('01 ')) tail = tail.slice(3);
    else if (tail.startsWith('mỗi ')) tail = tail.slice(4);
    const per = UNITS.get(tail);
    if (head !== undefined && head.kind !== 'number' && per !== undefined && per.kind === 'count') return { info: head, per: per.unit };
  }
  return fail('quantity.unknown-unit', M.unknownUnit({ text: input, unit: unitText }));
}

/**
 * Count units whose amounts may be fractional (durations). Every other count unit counts discrete things
 * (people, establishments, đề án…), which are whole. Units of measure added to {@link COUNT_UNITS} (tấn, m²…)
 * belong here.
 */
/**
 * Count units that may be fractional: years, and measures (tonnes, square and cubic metres, litres). Every other
 * count (people, establishments, đề án, …) must be whole. A measure is read in Vietnamese notation like an
 * amount with a scale ("1,5 tấn" is 1.5 tonnes).
 */
const FRACTIONAL_COUNT_UNITS: ReadonlySet<CountUnit> = new Set<CountUnit>(['year', 'tonne', 'square-metre', 'cubic-metre', 'litre']);

/** Whether c × 10^e is an integer. */
function isWhole(c: number | bigint, e: number): boolean {
  if (e >= 0) return true;
  return BigInt(c) % 10n ** BigInt(-e) === 0n;
}

/** The number as written (for messages), at most 40 characters. */
function numberText(s: string, t: NumberToken): string {
  return s.slice(t.start, Math.min(t.end, t.start + 40));
}

/** The ambiguous-comma refusal, each language with its own number notation. */
function ambiguousComma(input: string, decimal: LocalizedText, whole: LocalizedText, what: LocalizedText): LocalizedText {
  const vi = M.ambiguousComma({ text: input, decimal: decimal.vi, whole: whole.vi, what: what.vi }).vi;
  const en = M.ambiguousComma({ text: input, decimal: decimal.en, whole: whole.en, what: what.en }).en;
  return text(vi, en);
}

/** Whether a number is "1,200": a comma and exactly three digits, no dot, no leading 0, at most three digits before. */
function isAmbiguousComma(t: NumberToken): boolean {
  return t.dec === 3 && !t.grouped && !t.lead0 && t.intDigits <= 3;
}

/**
 * A count or an amount in đồng written "1,200": refused (`quantity.ambiguous-separator`, both readings named),
 * or, with `{ ambiguousSeparator: 'whole' }`, read as the whole number with a warning pushed to `warnings`.
 */
function settleComma(s: string, t: NumberToken, kind: QuantityKind, input: string, options: ParseQuantityOptions | undefined, warnings: QuantityWarning[]): NumberToken {
  const what = kind === 'money' ? text('số tiền đồng', 'an amount in đồng') : text('số lượng', 'a count');
  const written = numberText(s, t);
  const digits = written.replace(/[^0-9\uff10-\uff19]/g, '');
  const wholeText = text(written.replace(/[,\uff0c]/, '.'), digits);
  if (options?.ambiguousSeparator !== 'whole') {
    fail('quantity.ambiguous-separator', ambiguousComma(input, text(written, written.replace(/[,\uff0c]/, '.')), wholeText, what));
  }
  const warning = text(M.wholeReading({ text: input, whole: wholeText.vi }).vi, M.wholeReading({ text: input, whole: wholeText.en }).en);
  warnings.push(Object.freeze({ code: 'quantity.whole-reading', message: warning }));
  return { ...t, dec: 0, intDigits: t.intDigits + 3 };
}

/** The options read once, each inside a guard (`input.unreadable` for a getter that throws or a revoked Proxy). */
function readOptions(options: unknown): ParseQuantityOptions | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of ['aboutTolerance', 'nearlyTolerance', 'ambiguousSeparator'] as const) {
    const v = readOption(options, k);
    if (v !== undefined) out[k] = v;
  }
  return out as ParseQuantityOptions;
}

function parseCore(input: unknown, rawOptions: ParseQuantityOptions | undefined, fast = true): Quantity {
  // `null` from a JavaScript caller means "no options", like `undefined`; options are read once, guarded.
  const options = rawOptions === undefined || rawOptions === null ? undefined : readOptions(rawOptions);
  if (options !== undefined) {
    if (options.aboutTolerance !== undefined) tolerance(options.aboutTolerance, ABOUT_RAT, 'aboutTolerance');
    if (options.nearlyTolerance !== undefined) tolerance(options.nearlyTolerance, NEARLY_RAT, 'nearlyTolerance');
    const sep: unknown = options.ambiguousSeparator;
    if (sep !== undefined && sep !== 'refuse' && sep !== 'whole') fail('quantity.bad-option', M.badSeparatorOption({}), ['ambiguousSeparator']);
  }
  if (typeof input !== 'string') {
    fail('quantity.not-string', M.notString({ type: valueKind(input) }));
  }
  if (input.length > MAX_QUANTITY_TEXT_LENGTH) {
    fail('quantity.too-long', M.tooLong({ length: input.length, max: MAX_QUANTITY_TEXT_LENGTH }));
  }
  const s = input as string;
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start += 1;
  while (end > start && (isSpace(s.charCodeAt(end - 1)) || isTrailingPunctuation(s.charCodeAt(end - 1)))) end -= 1;
  if (start === end) fail('quantity.empty', M.empty({}));

  let i0 = start;
  while (i0 < end && digitAt(s, i0) < 0) i0 += 1;
  if (i0 === end) fail('quantity.no-number', M.noNumber({ text: input }));

  let sign = 0;
  let prefixEnd = i0;
  if (i0 > start) {
    const c = s.charCodeAt(i0 - 1);
    if (isDash(c)) sign = -1;
    else if (isPlus(c)) sign = 1;
    if (sign !== 0) prefixEnd = i0 - 1;
  }
  let prefix: Prefix | undefined;
  if (prefixEnd > start) {
    // A prefix written as already read ("khoảng ", "hơn ") is found without folding it.
    let words = prefixEnd;
    while (words > start && s.charCodeAt(words - 1) === 0x20) words -= 1;
    prefix = fast ? probe(PREFIX_PROBE, s, start, words) : undefined;
    // Never empty: the text starts with a character that is not a space.
    prefix ??= readPrefix(canon(s, start, prefixEnd), input);
  }
  if (sign !== 0 && prefix?.direction !== undefined) fail('quantity.conflicting-qualifiers', M.conflictingQualifiers({ text: input }));

  const first = scanNumber(s, i0, end, input);
  let j = first.end;
  let second: NumberToken | undefined;
  let sign2 = 0;
  let total: NumberToken | undefined;
  if (j + 1 < end && isSlash(s.charCodeAt(j)) && digitAt(s, j + 1) >= 0) {
    total = scanNumber(s, j + 1, end, input);
    j = total.end;
  } else {
    let k = j;
    while (k < end && isSpace(s.charCodeAt(k))) k += 1;
    if (k < end && isDash(s.charCodeAt(k))) {
      k += 1;
      while (k < end && isSpace(s.charCodeAt(k))) k += 1;
      // The second end has its own sign ("-10 - -5%"); the first end's sign is not carried over ("-5 - 10%").
      if (k + 1 < end && (isDash(s.charCodeAt(k)) || isPlus(s.charCodeAt(k))) && digitAt(s, k + 1) >= 0) {
        sign2 = isDash(s.charCodeAt(k)) ? -1 : 1;
        k += 1;
      }
      if (k < end && digitAt(s, k) >= 0) {
        second = scanNumber(s, k, end, input);
        j = second.end;
      } else sign2 = 0;
    }
  }
  while (j < end && s.charCodeAt(j) === 0x20) j += 1;
  // Fast path: the unit is usually written exactly as in the table ("tỷ đồng"); otherwise fold it first.
  let info = j === end ? NUMBER_UNIT : fast ? probe(UNIT_PROBE, s, j, end) : undefined;
  let per: CountUnit | undefined;
  if (info === undefined) {
    const found = lookupUnit(canon(s, j, end), input);
    info = found.info;
    per = found.per;
  }

  const multiple = info.kind === 'number' && info.multiple;
  if (prefix?.multiple === true && !multiple) fail('quantity.multiple-needs-lan', M.multipleNeedsLan({ text: input }));
  if (multiple && (sign < 0 || sign2 < 0)) fail('quantity.bad-multiple', M.badMultiple({ text: input }));
  if (sign2 !== 0 && prefix?.direction !== undefined) fail('quantity.conflicting-qualifiers', M.conflictingQualifiers({ text: input }));

  const kind: QuantityKind = info.kind;
  let shift = 0;
  if (info.kind === 'money') shift = info.exponent;
  else if (info.kind === 'percent') shift = -2;

  // "x/y" is "x out of y" before a count noun ("28/28 tỉnh"); elsewhere it may be a fraction: refused.
  if (total !== undefined) {
    if (info.kind !== 'count' || per !== undefined) {
      fail('quantity.ambiguous-fraction', M.ambiguousFraction({ text: input, x: numberText(s, first), y: numberText(s, total) }));
    }
    if (first.dec > 0 || total.dec > 0 || cmp(toRat(scaledRatio(first.c, 0)), toRat(scaledRatio(total.c, 0))) > 0) {
      fail('quantity.bad-fraction', M.badFraction({ text: input }));
    }
  }

  // Counts of discrete things and amounts in đồng are whole: a comma with three digits after it is then an
  // English thousands separator or a mistake (refused unless the caller opts in), any other fraction refused.
  let warnings: QuantityWarning[] | undefined;
  const whole = per === undefined && ((info.kind === 'count' && !FRACTIONAL_COUNT_UNITS.has(info.unit)) || info.kind === 'money');
  const separatorCheck = (info.kind === 'count' && !FRACTIONAL_COUNT_UNITS.has(info.unit)) || (info.kind === 'money' && shift === 0);
  let n1 = first;
  let n2 = second;
  if (separatorCheck && isAmbiguousComma(first)) {
    warnings = [];
    n1 = settleComma(s, first, info.kind, input, options, warnings);
  }
  if (separatorCheck && second !== undefined && isAmbiguousComma(second)) {
    warnings ??= [];
    n2 = settleComma(s, second, info.kind, input, options, warnings);
  }
  const e1 = shift - n1.dec;

  if (info.kind === 'money' || info.kind === 'count') {
    const limit = info.kind === 'money' ? MONEY_LIMIT : COUNT_LIMIT;
    checkSafe(n1, e1, input, limit);
    if (n2 !== undefined) checkSafe(n2, shift - n2.dec, input, limit);
    if (total !== undefined) checkSafe(total, shift - total.dec, input, limit);
  }
  if (whole && (!isWhole(n1.c, e1) || (n2 !== undefined && !isWhole(n2.c, shift - n2.dec)))) {
    fail(info.kind === 'money' ? 'quantity.not-whole-dong' : 'quantity.not-whole-count', info.kind === 'money' ? M.fractionalDong({ text: input }) : M.fractionalCount({ text: input }));
  }

  const direction: Direction | undefined = prefix?.direction;
  const decrease = direction === 'decrease';
  const signed = sign !== 0 || sign2 !== 0 || direction !== undefined;
  const boundQ = prefix?.bound;
  // Amounts and counts are never negative, and the size of a stated change (tăng, giảm) is never negative.
  const clipAtZero = direction !== undefined || (!signed && (kind === 'money' || kind === 'count'));

  let value: Ratio;
  let interval: Interval;
  let range: QuantityRange | undefined;
  let decimals = n1.dec;
  let half = halfUnit(e1);

  const c1 = n1.c;
  if (
    fast &&
    n2 === undefined &&
    !(decrease && multiple) &&
    typeof c1 === 'number' &&
    c1 <= FAST_MAX &&
    (boundQ !== 'about' || options?.aboutTolerance === undefined) &&
    (boundQ !== 'nearly' || options?.nearlyTolerance === undefined)
  ) {
    // Fast path: one written number, default tolerances. In units u = 10^(e − 1) / 2 (a twentieth of a unit of
    // the last written digit) every end is a whole number: the value V = ±20c, half a unit 10, a tenth of the
    // size (the default tolerance) 2c; at most 22c + 10 ≤ 2^53, so doubles hold them exactly. Every end is even
    // (so e / 2 is whole and its ratio a power of ten over 1 before reduction). Each end is what
    // `qualifiedInterval` computes on rationals (test/quantity/fastPath.prop.test.ts compares the two).
    const v = sign < 0 ? -20 * c1 : 20 * c1;
    let lo: number | null = v - 10;
    let hi: number | null = v + 10;
    let loOpen = false;
    let hiOpen = false;
    if (boundQ === 'more-than' || boundQ === 'at-least') {
      lo = v;
      loOpen = boundQ === 'more-than';
      hi = null;
    } else if (boundQ === 'less-than') {
      lo = null;
      hi = v;
      hiOpen = true;
    } else if (boundQ === 'at-most') lo = null;
    else if (boundQ === 'nearly') {
      if (v < 0) {
        lo = v;
        hi = Math.max(v + 2 * c1, v + 10);
      } else {
        lo = Math.min(v - 2 * c1, v - 10);
        hi = v;
      }
    } else if (boundQ === 'about') {
      lo = Math.min(v - 2 * c1, v - 10);
      hi = Math.max(v + 2 * c1, v + 10);
    }
    if (clipAtZero && (lo === null || lo < 0)) {
      lo = 0;
      loOpen = false;
    }
    if (decrease) {
      // A decrease mirrors the size of the change (clipped at zero above, so its lower end is set).
      const l = lo as number;
      lo = hi === null ? null : -hi;
      hi = -l;
      const o = loOpen;
      loOpen = hiOpen;
      hiOpen = o;
    }
    const w = decrease ? -v : v;
    value = scaledRatio(w / 20, e1);
    // An end at the value itself ("hơn 75") is the value's Ratio (immutable, so shared).
    interval = Object.freeze({
      lo: lo === null ? null : bound(lo === w ? value : scaledRatio(lo / 2, e1 - 1), loOpen),
      hi: hi === null ? null : bound(hi === w ? value : scaledRatio(hi / 2, e1 - 1), hiOpen),
    });
  } else {
    // Each written number carries its own sign ("-5 - 10%" is −5 to 10); the qualifier bounds the signed number.
    const loAbs = toRat(scaledRatio(n1.c, e1));
    const loR = sign < 0 ? neg(loAbs) : loAbs;
    const hLo = toRat(half);
    let hiR = loR;
    let hHi = hLo;
    if (n2 !== undefined) {
      const e2 = shift - n2.dec;
      const hiAbs = toRat(scaledRatio(n2.c, e2));
      hiR = sign2 < 0 ? neg(hiAbs) : hiAbs;
      hHi = toRat(halfUnit(e2));
      if (cmp(hiR, loR) < 0 || (boundQ !== undefined && boundQ !== 'about')) fail('quantity.bad-range', M.badRange({ text: input }));
      decimals = Math.max(n1.dec, n2.dec);
      half = halfUnit(Math.max(e1, e2));
    }
    const raw = qualifiedInterval(loR, hLo, hiR, hHi, boundQ, options ?? {});
    if (clipAtZero && (raw.lo === null || cmp(raw.lo, R0) < 0)) {
      raw.lo = R0;
      raw.loOpen = false;
    }
    let mid = n2 === undefined ? loR : mul(add(loR, hiR), rat(1n, 2n));
    let ends: [Rat, Rat] = [loR, hiR];
    if (decrease && multiple) {
      // "giảm 3,5 lần" divides by 3,5: the factor is 1/3,5, and its interval the reciprocal of the written one.
      if (mid.n === 0n || loR.n === 0n) fail('quantity.bad-multiple', M.badMultiple({ text: input }));
      mid = div(R1, mid);
      ends = [div(R1, hiR), div(R1, loR)];
      // A change is clipped at zero above, so its lower end is set; 1/0 is an unbounded upper end.
      const { hi, loOpen, hiOpen } = raw;
      const lo = raw.lo as Rat;
      raw.lo = hi === null ? R0 : div(R1, hi);
      raw.loOpen = hi === null ? true : hiOpen;
      raw.hi = lo.n === 0n ? null : div(R1, lo);
      raw.hiOpen = lo.n === 0n ? false : loOpen;
    } else if (decrease) {
      // A decrease mirrors the size of the change.
      mid = neg(mid);
      ends = [neg(hiR), neg(loR)];
      // A change is clipped at zero above, so its lower end is set.
      const { hi, loOpen, hiOpen } = raw;
      const lo = raw.lo as Rat;
      raw.lo = hi === null ? null : neg(hi);
      raw.hi = neg(lo);
      raw.loOpen = hiOpen;
      raw.hiOpen = loOpen;
    }
    value = fromRat(mid);
    interval = Object.freeze({
      lo: raw.lo === null ? null : bound(fromRat(raw.lo), raw.loOpen),
      hi: raw.hi === null ? null : bound(fromRat(raw.hi), raw.hiOpen),
    });
    if (n2 !== undefined) {
      const endDecimals: readonly [number, number] = Object.freeze(decrease ? [n2.dec, n1.dec] : [n1.dec, n2.dec]);
      range = Object.freeze({ lo: fromRat(ends[0]), hi: fromRat(ends[1]), decimals: endDecimals });
    }
  }

  const qualifiers = prefix === undefined || prefix.qualifiers.length === 0 ? EMPTY_QUALIFIERS : prefix.qualifiers;
  // Made in one literal per kind (the unit or the scale included), so that a plain result has all its fields in
  // the object itself; the rarer fields follow, in the order they always had.
  const quantity: {
    -readonly [K in keyof Quantity]: Quantity[K];
  } =
    info.kind === 'money'
      ? { kind, value, interval, qualifiers, text: input, decimals, halfUnit: half, scale: info.scale }
      : info.kind === 'count'
        ? { kind, value, interval, qualifiers, text: input, decimals, halfUnit: half, unit: info.unit }
        : { kind, value, interval, qualifiers, text: input, decimals, halfUnit: half };
  if (direction !== undefined) quantity.direction = direction;
  if (total !== undefined) quantity.of = scaledRatio(total.c, shift - total.dec);
  if (range !== undefined) quantity.range = range;
  if (multiple) quantity.multiple = true;
  if (per !== undefined) quantity.per = per;
  if (warnings !== undefined) quantity.warnings = Object.freeze(warnings);
  return Object.freeze(quantity);
}

/**
 * Reads a number as officials and journalists write it in Vietnamese: a decimal comma and dot-grouped
 * thousands ("54,06 tỷ đồng", "1.200 người", "17,16%"), money scale words (nghìn/ngàn, triệu, tỷ/tỉ, with or
 * without đồng/VNĐ/VND/đ), count unit nouns, ranges ("10 - 15 đề án"), "x/y" counts ("28/28 tỉnh"),
 * multiples ("gấp 2,5 lần"), signed changes ("tăng 17,16%", "giảm 4%") and qualifiers (hơn, gần, khoảng,
 * ít nhất, tối đa, dự kiến, …). The result carries the exact stated value in base units and its precision
 * interval (see docs/quantities.md). A comma is always the decimal mark: "13,800 tỷ" is 13,8 tỷ. Never a
 * confident wrong reading: a count of discrete things or an amount in đồng is whole ("1,200 người" and
 * "1,500 đồng" are refused as ambiguous separators, "1,5 người" as a fraction), a 0 before a dot is never a
 * thousands group ("0.500 tỷ" refused), a sign belongs to its number ("hơn -5%" is above −5%), "nhiều hơn" /
 * "ít hơn" / "dưới" are bounds, "giảm 3,5 lần" is a division by 3,5, and "x/y" is read only before a count noun.
 *
 * Linear in the length of the text (a hand-written scanner over char codes); NFD text, Unicode spaces and
 * full-width digits are normalised.
 *
 * @param text - the text, at most {@link MAX_QUANTITY_TEXT_LENGTH} characters.
 * @param options - widths of the vague qualifiers (khoảng, gần); the reading of ambiguous separators.
 * @returns the frozen {@link Quantity}.
 * @throws {@link KhuyenCongError} with a bilingual message naming the text and the problem: `quantity.not-string`,
 *   `quantity.empty`, `quantity.too-long`, `quantity.no-number`, `quantity.two-decimal-commas`,
 *   `quantity.bad-grouping`, `quantity.unknown-unit`, `quantity.unknown-word`, `quantity.too-large`,
 *   `quantity.conflicting-qualifiers`, `quantity.bad-range`, `quantity.multiple-needs-lan`, `quantity.bad-option`,
 *   `quantity.ambiguous-separator`, `quantity.not-whole-count`, `quantity.not-whole-dong`,
 *   `quantity.ambiguous-fraction`, `quantity.bad-fraction`, `quantity.bad-multiple`.
 * @category Quantities
 * @example
 * const q = parseQuantity('54,06 tỷ đồng');
 * q.value.toString();             // "54060000000"
 * q.interval.lo?.value.toString(); // "54055000000"
 * q.interval.hi?.value.toString(); // "54065000000"
 */
export function parseQuantity(text: string, options?: ParseQuantityOptions): Quantity {
  return parseCore(text, options);
}

const safeCore = toSafe(parseCore);

/**
 * Like {@link parseQuantity}, but never throws: for any input (also a non-string) it returns
 * `{ success: true, data }` or `{ success: false, error }` with the bilingual {@link KhuyenCongError}.
 *
 * @param text - the text (any value is accepted; non-strings give a `quantity.not-string` error).
 * @param options - as for {@link parseQuantity}.
 * @returns the parse result.
 * @category Quantities
 * @example
 * safeParseQuantity('1,2,3 tỷ').success; // false
 * safeParseQuantity('hơn 75 cơ sở').success; // true
 */
export function safeParseQuantity(text: unknown, options?: ParseQuantityOptions): SafeParseResult<Quantity> {
  return safeCore(text, typeof options === 'object' && options !== null ? options : undefined);
}

/**
 * @internal {@link parseQuantity} without its fast paths (every interval on bigint rationals, units and prefixes
 * folded before they are looked up): the reference the fast paths are tested against
 * (test/quantity/fastPath.prop.test.ts). Not exported from the package.
 */
export function parseQuantityReference(text: unknown, options?: ParseQuantityOptions): Quantity {
  return parseCore(text, options, false);
}
