import { issue, KhuyenCongError, toSafe, type Issue, type SafeParseResult } from '../internal/errors.js';
import { readOption, toPlain } from '../internal/plain.js';
import { text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { geoMessages } from './messages.js';
import { safeParseProvinceCode } from './parseProvinceCode.js';
import type { ProvinceCodeOf, ProvinceEra } from './ProvinceCode.js';
import type { ProvinceGroup } from './regions.js';

/**
 * Options of {@link parseProvinceGroups}.
 * @category Provinces
 */
export interface ParseProvinceGroupsOptions<E extends ProvinceEra> {
  /** The map the members' codes belong to. */
  readonly era: E;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads user-defined province groups (for example the provinces of each khuyến công regional conference:
 * phía Bắc, miền Trung – Tây Nguyên, phía Nam, for which the library has no sourced list) and checks them: a
 * non-empty id unique among the groups, a bilingual label, and at least one member, each a valid code of the
 * map, none twice in a group. A province may belong to several groups (the totals then say so).
 * @param input - an array of `{ id, label: { vi, en }, members: string[] }`.
 * @param options - the map of the members' codes.
 * @returns the groups, frozen, with branded codes.
 * @throws {@link KhuyenCongError} listing every problem with its path (`geo.era-invalid`, `geo.group-shape`,
 *   `geo.group-unknown-code`, `geo.group-duplicate-member`, `geo.group-duplicate-id`, `geo.group-empty`).
 * @category Provinces
 * @example
 * parseProvinceGroups([{ id: 'south', label: { vi: 'Phía Nam', en: 'South' }, members: ['95', '74'] }], { era: 'legacy' });
 */
export function parseProvinceGroups<E extends ProvinceEra>(
  input: unknown,
  options: ParseProvinceGroupsOptions<E>,
): readonly ProvinceGroup<ProvinceCodeOf<E>>[] {
  const era: unknown = readOption(options, 'era');
  if (era !== 'legacy' && era !== 'current') throw new KhuyenCongError([issue('geo.era-invalid', geoMessages.eraInvalid({ input: showValue(era) }), ['era'])]);
  const issues: Issue[] = [];
  const groups: ProvinceGroup<ProvinceCodeOf<E>>[] = [];
  const ids = new Set<string>();
  // Read once into plain data: a getter that throws, a revoked Proxy or a cycle is an input.* error here.
  const plain = toPlain(input);
  const list: readonly unknown[] = Array.isArray(plain) ? plain : [plain];
  list.forEach((g, i) => {
    const label = isRecord(g) ? g['label'] : undefined;
    if (
      !isRecord(g) ||
      typeof g['id'] !== 'string' ||
      g['id'].trim() === '' ||
      !isRecord(label) ||
      typeof label['vi'] !== 'string' ||
      typeof label['en'] !== 'string' ||
      !Array.isArray(g['members'])
    ) {
      issues.push(issue('geo.group-shape', geoMessages.groupShape({}), [i]));
      return;
    }
    const id = g['id'];
    if (ids.has(id)) issues.push(issue('geo.group-duplicate-id', geoMessages.groupDuplicateId({ group: id }), [i, 'id']));
    ids.add(id);
    const members: ProvinceCodeOf<E>[] = [];
    (g['members'] as readonly unknown[]).forEach((m, j) => {
      const parsed = safeParseProvinceCode(m, options);
      if (!parsed.success) {
        issues.push(
          issue('geo.group-unknown-code', geoMessages.groupUnknownCode({ code: showValue(m), era: options.era }), [i, 'members', j]),
        );
      } else if (members.includes(parsed.data)) {
        issues.push(issue('geo.group-duplicate-member', geoMessages.groupDuplicateMember({ code: parsed.data, group: id }), [i, 'members', j]));
      } else {
        members.push(parsed.data);
      }
    });
    if ((g['members'] as readonly unknown[]).length === 0) {
      issues.push(issue('geo.group-empty', geoMessages.groupEmpty({ group: id }), [i, 'members']));
    }
    groups.push({ id, label: text(label['vi'], label['en']), members });
  });
  if (issues.length > 0) throw new KhuyenCongError(issues);
  return deepFreeze(groups);
}

/**
 * Like {@link parseProvinceGroups}, but never throws.
 * @param input - the groups as received.
 * @param options - the map of the members' codes.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue.
 * @category Provinces
 * @example
 * safeParseProvinceGroups([{ id: 'x', label: { vi: 'X', en: 'X' }, members: ['28'] }], { era: 'legacy' }).success; // false
 */
export function safeParseProvinceGroups<E extends ProvinceEra>(
  input: unknown,
  options: ParseProvinceGroupsOptions<E>,
): SafeParseResult<readonly ProvinceGroup<ProvinceCodeOf<E>>[]> {
  return toSafe(parseProvinceGroups<E>)(input, options);
}
