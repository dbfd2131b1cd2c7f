import { fail, type IssuePath } from '../internal/errors.js';
import { readOption } from '../internal/plain.js';
import { text, type LocalizedText } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import { add, cmp, mul, rat, roundToInteger, type Rat, type RoundingMode } from '../internal/rational.js';
import { isRatio, type Ratio } from './Ratio.js';
import { toRat } from '../internal/rational.js';

/**
 * An amount of Vietnamese đồng, always a whole number of đồng.
 *
 * `dong` is a JavaScript safe integer (|dong| ≤ 9 007 199 254 740 991 đồng, about 9 triệu tỷ, several times
 * Vietnam's GDP), so every sum and difference of amounts is computed exactly; every operation checks that its
 * result stays in that range and throws a {@link KhuyenCongError} (`money.out-of-range`) instead of losing
 * precision. There are never fractional đồng: multiplying by a ratio names its rounding.
 *
 * In JSON a Money is its integer of whole đồng (`JSON.stringify(money(5))` is `"5"`), which `MoneySchema`
 * reads back. {@link isMoney} recognises a Money by its shape, so one made by another copy of the library
 * (the CommonJS build next to the ESM build) is accepted everywhere.
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

/** `what` is either the amount's digits (the same in both languages) or a bilingual noun ("the result"). */
const outOfRange = (what: string | LocalizedText): never =>
  fail(
    'money.out-of-range',
    text(
      `${typeof what === 'string' ? what : what.vi} vượt quá giới hạn số tiền biểu diễn chính xác (±9.007.199.254.740.991 đồng).`,
      `${typeof what === 'string' ? what : what.en} is outside the exactly representable range (±9,007,199,254,740,991 đồng).`,
    ),
  );
const resultOutOfRange = (): never => outOfRange(text('Kết quả', 'The result'));

/**
 * The prototype of every Money: `toJSON` writes the amount as its JSON integer of whole đồng, the form
 * `MoneySchema` (and the shipped JSON Schemas) accept, so a parsed đề án survives `JSON.stringify` → `parseDeAn`.
 * It is not an own key: `{ ...m }`, `Object.keys` and equality checks see only `kind` and `dong`.
 */
const MONEY_PROTO: object = Object.freeze(
  Object.create(Object.prototype, {
    toJSON: {
      value: function toJSON(this: Money): number {
        return this.dong;
      },
    },
  }) as object,
);

function make(dong: number): Money {
  return Object.freeze({ __proto__: MONEY_PROTO, kind: 'money', dong: dong === 0 ? 0 : dong }) as unknown as Money;
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

/**
 * Whether a value is a {@link Money}: `kind: 'money'` and a safe-integer `dong` (a shape check, no
 * `instanceof`, so it holds across copies of the library).
 * @category Quantities
 * @example
 * isMoney(money(5)); // true
 * isMoney({ kind: 'money', dong: 1.5 }); // false
 */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Money).kind === 'money' && Number.isSafeInteger((value as Money).dong);
  } catch {
    return false; // a revoked Proxy or a getter that throws: not a Money
  }
}

/**
 * The đồng of a Money, checked at a function's entry: `money.not-integer` (with the argument's path) when the
 * value is not a Money (`undefined`, a number, plain JSON, a revoked Proxy), instead of a TypeError or NaN.
 */
function dongOf(value: unknown, path: IssuePath): number {
  if (isMoney(value)) return value.dong;
  return fail('money.not-integer', text(`Số tiền ${showValue(value)} không phải Money.`, `The amount ${showValue(value)} is not a Money.`), path);
}

/** `money.bad-argument` for an argument of a money function that is not the list or function it must be. */
function badArgument(name: string, vi: string, en: string, value: unknown): never {
  return fail(
    'money.bad-argument',
    text(`Tham số ${name} phải là ${vi}, nhận được ${showValue(value)}.`, `The ${name} argument must be ${en}, got ${showValue(value)}.`),
    [name],
  );
}

/** Whether a value is an array, without throwing (a revoked Proxy makes `Array.isArray` throw). */
function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

function checked(result: number): Money {
  if (!Number.isSafeInteger(result)) resultOutOfRange();
  return make(result);
}

/**
 * Adds two amounts exactly.
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * addMoney(money(7_730_000_000), money(46_330_000_000)).dong; // 54060000000
 */
export function addMoney(a: Money, b: Money): Money {
  return checked(dongOf(a, ['a']) + dongOf(b, ['b']));
}

/**
 * Subtracts `b` from `a` exactly (the result may be negative).
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * subtractMoney(money(63_367_000_000), money(63_335_000_000)).dong; // 32000000
 */
export function subtractMoney(a: Money, b: Money): Money {
  return checked(dongOf(a, ['a']) - dongOf(b, ['b']));
}

/**
 * The amount with the opposite sign.
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * negateMoney(money(5)).dong; // -5
 */
export function negateMoney(a: Money): Money {
  return make(-dongOf(a, ['a']));
}

/**
 * Sums a list of amounts exactly; the empty sum is zero.
 * @throws {@link KhuyenCongError} `money.out-of-range` if the sum (or a partial sum) leaves the exact range;
 *   `money.bad-argument` when `amounts` is not an array, `money.not-integer` (path: its position) for an element
 *   that is not a {@link Money}.
 * @category Quantities
 * @example
 * sumMoney([money(2_959_000_000), money(4_020_000_000)]).dong; // 6979000000
 */
export function sumMoney(amounts: readonly Money[]): Money {
  if (!isArray(amounts)) badArgument('amounts', 'một mảng Money', 'an array of Money', amounts);
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    total += dongOf(amounts[i], ['amounts', i]);
    // Each partial sum of safe integers is exact while it stays safe; check every step.
    if (total > MAX_MONEY_DONG || total < -MAX_MONEY_DONG) outOfRange(text('Tổng', 'The sum'));
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
 *   partial sum leaves ±{@link MAX_MONEY_DONG}; `money.bad-argument` when `items` is not iterable or `keyOf` /
 *   `amountOf` not a function.
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
  if (!isIterable(items)) badArgument('items', 'một danh sách (iterable)', 'an iterable', items);
  if (typeof keyOf !== 'function') badArgument('keyOf', 'một hàm', 'a function', keyOf);
  if (typeof amountOf !== 'function') badArgument('amountOf', 'một hàm', 'a function', amountOf);
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

/** Whether a value can be iterated (read without throwing). */
function isIterable(value: unknown): value is Iterable<unknown> {
  if (typeof value === 'string') return false; // a string would be summed character by character
  try {
    return typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
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
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * multiplyMoney(money(1_000_001), ratio('0.3'), { rounding: 'floor' }).dong; // 300000
 */
export function multiplyMoney(a: Money, factor: Ratio, options: MultiplyMoneyOptions = {}): Money {
  const exact = mul(rat(BigInt(dongOf(a, ['a']))), toRat(factor));
  const rounded = roundToInteger(exact, (readOption(options, 'rounding') as RoundingMode | undefined) ?? 'half-up');
  if (rounded > BigInt(MAX_MONEY_DONG) || rounded < -BigInt(MAX_MONEY_DONG)) resultOutOfRange();
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
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * roundMoney(money(3_166_750_000), { multiple: 1_000_000 }).dong; // 3167000000
 */
export function roundMoney(a: Money, options: RoundMoneyOptions): Money {
  const dong = dongOf(a, ['a']);
  const multiple = readOption(options, 'multiple') as number;
  if (!Number.isSafeInteger(multiple) || multiple <= 0) {
    fail(
      'money.bad-multiple',
      text(`Bội số làm tròn ${showValue(multiple)} phải là số nguyên dương.`, `The rounding multiple ${showValue(multiple)} must be a positive integer.`),
      ['multiple'],
    );
  }
  const q = roundToInteger(rat(BigInt(dong), BigInt(multiple)), (readOption(options, 'rounding') as RoundingMode | undefined) ?? 'half-up');
  const result = q * BigInt(multiple);
  if (result > BigInt(MAX_MONEY_DONG) || result < -BigInt(MAX_MONEY_DONG)) resultOutOfRange();
  return make(Number(result));
}

/**
 * Compares two amounts.
 * @returns -1, 0 or 1.
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * compareMoney(money(1), money(2)); // -1
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  const x = dongOf(a, ['a']);
  const y = dongOf(b, ['b']);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether two amounts are equal.
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * moneyEquals(money(1000), money('1000')); // true
 */
export function moneyEquals(a: Money, b: Money): boolean {
  return dongOf(a, ['a']) === dongOf(b, ['b']);
}

/**
 * The smaller of two amounts.
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * minMoney(money(300_000_000), money(450_000_000)).dong; // 300000000
 */
export function minMoney(a: Money, b: Money): Money {
  return dongOf(a, ['a']) <= dongOf(b, ['b']) ? a : b;
}

/**
 * The larger of two amounts.
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * maxMoney(money(1), money(2)).dong; // 2
 */
export function maxMoney(a: Money, b: Money): Money {
  return dongOf(a, ['a']) >= dongOf(b, ['b']) ? a : b;
}

/**
 * The amount as a bigint of đồng, for callers who continue in bigint arithmetic.
 * @throws {@link KhuyenCongError} `money.not-integer` when an amount is not a {@link Money}.
 * @category Quantities
 * @example
 * moneyToBigInt(money(10)); // 10n
 */
export function moneyToBigInt(a: Money): bigint {
  return BigInt(dongOf(a, ['a']));
}

/** Options of {@link moneyFromRatio}. @category Quantities */
export interface MoneyFromRatioOptions {
  /** How the exact amount is rounded to whole đồng: required, so that every rounding is named. */
  readonly rounding: RoundingMode;
}

/**
 * Turns an exact amount of đồng held as a {@link Ratio} (an average of money, a money total divided by a count)
 * into a {@link Money}, rounded to whole đồng with a named mode. The way from an exact statistic to
 * `formatMoney`.
 * @param amount - the exact amount in đồng.
 * @param options - the rounding mode (required).
 * @throws {@link KhuyenCongError} `money.out-of-range` when the rounded amount leaves ±{@link MAX_MONEY_DONG};
 *   `money.not-integer` when `amount` is not a Ratio (from plain JavaScript).
 * @category Quantities
 * @example
 * // seed 003: 63,335 tỷ đồng over 20 provinces is exactly 3 166 750 000 đồng each
 * moneyFromRatio(ratio(63_335_000_000, 20), { rounding: 'half-up' }).dong; // 3166750000
 * moneyFromRatio(ratio(10, 3), { rounding: 'floor' }).dong; // 3
 */
export function moneyFromRatio(amount: Ratio, options: MoneyFromRatioOptions): Money {
  if (!isRatio(amount)) {
    fail(
      'money.not-integer',
      text(`Số tiền ${showValue(amount)} không phải một tỷ số (Ratio).`, `The amount ${showValue(amount)} is not a Ratio.`),
      ['amount'],
    );
  }
  const rounded = roundToInteger(toRat(amount), options.rounding);
  if (rounded > BigInt(MAX_MONEY_DONG) || rounded < -BigInt(MAX_MONEY_DONG)) resultOutOfRange();
  return make(Number(rounded));
}

function badAllocation(vi: string, en: string, path: readonly (string | number)[]): never {
  return fail('money.bad-allocation', text(vi, en), path);
}

/**
 * Splits an amount by ratios into whole-đồng parts that add up to the amount exactly (like dinero.js
 * `allocate`). Each part first gets its exact share rounded toward zero; the đồng left over go one each to
 * the parts with the largest remainders, ties to the earlier part. A negative amount is split as its
 * magnitude and every part negated. A zero ratio gets nothing.
 * @param amount - the amount to split.
 * @param ratios - the weights, non-negative, not all zero (they need not add up to 1: `[1, 1, 1]` is thirds).
 * @returns one part per ratio, in order; their sum is `amount`.
 * @throws {@link KhuyenCongError} `money.not-integer` when `amount` is not a Money; `money.bad-allocation` for an empty list, a negative weight, weights that
 *   are all zero, or a weight that is not a Ratio.
 * @category Quantities
 * @example
 * allocateMoney(money(100), [ratio(1), ratio(1), ratio(1)]).map((m) => m.dong); // [34, 33, 33]
 * // TT 28/2018 style split 70 % national, 30 % counterpart of 1 000 000 001 đồng
 * allocateMoney(money(1_000_000_001), [ratio('0.7'), ratio('0.3')]).map((m) => m.dong); // [700000001, 300000000]
 */
export function allocateMoney(amount: Money, ratios: readonly Ratio[]): Money[] {
  if (!isMoney(amount)) {
    fail('money.not-integer', text(`Số tiền ${showValue(amount)} không phải Money.`, `The amount ${showValue(amount)} is not a Money.`), ['amount']);
  }
  if (!Array.isArray(ratios) || ratios.length === 0) {
    badAllocation('Cần ít nhất một tỷ lệ để chia số tiền.', 'At least one ratio is needed to split an amount.', ['ratios']);
  }
  let total: Rat = rat(0n);
  const weights: Rat[] = [];
  for (let i = 0; i < ratios.length; i++) {
    const r: unknown = ratios[i];
    if (!isRatio(r)) badAllocation(`Tỷ lệ ở vị trí ${String(i)} không phải Ratio.`, `The ratio at position ${String(i)} is not a Ratio.`, ['ratios', i]);
    if (r.numerator < 0n) badAllocation(`Tỷ lệ ở vị trí ${String(i)} âm.`, `The ratio at position ${String(i)} is negative.`, ['ratios', i]);
    const w = toRat(r);
    weights.push(w);
    total = add(total, w);
  }
  if (total.n === 0n) badAllocation('Các tỷ lệ đều bằng 0: không chia được.', 'Every ratio is zero: nothing to split by.', ['ratios']);
  const sign = amount.dong < 0 ? -1n : 1n;
  const whole = sign * BigInt(amount.dong);
  // Exact share of part i: whole · w_i / total = whole · n_i · total.d / (d_i · total.n).
  const parts: bigint[] = [];
  const remainders: Rat[] = [];
  let given = 0n;
  for (const w of weights) {
    const num = whole * w.n * total.d;
    const den = w.d * total.n;
    const q = num / den;
    parts.push(q);
    remainders.push(rat(num - q * den, den));
    given += q;
  }
  let left = whole - given; // fewer than ratios.length đồng
  const order = remainders.map((_, i) => i).sort((a, b) => cmp(remainders[b] as Rat, remainders[a] as Rat) || a - b);
  // The đồng left over number fewer than the parts with a non-zero remainder, so only those receive one.
  for (const i of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts.map((p) => make(Number(sign * p)));
}
