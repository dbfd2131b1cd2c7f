/**
 * The dated registry: one view per unit and name period, built once from the data module, frozen, with
 * indexes by code. Pure queries over it: `listProvinces`, `successorOf`, `predecessorsOf`.
 */
import { fail } from '../internal/errors.js';
import { text, type LocalizedText } from '../internal/messages.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { showValue } from '../internal/showValue.js';
import { checkIsoDate } from './isoDate.js';
import { geoMessages } from './messages.js';
import {
  PROVINCE_COVERAGE_START,
  CURRENT_PROVINCE_DATA,
  CUTOVER_DAY,
  LEGACY_LAST_DAY,
  LEGACY_PROVINCE_DATA,
  REGION_DATA,
  type GeoSourceId,
  type NamePeriodData,
  type ProvinceKind,
  type RegionId,
} from './provinceData.js';
import { asCurrentCode, asLegacyCode, type CurrentProvinceCode, type LegacyProvinceCode } from './ProvinceCode.js';

/**
 * The region of a unit: assigned by Nghị quyết 81/2023/QH15 for the 63 units; for a current unit, assigned
 * only when all the old units it was formed from lie in one region (the resolution predates the merger and
 * the registry does not invent a region for a merger that crosses regions).
 * @category Provinces
 */
export type RegionAssignment =
  | { readonly assigned: true; readonly region: RegionId; readonly basis: 'NQ-81-2023-QH15' | 'all-predecessors' }
  | {
      readonly assigned: false;
      readonly reason: 'cross-region-merger';
      /** The distinct regions of its predecessors, in region order. */
      readonly predecessorRegions: readonly RegionId[];
    };

/** What every province view has. @category Provinces */
export interface ProvinceBase {
  /** The official name with its prefix: "Tỉnh Bạc Liêu", "Thành phố Hồ Chí Minh". */
  readonly officialName: string;
  /** The name without prefix: "Bạc Liêu". */
  readonly shortName: string;
  /** The name without diacritics: "Bac Lieu". */
  readonly asciiName: string;
  /** English name: "Bac Lieu Province", "Ho Chi Minh City". */
  readonly englishName: string;
  /** Names in both languages, for labels. */
  readonly label: LocalizedText;
  readonly kind: ProvinceKind;
  /** First day this view (name and kind) is valid. */
  readonly validFrom: string;
  /** Last day this view is valid, or `null` when open-ended. */
  readonly validTo: string | null;
  readonly region: RegionAssignment;
  readonly sources: readonly GeoSourceId[];
}

/**
 * A unit of the 63-unit map (2008-08-01 … 2025-06-30), in one of its name periods.
 * @category Provinces
 */
export interface LegacyProvince extends ProvinceBase {
  readonly era: 'legacy';
  readonly code: LegacyProvinceCode;
  /** The unit of the 34-unit map it became part of on 2025-07-01. */
  readonly successor: CurrentProvinceCode;
}

/**
 * A unit of the 34-unit map (from 2025-07-01).
 * @category Provinces
 */
export interface CurrentProvince extends ProvinceBase {
  readonly era: 'current';
  readonly code: CurrentProvinceCode;
  /** The old units it was formed from, as Nghị quyết 202/2025/QH15 lists them. */
  readonly predecessors: readonly LegacyProvinceCode[];
  /** The old unit that hosts its seat; the new code is that unit's code. */
  readonly seat: LegacyProvinceCode;
  /** Whether it was formed by merging two or more old units (23 were; 11 are unchanged). */
  readonly merged: boolean;
}

/**
 * A provincial-level unit as valid on some date.
 * @category Provinces
 */
export type Province = LegacyProvince | CurrentProvince;

const regionOrder = (r: RegionId): number => REGION_DATA.findIndex((d) => d.id === r);

function names(name: string, ascii: string, kind: ProvinceKind) {
  const municipality = kind === 'municipality';
  return {
    officialName: `${municipality ? 'Thành phố' : 'Tỉnh'} ${name}`,
    shortName: name,
    asciiName: ascii,
    englishName: `${ascii} ${municipality ? 'City' : 'Province'}`,
    label: text(`${municipality ? 'Thành phố' : 'Tỉnh'} ${name}`, `${ascii} ${municipality ? 'City' : 'Province'}`),
    kind,
  };
}

const legacyViews: LegacyProvince[] = [];
for (const u of LEGACY_PROVINCE_DATA) {
  for (const p of u.periods as readonly NamePeriodData[]) {
    legacyViews.push({
      era: 'legacy',
      code: asLegacyCode(u.code),
      ...names(p.name, p.ascii, p.kind),
      validFrom: p.from ?? PROVINCE_COVERAGE_START,
      validTo: p.to ?? LEGACY_LAST_DAY,
      region: { assigned: true, region: u.region, basis: 'NQ-81-2023-QH15' },
      sources: [...p.sources, 'NQ-81-2023-QH15'],
      successor: asCurrentCode(u.successor),
    });
  }
}

const legacyRegion = new Map<string, RegionId>(LEGACY_PROVINCE_DATA.map((u) => [u.code, u.region]));

const currentViews: CurrentProvince[] = CURRENT_PROVINCE_DATA.map((u): CurrentProvince => {
  const regions = [...new Set(u.predecessors.map((c) => legacyRegion.get(c) as RegionId))].sort(
    (a, b) => regionOrder(a) - regionOrder(b),
  );
  const [only] = regions;
  const region: RegionAssignment =
    regions.length === 1 && only !== undefined
      ? { assigned: true, region: only, basis: 'all-predecessors' }
      : { assigned: false, reason: 'cross-region-merger', predecessorRegions: regions };
  return {
    era: 'current',
    code: asCurrentCode(u.code),
    ...names(u.name, u.ascii, u.kind),
    validFrom: CUTOVER_DAY,
    validTo: null,
    region,
    sources: u.sources,
    predecessors: u.predecessors.map(asLegacyCode),
    seat: asLegacyCode(u.seat),
    merged: u.predecessors.length > 1,
  };
});

/** Every legacy view (Huế has two: province, then municipality from 2025-01-01). @internal */
export const LEGACY_VIEWS: readonly LegacyProvince[] = deepFreeze(legacyViews);
/** Every current view. @internal */
export const CURRENT_VIEWS: readonly CurrentProvince[] = deepFreeze(currentViews);

const legacyByCode = new Map<string, LegacyProvince[]>();
for (const v of LEGACY_VIEWS) legacyByCode.set(v.code, [...(legacyByCode.get(v.code) ?? []), v]);
const currentByCode = new Map<string, CurrentProvince>(CURRENT_VIEWS.map((v) => [v.code, v]));

/**
 * The codes of the 63 units valid until 2025-06-30, ascending.
 * @category Provinces
 */
export const LEGACY_PROVINCE_CODES: readonly LegacyProvinceCode[] = Object.freeze(
  LEGACY_PROVINCE_DATA.map((u) => asLegacyCode(u.code)),
);

/**
 * The codes of the 34 units valid from 2025-07-01, ascending.
 * @category Provinces
 */
export const CURRENT_PROVINCE_CODES: readonly CurrentProvinceCode[] = Object.freeze(
  CURRENT_PROVINCE_DATA.map((u) => asCurrentCode(u.code)).sort(),
);

const SORTED_CURRENT: readonly CurrentProvince[] = Object.freeze(
  [...CURRENT_VIEWS].sort((a, b) => (a.code < b.code ? -1 : 1)),
);

/** Whether a view is valid on an ISO date. @internal */
export const isValidAt = (p: Province, at: string): boolean => p.validFrom <= at && (p.validTo === null || at <= p.validTo);

/** The views of a legacy code (one per name period); empty for an unknown code. @internal */
export const legacyViewsOf = (code: string): readonly LegacyProvince[] => legacyByCode.get(code) ?? [];
/** The current view of a code, or undefined. @internal */
export const currentViewOf = (code: string): CurrentProvince | undefined => currentByCode.get(code);

/** The latest view of a legacy code (its name on 2025-06-30). @internal */
export function lastLegacyView(code: string): LegacyProvince | undefined {
  const views = legacyByCode.get(code);
  return views?.[views.length - 1];
}

/**
 * Whether a string is a code of the 63-unit map (and narrows it to {@link LegacyProvinceCode}).
 * @param code - the candidate: any value (only a two-digit string can be a code).
 * @returns `true` for the 63 codes valid until 2025-06-30.
 * @category Provinces
 * @example
 * isLegacyProvinceCode('95'); // true (Bạc Liêu)
 */
export function isLegacyProvinceCode(code: unknown): code is LegacyProvinceCode {
  return typeof code === 'string' && legacyByCode.has(code);
}

/**
 * Whether a string is a code of the 34-unit map (and narrows it to {@link CurrentProvinceCode}).
 * @param code - the candidate: any value (only a two-digit string can be a code).
 * @returns `true` for the 34 codes valid from 2025-07-01.
 * @category Provinces
 * @example
 * isCurrentProvinceCode('95'); // false: Bạc Liêu is part of Cà Mau (96) from 2025-07-01
 */
export function isCurrentProvinceCode(code: unknown): code is CurrentProvinceCode {
  return typeof code === 'string' && currentByCode.has(code);
}

/**
 * The units valid on a date: the 63 units from 2008-08-01 to 2025-06-30, the 34 units from 2025-07-01, in
 * ascending code order. The same frozen view objects are returned on every call.
 * @param at - the date, `YYYY-MM-DD`.
 * @returns the units, with the name and kind valid on that date.
 * @throws {@link KhuyenCongError} `date.invalid` for a malformed date; `geo.date-out-of-coverage` before
 *   2008-08-01 (the map then still had Hà Tây).
 * @category Provinces
 * @example
 * listProvinces('2025-06-30').length; // 63
 * listProvinces('2025-07-01').length; // 34
 */
export function listProvinces(at: string): readonly Province[] {
  const date = checkIsoDate(at);
  if (date < PROVINCE_COVERAGE_START) fail('geo.date-out-of-coverage', geoMessages.dateOutOfCoverage({ date }), ['at']);
  if (date >= CUTOVER_DAY) return SORTED_CURRENT;
  return LEGACY_VIEWS.filter((v) => isValidAt(v, date));
}


/**
 * The unit of the 34-unit map that an old unit became part of on 2025-07-01 (Nghị quyết 202/2025/QH15). Every
 * old unit has exactly one: no old province was split.
 * @param code - a code of the 63-unit map.
 * @returns the current unit.
 * @throws {@link KhuyenCongError} `geo.code-unknown` (from plain JavaScript) for anything but a code of the 63-unit map.
 * @category Provinces
 * @example
 * successorOf(parseProvinceCode('95', { era: 'legacy' })).shortName; // 'Cà Mau'
 * successorOf(parseProvinceCode('87', { era: 'legacy' })).code; // '82': Đồng Tháp keeps Tiền Giang's code
 */
export function successorOf(code: LegacyProvinceCode): CurrentProvince {
  if (!isLegacyProvinceCode(code)) unknownCode(code, 'một mã của bản đồ 63 đơn vị', 'a code of the 63-unit map');
  // A known code: every old unit has exactly one successor.
  return currentByCode.get((lastLegacyView(code) as LegacyProvince).successor) as CurrentProvince;
}

/**
 * The old units a current unit was formed from, each with its name on 2025-06-30, in the order the
 * resolution lists them.
 * @param code - a code of the 34-unit map.
 * @returns one unit for the 11 unchanged units, two or three for the 23 merged ones.
 * @throws {@link KhuyenCongError} `geo.code-unknown` (from plain JavaScript) for anything but a code of the 34-unit map.
 * @category Provinces
 * @example
 * predecessorsOf(parseProvinceCode('79', { era: 'current' })).map((p) => p.shortName);
 * // ['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh']
 */
export function predecessorsOf(code: CurrentProvinceCode): readonly LegacyProvince[] {
  if (!isCurrentProvinceCode(code)) unknownCode(code, 'một mã của bản đồ 34 đơn vị', 'a code of the 34-unit map');
  const unit = currentByCode.get(code) as CurrentProvince;
  return Object.freeze(unit.predecessors.map((c) => lastLegacyView(c) as LegacyProvince));
}

/** `geo.code-unknown` for a code argument outside its map (the branded type rules it out in TypeScript only). */
function unknownCode(code: unknown, vi: string, en: string): never {
  return fail(
    'geo.code-unknown',
    text(`Mã tỉnh phải là ${vi}, nhận được ${showValue(code, 40)}.`, `The province code must be ${en}, got ${showValue(code, 40)}.`),
    ['code'],
  );
}
