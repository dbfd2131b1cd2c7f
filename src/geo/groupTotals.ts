import type { LocalizedText } from '../internal/messages.js';
import { noAnswer, ok, type Result } from '../internal/result.js';
import { sumExact, type ExactValue } from './exactSum.js';
import { geoMessages } from './messages.js';
import type { ProvinceGroup } from './regions.js';

/**
 * The total of one group, a `Result`: `{ ok: true, value }` when at least one member has a value and all values
 * are of one kind, else `{ ok: false, reason }` with `reason.code` `'no-values'` or `'incompatible-values'`.
 * @category Provinces
 */
export type GroupTotal<T> = Result<T, 'no-values' | 'incompatible-values'>;

/**
 * One group's line of {@link groupTotals}.
 * @category Provinces
 */
export interface GroupTotalLine<T> {
  readonly id: string;
  readonly label: LocalizedText;
  readonly total: GroupTotal<T>;
  /** Members with a value. */
  readonly reported: readonly string[];
  /** Members without a value: the total covers only `reported`. */
  readonly missing: readonly string[];
}

/**
 * The result of {@link groupTotals}.
 * @category Provinces
 */
export interface GroupTotals<T> {
  readonly groups: readonly GroupTotalLine<T>[];
  /** Codes with a value that are in no group (their values are in no total). */
  readonly ungrouped: readonly string[];
  /** Codes in more than one group (their values are in several totals: do not add the group totals up). */
  readonly inSeveralGroups: readonly string[];
}

/**
 * Adds the values of each group's members exactly. Says which members had no value, which values fell in no
 * group, and which codes are in several groups, so that no total is read as more than it is.
 * @param values - province code → value, for one period (codes of the same map as the groups).
 * @param groups - from {@link regionGroups} or {@link parseProvinceGroups}.
 * @returns one line per group, in the groups' order.
 * @throws {@link KhuyenCongError} `money.out-of-range` if a sum leaves the exact money range.
 * @category Provinces
 * @example
 * const south = parseProvinceGroups([{ id: 'south', label: { vi: 'Phía Nam', en: 'South' }, members: ['95', '77'] }], { era: 'legacy' });
 * groupTotals({ '95': money(2_959_000_000), '77': money(1_000_000) }, south).groups[0]?.total; // { ok: true, value: 2 960 000 000 đồng }
 */
export function groupTotals<T extends ExactValue>(
  values: Readonly<Record<string, T>>,
  groups: readonly ProvinceGroup[],
): GroupTotals<T> {
  const seen = new Map<string, number>();
  const lines = groups.map((g): GroupTotalLine<T> => {
    const reported = g.members.filter((c) => Object.hasOwn(values, c));
    const missing = g.members.filter((c) => !Object.hasOwn(values, c));
    for (const c of g.members) seen.set(c, (seen.get(c) ?? 0) + 1);
    const sum = sumExact(reported.map((c) => values[c] as T));
    const total: GroupTotal<T> =
      sum !== undefined
        ? ok(sum)
        : reported.length === 0
          ? noAnswer('no-values', geoMessages.groupNoValues({ group: g.id }))
          : noAnswer('incompatible-values', geoMessages.groupIncompatible({ group: g.id }));
    return Object.freeze({
      id: g.id,
      label: g.label,
      total,
      reported: Object.freeze(reported),
      missing: Object.freeze(missing),
    });
  });
  return Object.freeze({
    groups: Object.freeze(lines),
    ungrouped: Object.freeze(Object.keys(values).filter((c) => !seen.has(c)).sort()),
    inSeveralGroups: Object.freeze([...seen].filter(([, n]) => n > 1).map(([c]) => c).sort()),
  });
}
