import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import { mul, rat, roundToInteger, type RoundingMode } from '../internal/rational.js';
import { toRat, type Ratio } from './Ratio.js';

/**
 * An amount of Vietnamese đồng, always a whole number of đồng.
 *
 * `dong` is a JavaScript safe integer (|dong| ≤ 9 007 199 254 740 991 đồng, about 9 triệu tỷ, several times
 * Vietnam's GDP), so every sum and difference of amounts is computed exactly; every operation checks that its
 * result stays in that range and throws a {@link KhuyenCongError} (`money.out-of-range`) instead of losing
 * precision. There are never fractional đồng: multiplying by a ratio names its rounding.
 *
 * @category Quantities
 */
export interface Money {
  readonly kind: 'money';
  /** Whole đồng. */
  readonly dong: number;
}

/** The largest amount a {@link Money} can hold, in đồng. */
export const MAX_MONEY_DONG = Number.MAX_SAFE_INTEGER;

const outOfRange = (what: string): never =>
  fail(
    'money.out-of-range',
    text(
      `${what} vượt quá giới hạn số tiền biểu diễn chính xác (±9.007.199.254.740.991 đồng).`,
      `${what} is outside the exactly representable range (±9,007,199,254,740,991 đồng).`,
    ),
  );

function make(dong: number): Money {
  return Object.freeze({ kind: 'money', dong: dong === 0 ? 0 : dong }) as Money;
}

/**
 * Makes an amount of money from whole đồng.
 * @param dong - whole đồng as a safe integer, a bigint, or a string of digits with an optional sign.
 * @returns the amount.
 * @throws {@link KhuyenCongError} `money.not-integer` for fractions, NaN, Infinity or non-digit strings;
 *   `money.out-of-range` beyond ±{@link MAX_MONEY_DONG}.
 * @category Quantities
 * @example
 * money(54_060_000_000).dong; // 54060000000
 */
export function money(dong: number | bigint | string): Money {
  if (typeof dong === 'number') {
    if (!Number.isInteger(dong)) {
      fail(
        'money.not-integer',
        text(`Số tiền ${String(dong)} không phải số nguyên đồng.`, `The amount ${String(dong)} is not a whole number of đồng.`),
        ['dong'],
      );
    }
    if (!Number.isSafeInteger(dong)) outOfRange(String(dong));
    return make(dong);
  }
  let big: bigint;
  if (typeof dong === 'string') {
    if (!/^[+-]?\d{1,40}$/.test(dong)) {
      fail(
        'money.not-integer',
        text(`Số tiền "${dong.slice(0, 40)}" không phải số nguyên đồng.`, `The amount "${dong.slice(0, 40)}" is not a whole number of đồng.`),
        ['dong'],
      );
    }
    big = BigInt(dong);
  } else if (typeof dong === 'bigint') {
    big = dong;
  } else {
    return fail(
      'money.not-integer',
      text(`Số tiền ${showValue(dong)} không phải số nguyên đồng.`, `The amount ${showValue(dong)} is not a whole number of đồng.`),
      ['dong'],
    );
  }
  if (big > BigInt(MAX_MONEY_DONG) || big < -BigInt(MAX_MONEY_DONG)) outOfRange(big.toString());
  return make(Number(big));
}

/** The zero amount. @category Quantities */
export const ZERO_MONEY: Money = make(0);

/** Whether a value is a {@link Money}. @category Quantities */
export function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && (value as Money).kind === 'money' && Number.isSafeInteger((value as Money).dong);
}

function checked(result: number): Money {
  if (!Number.isSafeInteger(result)) outOfRange('Kết quả / The result');
  return make(result);
}

/**
 * Adds two amounts exactly.
 * @category Quantities
 * @example
 * addMoney(money(7_730_000_000), money(46_330_000_000)).dong; // 54060000000
 */
export function addMoney(a: Money, b: Money): Money {
  return checked(a.dong + b.dong);
}

/**
 * Subtracts `b` from `a` exactly (the result may be negative).
 * @category Quantities
 * @example
 * subtractMoney(money(63_367_000_000), money(63_335_000_000)).dong; // 32000000
 */
export function subtractMoney(a: Money, b: Money): Money {
  return checked(a.dong - b.dong);
}

/**
 * The amount with the opposite sign.
 * @category Quantities
 * @example
 * negateMoney(money(5)).dong; // -5
 */
export function negateMoney(a: Money): Money {
  return make(-a.dong);
}

/**
 * Sums a list of amounts exactly; the empty sum is zero.
 * @throws {@link KhuyenCongError} `money.out-of-range` if the sum (or a partial sum) leaves the exact range.
 * @category Quantities
 * @example
 * sumMoney([money(2_959_000_000), money(4_020_000_000)]).dong; // 6979000000
 */
export function sumMoney(amounts: readonly Money[]): Money {
  let total = 0;
  for (const m of amounts) {
    total += m.dong;
    // Each partial sum of safe integers is exact while it stays safe; check every step.
    if (total > MAX_MONEY_DONG || total < -MAX_MONEY_DONG) outOfRange('Tổng / The sum');
  }
  return make(total);
}

/**
 * Sums amounts per key in one pass, exactly: for each distinct key of `items`, the total of their amounts.
 *
 * Made for grouping many lines (a budget export by province, year and source): it accumulates whole đồng as
 * checked safe integers and makes one {@link Money} per group at the end, instead of one per line as a loop
 * of {@link addMoney} does (docs/performance.md, "Aggregation", measures the difference). Every amount must
 * be whole đồng and every partial sum of a group stays within ±{@link MAX_MONEY_DONG}, or it throws: a total
 * is never rounded.
 *
 * @param items - the lines (any iterable: an array, or a generator reading a file); not modified.
 * @param keyOf - the group of a line (compared as `Map` keys are: `===`, with NaN equal to NaN); it receives
 *   the line and its position.
 * @param amountOf - the amount of a line: a {@link Money}, or whole đồng as a number; it receives the line and
 *   its position.
 * @returns a read-only map from each key, in order of first appearance, to its group's total; the map is
 *   frozen (its `set`, `delete` and `clear` throw a `TypeError`).
 * @throws {@link KhuyenCongError} `money.not-integer` (path: the line's position) when an amount is not a
 *   whole number of đồng (or, from plain JavaScript, neither a number nor a Money); `money.out-of-range` (path: the line's position) when an amount or a group's
 *   partial sum leaves ±{@link MAX_MONEY_DONG}.
 * @category Quantities
 * @example
 * // Seed 003, southern region: funding by year (KCQG + KCĐP).
 * const lines = [
 *   { year: 2013, dong: 7_730_000_000 },
 *   { year: 2013, dong: 46_330_000_000 },
 *   { year: 2014, dong: 13_877_000_000 },
 *   { year: 2014, dong: 49_490_000_000 },
 * ];
 * const byYear = sumMoneyBy(lines, (l) => l.year, (l) => l.dong);
 * byYear.get(2013)?.dong; // 54060000000
 * byYear.get(2014)?.dong; // 63367000000
 */
export function sumMoneyBy<T, K>(
  items: Iterable<T>,
  keyOf: (item: T, index: number) => K,
  amountOf: (item: T, index: number) => Money | number,
): ReadonlyMap<K, Money> {
  // Group totals live unboxed in one array of doubles, reached through a key → slot map: no allocation per line.
  const slots = new Map<K, number>();
  const totals: number[] = [];
  let index = 0;
  for (const item of items) {
    const key = keyOf(item, index);
    const amount: unknown = amountOf(item, index);
    // From plain JavaScript an amount may be anything (an empty CSV cell read as null): only Money or a number passes.
    const dong = typeof amount === 'number' ? amount : isMoney(amount) ? amount.dong : NaN;
    if (!Number.isSafeInteger(dong)) badAmount(amount, index);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = totals.length;
      slots.set(key, slot);
      totals.push(0);
    }
    // A sum of two safe integers is exact unless it leaves the safe range, which is checked right here.
    const total = (totals[slot] as number) + dong;
    if (total > MAX_MONEY_DONG || total < -MAX_MONEY_DONG) groupOutOfRange(key, index);
    totals[slot] = total;
    index++;
  }
  const result = new Map<K, Money>();
  for (const [key, slot] of slots) result.set(key, make(totals[slot] as number));
  return freezeMap(result);
}

function badAmount(amount: unknown, index: number): never {
  if (typeof amount !== 'number' || !Number.isInteger(amount)) {
    fail(
      'money.not-integer',
      text(
        `Số tiền ${showValue(amount)} ở dòng ${String(index)} không phải số nguyên đồng.`,
        `The amount ${showValue(amount)} on line ${String(index)} is not a whole number of đồng.`,
      ),
      [index],
    );
  }
  const dong = amount;
  return fail(
    'money.out-of-range',
    text(
      `Số tiền ${String(dong)} ở dòng ${String(index)} vượt quá giới hạn số tiền biểu diễn chính xác (±9.007.199.254.740.991 đồng).`,
      `The amount ${String(dong)} on line ${String(index)} is outside the exactly representable range (±9,007,199,254,740,991 đồng).`,
    ),
    [index],
  );
}

function groupOutOfRange(key: unknown, index: number): never {
  return fail(
    'money.out-of-range',
    text(
      `Tổng của nhóm ${showValue(key)} vượt quá giới hạn số tiền biểu diễn chính xác (±9.007.199.254.740.991 đồng) ở dòng ${String(index)}.`,
      `The sum of group ${showValue(key)} leaves the exactly representable range (±9,007,199,254,740,991 đồng) at line ${String(index)}.`,
    ),
    [index],
  );
}

const readOnly = (): never => {
  throw new TypeError('This map is read-only (a result of sumMoneyBy).');
};

/** Freezes a map for real: `Object.freeze` alone leaves `set`, `delete` and `clear` working. */
function freezeMap<K, V>(m: Map<K, V>): ReadonlyMap<K, V> {
  Object.defineProperties(m, { set: { value: readOnly }, delete: { value: readOnly }, clear: { value: readOnly } });
  return Object.freeze(m);
}

/** Options of {@link multiplyMoney}. @category Quantities */
export interface MultiplyMoneyOptions {
  /** How the exact product is rounded to whole đồng; `'half-up'` (ties away from zero) by default. */
  readonly rounding?: RoundingMode;
}

/**
 * Multiplies an amount by an exact ratio and rounds to whole đồng with a named mode.
 * @param a - the amount.
 * @param factor - the exact factor (for example a support percentage as a ratio).
 * @param options - rounding mode; `'half-up'` by default.
 * @category Quantities
 * @example
 * multiplyMoney(money(1_000_001), ratio('0.3'), { rounding: 'floor' }).dong; // 300000
 */
export function multiplyMoney(a: Money, factor: Ratio, options: MultiplyMoneyOptions = {}): Money {
  const exact = mul(rat(BigInt(a.dong)), toRat(factor));
  const rounded = roundToInteger(exact, options.rounding ?? 'half-up');
  if (rounded > BigInt(MAX_MONEY_DONG) || rounded < -BigInt(MAX_MONEY_DONG)) outOfRange('Kết quả / The result');
  return make(Number(rounded));
}

/** Options of {@link roundMoney}. @category Quantities */
export interface RoundMoneyOptions {
  /** The multiple to round to, in đồng (1, 1 000, 1 000 000, …); a positive safe integer. */
  readonly multiple: number;
  /** The rounding mode; `'half-up'` by default. */
  readonly rounding?: RoundingMode;
}

/**
 * Rounds an amount to a multiple of đồng (for example to the nearest 1 000 or 1 000 000 đồng).
 * @throws {@link KhuyenCongError} `money.bad-multiple` when the multiple is not a positive safe integer.
 * @category Quantities
 * @example
 * roundMoney(money(3_166_750_000), { multiple: 1_000_000 }).dong; // 3167000000
 */
export function roundMoney(a: Money, options: RoundMoneyOptions): Money {
  const { multiple } = options;
  if (!Number.isSafeInteger(multiple) || multiple <= 0) {
    fail(
      'money.bad-multiple',
      text(`Bội số làm tròn ${String(multiple)} phải là số nguyên dương.`, `The rounding multiple ${String(multiple)} must be a positive integer.`),
      ['multiple'],
    );
  }
  const q = roundToInteger(rat(BigInt(a.dong), BigInt(multiple)), options.rounding ?? 'half-up');
  const result = q * BigInt(multiple);
  if (result > BigInt(MAX_MONEY_DONG) || result < -BigInt(MAX_MONEY_DONG)) outOfRange('Kết quả / The result');
  return make(Number(result));
}

/**
 * Compares two amounts.
 * @returns -1, 0 or 1.
 * @category Quantities
 * @example
 * compareMoney(money(1), money(2)); // -1
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  return a.dong < b.dong ? -1 : a.dong > b.dong ? 1 : 0;
}

/**
 * Whether two amounts are equal.
 * @category Quantities
 * @example
 * moneyEquals(money(1000), money('1000')); // true
 */
export function moneyEquals(a: Money, b: Money): boolean {
  return a.dong === b.dong;
}

/**
 * The smaller of two amounts.
 * @category Quantities
 * @example
 * minMoney(money(300_000_000), money(450_000_000)).dong; // 300000000
 */
export function minMoney(a: Money, b: Money): Money {
  return a.dong <= b.dong ? a : b;
}

/**
 * The larger of two amounts.
 * @category Quantities
 * @example
 * maxMoney(money(1), money(2)).dong; // 2
 */
export function maxMoney(a: Money, b: Money): Money {
  return a.dong >= b.dong ? a : b;
}

/**
 * The amount as a bigint of đồng, for callers who continue in bigint arithmetic.
 * @category Quantities
 * @example
 * moneyToBigInt(money(10)); // 10n
 */
export function moneyToBigInt(a: Money): bigint {
  return BigInt(a.dong);
}
