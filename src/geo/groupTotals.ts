import { fail } from '../internal/errors.js';
import { text, type LocalizedText } from '../internal/messages.js';
import { readOption, readRecord } from '../internal/plain.js';
import { noAnswer, ok, type Result } from '../internal/result.js';
import { showValue, valueKind } from '../internal/showValue.js';
import { isExactValue, sumExact, type ExactValue } from './exactSum.js';
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
 * @throws {@link KhuyenCongError} `money.out-of-range` if a sum leaves the exact money range; for arguments
 *   outside their types, `input.not-record` (`values` not an object), `geo.value-not-exact` (a value neither
 *   Money, Count, Ratio nor bigint; path `values` and the code), `geo.group-shape` (`groups` not an array of
 *   `{ id, label: { vi, en }, members: [codes] }`; path `groups` and the index), `input.unreadable`.
 * @category Provinces
 * @example
 * const south = parseProvinceGroups([{ id: 'south', label: { vi: 'Phía Nam', en: 'South' }, members: ['95', '77'] }], { era: 'legacy' });
 * groupTotals({ '95': money(2_959_000_000), '77': money(1_000_000) }, south).groups[0]?.total; // { ok: true, value: 2 960 000 000 đồng }
 */
export function groupTotals<T extends ExactValue>(
  values: Readonly<Record<string, T>>,
  groups: readonly ProvinceGroup[],
): GroupTotals<T> {
  // Both arguments read once into plain data and checked (values outside the types are refused, never a TypeError).
  const byCode = readValues(values) as Readonly<Record<string, T>>;
  const groupList = readGroups(groups);
  const seen = new Map<string, number>();
  const lines = groupList.map((g): GroupTotalLine<T> => {
    const reported = g.members.filter((c) => Object.hasOwn(byCode, c));
    const missing = g.members.filter((c) => !Object.hasOwn(byCode, c));
    for (const c of g.members) seen.set(c, (seen.get(c) ?? 0) + 1);
    const sum = sumExact(reported.map((c) => byCode[c] as T));
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
    ungrouped: Object.freeze(Object.keys(byCode).filter((c) => !seen.has(c)).sort()),
    inSeveralGroups: Object.freeze([...seen].filter(([, n]) => n > 1).map(([c]) => c).sort()),
  });
}

/** The values read once (`readRecord`), each checked to be an {@link ExactValue}. */
function readValues(values: unknown): Readonly<Record<string, ExactValue>> {
  const record = readRecord(values, ['values'], { vi: 'giá trị theo mã tỉnh', en: 'values by province code' });
  for (const [code, v] of Object.entries(record)) {
    if (!isExactValue(v)) {
      fail(
        'geo.value-not-exact',
        text(`Giá trị của mã ${code.slice(0, 20)} không phải Money, Count, Ratio hay bigint: ${showValue(v, 40)}.`, `The value of code ${code.slice(0, 20)} is not a Money, Count, Ratio or bigint: ${showValue(v, 40)}.`),
        ['values', code],
      );
    }
  }
  return record as Readonly<Record<string, ExactValue>>;
}

/** The groups read once into plain data: `geo.group-shape` (path: `groups` and the index) for a malformed one. */
function readGroups(groups: unknown): readonly ProvinceGroup[] {
  if (valueKind(groups) !== 'array') fail('geo.group-shape', geoMessages.groupShape({}), ['groups']);
  const list = groups as readonly unknown[];
  const out: ProvinceGroup[] = [];
  for (let i = 0; i < list.length; i++) {
    let g: { id: unknown; label: unknown; vi: unknown; en: unknown; members: unknown[] | undefined } | undefined;
    try {
      const x = list[i];
      const label = readOption(x, 'label');
      const members = readOption(x, 'members');
      g = { id: readOption(x, 'id'), label, vi: readOption(label, 'vi'), en: readOption(label, 'en'), members: valueKind(members) === 'array' ? Array.from(members as unknown[]) : undefined };
    } catch {
      g = undefined; // a revoked Proxy or a getter that throws
    }
    if (g === undefined || typeof g.id !== 'string' || typeof g.vi !== 'string' || typeof g.en !== 'string' || g.members === undefined || !g.members.every((c) => typeof c === 'string')) {
      fail('geo.group-shape', geoMessages.groupShape({}), ['groups', i]);
    }
    out.push({ id: g.id, label: g.label as LocalizedText, members: g.members as unknown as ProvinceGroup['members'] });
  }
  return out;
}
