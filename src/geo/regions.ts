import { text, type LocalizedText } from '../internal/messages.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { REGION_DATA, type RegionId } from './provinceData.js';
import type { CurrentProvinceCode, LegacyProvinceCode, ProvinceCodeOf, ProvinceEra } from './ProvinceCode.js';
import { CURRENT_VIEWS, LEGACY_VIEWS } from './registry.js';

/**
 * A named set of provinces of one map: a region, or a user-defined grouping (for example the provinces of a
 * khuyến công regional conference, which no published list defines: supply it as data).
 * @category Provinces
 */
export interface ProvinceGroup<C extends LegacyProvinceCode | CurrentProvinceCode = LegacyProvinceCode | CurrentProvinceCode> {
  readonly id: string;
  readonly label: LocalizedText;
  readonly members: readonly C[];
}

/**
 * A socio-economic region of Nghị quyết 81/2023/QH15.
 * @category Provinces
 */
export interface Region {
  readonly id: RegionId;
  readonly label: LocalizedText;
}

/**
 * The six socio-economic regions of Nghị quyết 81/2023/QH15, in the resolution's order.
 * @category Provinces
 */
export const REGIONS: readonly Region[] = deepFreeze(REGION_DATA.map((r) => ({ id: r.id, label: text(r.vi, r.en) })));

function build<C extends LegacyProvinceCode | CurrentProvinceCode>(
  views: readonly { readonly code: C; readonly region: { readonly assigned: boolean; readonly region?: RegionId } }[],
): readonly ProvinceGroup<C>[] {
  return deepFreeze(
    REGIONS.map((r) => ({
      id: r.id,
      label: r.label,
      members: [...new Set(views.filter((v) => v.region.region === r.id).map((v) => v.code))].sort(),
    })),
  );
}

const LEGACY_REGION_GROUPS = build<LegacyProvinceCode>(LEGACY_VIEWS);
const CURRENT_REGION_GROUPS = build<CurrentProvinceCode>(CURRENT_VIEWS);

/**
 * The six regions as groups of one map. For the 63-unit map every unit is in exactly one region. For the
 * 34-unit map a unit is in a region only when all the old units it was formed from were; the seven mergers
 * that cross regions (Phú Thọ, Bắc Ninh, Quảng Ngãi, Gia Lai, Đắk Lắk, Lâm Đồng, Tây Ninh) are in none, since
 * no source assigns them one (see docs/provinces.md).
 * @param era - which map.
 * @returns six groups, in the resolution's order, members ascending.
 * @category Provinces
 * @example
 * regionGroups('legacy')[3]?.members; // ['62', '64', '66', '67', '68'] (Tây Nguyên)
 */
export function regionGroups<E extends ProvinceEra>(era: E): readonly ProvinceGroup<ProvinceCodeOf<E>>[] {
  return (era === 'legacy' ? LEGACY_REGION_GROUPS : CURRENT_REGION_GROUPS) as readonly ProvinceGroup<ProvinceCodeOf<E>>[];
}
