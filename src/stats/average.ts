import { add, div, R0, rat, sign, type Rat } from '../internal/rational.js';
import { readOption, readRecordEntries } from '../internal/plain.js';
import type { Interval } from '../quantity/Interval.js';
import { fromRat } from '../internal/ratio.js';
import { type Ratio } from '../quantity/Ratio.js';
import { divI, emptyI, negativeI, publicI, toI } from './interval.js';
import { definedResult, undefinedResult, type StatDefined, type StatResult, type StatUndefined } from './StatResult.js';
import { isMissing, statRat, type Missing, type StatValue } from './StatValue.js';

/**
 * Which keys (provinces, years) an average divides by. `'all-in-set'`: every key of the set, a missing value
 * counting as zero (the average over the whole set, for example per province of the region). `'reported'`:
 * only the keys that reported a value, zero included (the average among those who answered). `'non-zero'`:
 * only the keys with a non-zero value (the average among those who had any activity).
 *
 * @category Statistics
 */
export type DenominatorPolicy = 'all-in-set' | 'reported' | 'non-zero';

/**
 * The average of a total over a count: total / count, exact, in the total's base unit (đồng per province,
 * people per class). A zero or negative count gives an undefined result.
 * @param total - the total, or missing.
 * @param count - the number of units it is spread over (usually a {@link Count}), or missing.
 * @returns the exact average, or undefined (`missing-value`, `missing-base`, `zero-base`, `negative-base`).
 * @category Statistics
 * @example
 * // seed 001: 1 600 people in 20 classes
 * averagePer(count(1600, 'person'), count(20, 'class')); // { ok: true, value: 80 }
 */
export function averagePer(total: StatValue | Missing, count: StatValue | Missing): StatResult<Ratio> {
  if (isMissing(total)) return undefinedResult('missing-value', 'total');
  if (isMissing(count)) return undefinedResult('missing-base', 'count');
  const c = statRat(count);
  if (sign(c) === 0) return undefinedResult('zero-base', 'count');
  if (sign(c) < 0) return undefinedResult('negative-base', 'count');
  return definedResult(fromRat(div(statRat(total), c)));
}

/**
 * The range of total / count when both can be anywhere in their intervals (usually an exact count).
 * @param total - the interval of the total.
 * @param count - the interval of the count.
 * @returns the exact interval of averages, or undefined (`denominator-contains-zero`, `negative-base`, `empty-interval`).
 * @category Statistics
 * @example
 * // seed 003: 63.335 tỷ as published, over 20 provinces
 * averageInterval(intervalFromBounds(ratio('63.3345'), ratio('63.3355')), intervalOfExact(count(20, 'province'))); // [3.166725, 3.166775]
 */
export function averageInterval(total: Interval, count: Interval): StatResult<Interval> {
  const c = toI(count, 'count');
  if (!emptyI(c) && negativeI(c)) return undefinedResult('negative-base', 'count');
  return publicI(divI(toI(total, 'total'), c, 'total', 'count'));
}

/** Values by key (province code, year label, …): a `Map` or a plain object. @category Statistics */
export type KeyedValues<V extends StatValue = StatValue> = ReadonlyMap<string, V | Missing> | Readonly<Record<string, V | Missing>>;

/** Options of {@link averagePerProvince}. @category Statistics */
export interface AveragePerProvinceOptions {
  /** Which keys the total is divided by (required: there is no silent default). */
  readonly denominator: DenominatorPolicy;
  /**
   * The set of keys (for example the provinces of a region). By default the keys of `valuesByKey`. Values of
   * keys outside the set are left out and listed in `outside`.
   */
  readonly keys?: readonly string[];
}

/**
 * An average over a set of keys, with how it was counted.
 * @category Statistics
 */
export interface KeyedAverage<K = string> extends StatDefined<Ratio> {
  /** The sum of the values of the set's keys (missing values add nothing). */
  readonly total: Ratio;
  /** The number the total was divided by. */
  readonly denominator: number;
  readonly policy: DenominatorPolicy;
  /** The keys counted in the denominator, in the set's order. */
  readonly counted: readonly K[];
  /** Keys of the set without a value. */
  readonly missing: readonly K[];
  /** Keys of the set whose value is zero. */
  readonly zeros: readonly K[];
}

/** An average over the keys of a set (see {@link averagePerProvince}). @category Statistics */
export interface ProvinceAverage extends KeyedAverage<string> {
  /** Keys with a value that are not in the set, left out of the average. */
  readonly outside: readonly string[];
}

/** The result of {@link averagePerProvince}. @category Statistics */
export type ProvinceAverageResult = ProvinceAverage | StatUndefined;

/** @internal Averages the values of `keys` under a denominator policy. */
export function averageOverKeys<K>(
  keys: readonly K[],
  valueOf: (key: K, index: number) => Rat | null,
  policy: DenominatorPolicy,
  field: string,
): KeyedAverage<K> | StatUndefined {
  let total = R0;
  const counted: K[] = [];
  const missing: K[] = [];
  const zeros: K[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as K;
    const v = valueOf(key, i);
    if (v === null) {
      missing.push(key);
      if (policy === 'all-in-set') counted.push(key);
      continue;
    }
    total = add(total, v);
    if (sign(v) === 0) zeros.push(key);
    if (policy !== 'non-zero' || sign(v) !== 0) counted.push(key);
  }
  if (counted.length === 0) return undefinedResult('empty-denominator', field);
  return Object.freeze({
    ok: true,
    value: fromRat(div(total, rat(BigInt(counted.length)))),
    total: fromRat(total),
    denominator: counted.length,
    policy,
    counted: Object.freeze(counted),
    missing: Object.freeze(missing),
    zeros: Object.freeze(zeros),
  });
}

/**
 * The values by key as `[key, value]` pairs, each read once (a getter that throws is `input.unreadable` with its
 * path). One pass over the input, no intermediate copy: on 100 000 keys the copies into a null-prototype record
 * and then a `Map` were over half of the time of {@link averagePerProvince}.
 */
function keyedEntries<V extends StatValue>(values: KeyedValues<V>): readonly (readonly [string, V | Missing])[] {
  const entries = readRecordEntries(values, ['valuesByKey'], { vi: 'giá trị theo khóa', en: 'values by key' }) as [string, V | Missing][];
  if (typeof (values as ReadonlyMap<string, V>).entries === 'function' && typeof (values as ReadonlyMap<string, V>).get === 'function') {
    return [...(values as ReadonlyMap<string, V | Missing>).entries()];
  }
  return entries;
}

/**
 * The average value per province (or per any key) over a set of keys, with an explicit denominator policy:
 * `'all-in-set'` divides by every key of the set (missing values count as zero), `'reported'` by the keys
 * with a value, `'non-zero'` by the keys with a non-zero value. The result lists which keys were counted,
 * missing, zero, or outside the set.
 * @param valuesByKey - values by key (a `Map` or an object); `null`/`undefined` means not reported.
 * @param options - the denominator policy and optionally the set of keys.
 * @returns the average and its accounting, or undefined (`empty-denominator`) when nothing is counted.
 * @category Statistics
 * @example
 * averagePerProvince({ A: money(3_000_000_000), B: money(0), C: null }, { denominator: 'reported' }).value; // 1500000000
 */
export function averagePerProvince<V extends StatValue>(valuesByKey: KeyedValues<V>, options: AveragePerProvinceOptions): ProvinceAverageResult {
  const entries = keyedEntries(valuesByKey);
  const keysOption = readOption(options, 'keys') as AveragePerProvinceOptions['keys'];
  const policy = readOption(options, 'denominator') as AveragePerProvinceOptions['denominator'];
  const valueOf = (v: V | Missing): Rat | null => (isMissing(v) ? null : statRat(v));
  let r: KeyedAverage | StatUndefined;
  let outside: string[];
  if (keysOption === undefined) {
    // The set is the keys given: none is outside, and each value is read where its key is.
    r = averageOverKeys(
      entries.map(([k]) => k),
      (_, i) => valueOf((entries[i] as readonly [string, V | Missing])[1]),
      policy,
      'keys',
    );
    outside = [];
  } else {
    const map = new Map(entries);
    const keys = [...new Set(keysOption)];
    const inSet = new Set(keys);
    outside = entries.filter(([k, v]) => !inSet.has(k) && !isMissing(v)).map(([k]) => k);
    r = averageOverKeys(keys, (k) => valueOf(map.get(k)), policy, 'keys');
  }
  return r.ok ? Object.freeze({ ...r, outside: Object.freeze(outside) }) : r;
}
