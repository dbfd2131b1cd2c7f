/**
 * Provinces: the dated registry of Vietnam's provincial-level units across the 2025 reorganisation, lookups,
 * restating series onto the current map, and groups.
 */
export { type ExactValue } from './exactSum.js';
export {
  findProvince,
  type FindProvinceFailure,
  type FindProvinceOptions,
  type FindProvinceResult,
  type FoundProvince,
} from './findProvince.js';
export { foldProvinceName } from './foldProvinceName.js';
export { groupTotals, type GroupTotal, type GroupTotalLine, type GroupTotals } from './groupTotals.js';
export { parseProvinceCode, safeParseProvinceCode, type ParseProvinceCodeOptions } from './parseProvinceCode.js';
export {
  parseProvinceGroups,
  safeParseProvinceGroups,
  type ParseProvinceGroupsOptions,
} from './parseProvinceGroups.js';
export {
  PROVINCE_COVERAGE_START,
  CUTOVER_DAY,
  LEGACY_LAST_DAY,
  GEO_SOURCES,
  type GeoConfidence,
  type GeoSource,
  type GeoSourceId,
  type ProvinceKind,
  type RegionId,
} from './provinceData.js';
export type {
  CurrentProvinceCode,
  LegacyProvinceCode,
  ProvinceCode,
  ProvinceCodeOf,
  ProvinceEra,
} from './ProvinceCode.js';
export { regionGroups, REGIONS, type ProvinceGroup, type Region } from './regions.js';
export {
  CURRENT_PROVINCE_CODES,
  isCurrentProvinceCode,
  isLegacyProvinceCode,
  LEGACY_PROVINCE_CODES,
  listProvinces,
  predecessorsOf,
  successorOf,
  type CurrentProvince,
  type LegacyProvince,
  type Province,
  type ProvinceBase,
  type RegionAssignment,
} from './registry.js';
export {
  restateToCurrentMap,
  type NotRestated,
  type NotRestatedReason,
  type RestatedSeries,
  type RestatedValue,
  type RestateWarning,
  type SeriesByProvince,
} from './restateToCurrentMap.js';
export {
  restateToLegacyMap,
  type LegacyRestatedSeries,
  type LegacyRestatedValue,
  type RefusedSplit,
} from './restateToLegacyMap.js';
