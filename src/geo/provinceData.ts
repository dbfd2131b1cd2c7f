/**
 * The provincial-level units of Vietnam as data: the 63 units of the map valid until 30 June 2025 and the 34
 * units valid from 1 July 2025, with the sources each fact comes from. Plain strings here; the registry
 * (`registry.ts`) brands the codes and builds the lookup indexes once. See docs/provinces.md for the sources,
 * how they were cross-checked, and what could not be verified.
 */
import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * The id of a source of geographic facts (see {@link GEO_SOURCES} and docs/provinces.md).
 * @category Provinces
 */
export type GeoSourceId =
  | 'QD-124-2004-TTg'
  | 'NQ-15-2008-QH12'
  | 'NQ-81-2023-QH15'
  | 'NQ-175-2024-QH15'
  | 'NQ-60-2025-TW'
  | 'NQ-202-2025-QH15'
  | 'CV-915-CTK-CSCL'
  | 'dataset:dvhcvn-20250701'
  | 'dataset:thanglequoc-vpd'
  | 'dataset:daohoangson-dvhcvn';

/**
 * How a geographic fact was checked: `verified-from-text`, read in a reproduction of the instrument itself
 * (or of the official list it contains); `secondary`, taken from the press or a portal reporting the
 * instrument; `dataset`, taken from a public dataset and cross-checked against a second source.
 * @category Provinces
 */
export type GeoConfidence = 'verified-from-text' | 'secondary' | 'dataset';

/**
 * A source of the registry's facts.
 * @category Provinces
 */
export interface GeoSource {
  /** Its key in {@link GEO_SOURCES}. */
  readonly id: GeoSourceId;
  /** The instrument or dataset, as cited. */
  readonly title: string;
  /** Where it was read (a reproduction or report of it). */
  readonly readAt: string;
  /** How it was checked. */
  readonly confidence: GeoConfidence;
  /** What the registry takes from it. */
  readonly supports: string;
}

/**
 * The sources of the provincial registry, each with where it was read and what it supports.
 * @category Provinces
 */
export const GEO_SOURCES: Readonly<Record<GeoSourceId, GeoSource>> = deepFreeze({
  'QD-124-2004-TTg': {
    id: 'QD-124-2004-TTg',
    title: 'Quyết định 124/2004/QĐ-TTg (danh mục và mã số các đơn vị hành chính Việt Nam)',
    readAt:
      'not read directly; codes taken from daohoangson/dvhcvn data/sorted.json (spot-checked) and checked against public code lists found by exact-string search (one complete, three partial), which agree',
    confidence: 'dataset',
    supports: 'the two-digit codes of the 63 units valid until 2025-06-30',
  },
  'NQ-15-2008-QH12': {
    id: 'NQ-15-2008-QH12',
    title: 'Nghị quyết 15/2008/QH12 (điều chỉnh địa giới hành chính thành phố Hà Nội), in force 2008-08-01',
    readAt: 'vanbanso.com reproduction (Điều 1) and baomoi.com report of 29/05/2008',
    confidence: 'secondary',
    supports: 'the start of the 63-unit map (Hà Tây merged into Hà Nội): the registry covers dates from 2008-08-01',
  },
  'NQ-81-2023-QH15': {
    id: 'NQ-81-2023-QH15',
    title: 'Nghị quyết 81/2023/QH15 (quy hoạch tổng thể quốc gia 2021–2030): six socio-economic regions',
    readAt:
      'not read directly; memberships from regional-plan reports (ngaynay.vn: 14 provinces of Trung du và miền núi phía Bắc; baoquangnam.vn: 5 of Tây Nguyên; nghean24h.vn: 14 of Bắc Trung Bộ và duyên hải miền Trung; kinhtemoitruong.vn: 11 of Đồng bằng sông Hồng; Đông Nam Bộ 6 and Đồng bằng sông Cửu Long 13 by the common list)',
    confidence: 'secondary',
    supports: 'the region of each of the 63 units',
  },
  'NQ-175-2024-QH15': {
    id: 'NQ-175-2024-QH15',
    title: 'Nghị quyết 175/2024/QH15 (thành lập Thành phố Huế trực thuộc trung ương), in force 2025-01-01',
    readAt: 'phunucuocsong.vn report of 30/11/2024; cand.com.vn report of 29/12/2024',
    confidence: 'secondary',
    supports: 'Thừa Thiên Huế becomes the municipality Thành phố Huế on 2025-01-01, same territory and code',
  },
  'NQ-60-2025-TW': {
    id: 'NQ-60-2025-TW',
    title: 'Nghị quyết 60-NQ/TW (12/4/2025), appendix: names and political-administrative seats of the 34 units',
    readAt: 'dvhcvn/20250701 input/docs/60-NQ_TW.md',
    confidence: 'verified-from-text',
    supports: 'which old units form each new unit, its name, and which old unit hosts its seat',
  },
  'NQ-202-2025-QH15': {
    id: 'NQ-202-2025-QH15',
    title: 'Nghị quyết 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh năm 2025), adopted and in force 2025-06-12',
    readAt:
      'text not reached; its content as reported by vnexpress.net (12/6/2025) and nghean24h.vn, both matching the 60-NQ/TW appendix',
    confidence: 'secondary',
    supports: 'the legal act of the 23 mergers and the 11 unchanged units; 34 units (28 provinces, 6 municipalities)',
  },
  'CV-915-CTK-CSCL': {
    id: 'CV-915-CTK-CSCL',
    title: 'Công văn 915/CTK-CSCL (Cục Thống kê): codes of the 34 provincial-level units',
    readAt: 'dvhcvn/20250701 input/docs/915_CTK-CSCL.csv',
    confidence: 'verified-from-text',
    supports: 'the two-digit codes of the 34 units valid from 2025-07-01',
  },
  'dataset:dvhcvn-20250701': {
    id: 'dataset:dvhcvn-20250701',
    title: 'github.com/dvhcvn/20250701',
    readAt: 'README.md, input/docs/915_CTK-CSCL.csv, input/docs/60-NQ_TW.md',
    confidence: 'dataset',
    supports: 'reproductions of Công văn 915/CTK-CSCL and 60-NQ/TW',
  },
  'dataset:thanglequoc-vpd': {
    id: 'dataset:thanglequoc-vpd',
    title: 'github.com/thanglequoc/vietnamese-provinces-database',
    readAt:
      'dataset-generation-scripts/resources/manual_decree_seeds/provinces_seed.sql; mysql/ImportData_vn_units.sql (generated 2025-07-22)',
    confidence: 'dataset',
    supports: 'second source for the 34 codes, official names and kinds (uses an 8-region scheme: not used for regions)',
  },
  'dataset:daohoangson-dvhcvn': {
    id: 'dataset:daohoangson-dvhcvn',
    title: 'github.com/daohoangson/dvhcvn',
    readAt: 'data/sorted.json (the pre-2025 list that dvhcvn/20250701 starts from)',
    confidence: 'dataset',
    supports: 'the 63 pre-2025 codes, names and kinds',
  },
} as const satisfies Record<GeoSourceId, GeoSource>);

/**
 * The six socio-economic regions of Nghị quyết 81/2023/QH15. (Some datasets use an 8-region geographic
 * scheme instead, which splits the north and puts Quảng Ninh in Đông Bắc Bộ: not this one.)
 * @category Provinces
 */
export type RegionId =
  | 'northern-midlands-and-mountains'
  | 'red-river-delta'
  | 'north-central-and-central-coast'
  | 'central-highlands'
  | 'southeast'
  | 'mekong-river-delta';

/**
 * Whether a unit is a province (tỉnh) or a centrally-run municipality (thành phố trực thuộc trung ương).
 * @category Provinces
 */
export type ProvinceKind = 'province' | 'municipality';

/** One region's data. */
export interface RegionData {
  readonly id: RegionId;
  readonly vi: string;
  readonly en: string;
}

/** The regions in the order of the resolution. */
export const REGION_DATA = deepFreeze([
  { id: 'northern-midlands-and-mountains', vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  { id: 'red-river-delta', vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  {
    id: 'north-central-and-central-coast',
    vi: 'Bắc Trung Bộ và duyên hải miền Trung',
    en: 'North Central and Central Coastal Region',
  },
  { id: 'central-highlands', vi: 'Tây Nguyên', en: 'Central Highlands' },
  { id: 'southeast', vi: 'Đông Nam Bộ', en: 'Southeast' },
  { id: 'mekong-river-delta', vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' },
] as const satisfies readonly RegionData[]);

/** A period of a unit's name and kind (a unit's name or kind can change while its territory and code stay). */
export interface NamePeriodData {
  /** The name without its prefix ("Bạc Liêu"). */
  readonly name: string;
  /** The name without diacritics ("Bac Lieu"). */
  readonly ascii: string;
  readonly kind: ProvinceKind;
  /** First day of this period (ISO date); absent = from the start of the unit's validity. */
  readonly from?: string;
  /** Last day of this period (ISO date); absent = to the end of the unit's validity. */
  readonly to?: string;
  readonly sources: readonly GeoSourceId[];
}

/** One unit of the map valid until 2025-06-30. */
export interface LegacyProvinceData {
  readonly code: string;
  readonly periods: readonly NamePeriodData[];
  readonly region: RegionId;
  /** The code of the unit it became part of on 2025-07-01. */
  readonly successor: string;
  /** Extra spellings and abbreviations (names, ASCII and English forms are indexed automatically). */
  readonly aliases: readonly string[];
}

/** One unit of the map valid from 2025-07-01. */
export interface CurrentProvinceData {
  readonly code: string;
  readonly name: string;
  readonly ascii: string;
  readonly kind: ProvinceKind;
  /** The old units it was formed from (one for the 11 unchanged units). */
  readonly predecessors: readonly string[];
  /** The old unit whose territory hosts its political-administrative seat (its code is the new code). */
  readonly seat: string;
  /** The item of the 60-NQ/TW appendix (section II for mergers), or null for an unchanged unit. */
  readonly mergerItem: number | null;
  readonly aliases: readonly string[];
  readonly sources: readonly GeoSourceId[];
}

/**
 * The first day the registry covers: the 63-unit map starts when Hà Tây joined Hà Nội (NQ 15/2008/QH12).
 * @category Provinces
 */
export const PROVINCE_COVERAGE_START = '2008-08-01';
/**
 * The last day of the 63-unit map (the day before {@link CUTOVER_DAY}).
 * @category Provinces
 */
export const LEGACY_LAST_DAY = '2025-06-30';
/**
 * The statistical cut-over: the 34 new provincial governments and code table apply from this day
 * (Nghị quyết 202/2025/QH15 took effect on 2025-06-12).
 * @category Provinces
 */
export const CUTOVER_DAY = '2025-07-01';

const OLD = ['QD-124-2004-TTg', 'dataset:daohoangson-dvhcvn'] as const satisfies readonly GeoSourceId[];
const P = 'province';
const M = 'municipality';
const NORTH = 'northern-midlands-and-mountains';
const RED = 'red-river-delta';
const CENTRAL = 'north-central-and-central-coast';
const HIGH = 'central-highlands';
const SE = 'southeast';
const MEKONG = 'mekong-river-delta';

const HCM_ALIASES = ['TP HCM', 'TPHCM', 'TP.HCM', 'HCM', 'HCMC', 'Sài Gòn', 'Saigon'] as const;
const HUE_ALIASES = ['Huế', 'TT Huế', 'TT-Huế', 'TT.Huế', 'Thừa Thiên - Huế', 'Thừa Thiên Huế'] as const;

function unit(
  code: string,
  name: string,
  ascii: string,
  kind: ProvinceKind,
  region: RegionId,
  successor: string,
  aliases: readonly string[] = [],
): LegacyProvinceData {
  return { code, periods: [{ name, ascii, kind, sources: OLD }], region, successor, aliases };
}

/**
 * The 63 provincial-level units valid from 2008-08-01 to 2025-06-30: code (QĐ 124/2004/QĐ-TTg), name, kind,
 * region (NQ 81/2023/QH15) and successor (NQ 202/2025/QH15; codes of Công văn 915/CTK-CSCL).
 */
export const LEGACY_PROVINCE_DATA = deepFreeze([
  unit('01', 'Hà Nội', 'Ha Noi', M, RED, '01', ['Hanoi', 'HN']),
  unit('02', 'Hà Giang', 'Ha Giang', P, NORTH, '08'),
  unit('04', 'Cao Bằng', 'Cao Bang', P, NORTH, '04'),
  unit('06', 'Bắc Kạn', 'Bac Kan', P, NORTH, '19', ['Bắc Cạn']),
  unit('08', 'Tuyên Quang', 'Tuyen Quang', P, NORTH, '08'),
  unit('10', 'Lào Cai', 'Lao Cai', P, NORTH, '15'),
  unit('11', 'Điện Biên', 'Dien Bien', P, NORTH, '11'),
  unit('12', 'Lai Châu', 'Lai Chau', P, NORTH, '12'),
  unit('14', 'Sơn La', 'Son La', P, NORTH, '14'),
  unit('15', 'Yên Bái', 'Yen Bai', P, NORTH, '15'),
  unit('17', 'Hòa Bình', 'Hoa Binh', P, NORTH, '25'),
  unit('19', 'Thái Nguyên', 'Thai Nguyen', P, NORTH, '19'),
  unit('20', 'Lạng Sơn', 'Lang Son', P, NORTH, '20'),
  unit('22', 'Quảng Ninh', 'Quang Ninh', P, RED, '22'),
  unit('24', 'Bắc Giang', 'Bac Giang', P, NORTH, '24'),
  unit('25', 'Phú Thọ', 'Phu Tho', P, NORTH, '25'),
  unit('26', 'Vĩnh Phúc', 'Vinh Phuc', P, RED, '25'),
  unit('27', 'Bắc Ninh', 'Bac Ninh', P, RED, '24'),
  unit('30', 'Hải Dương', 'Hai Duong', P, RED, '31'),
  unit('31', 'Hải Phòng', 'Hai Phong', M, RED, '31', ['Haiphong']),
  unit('33', 'Hưng Yên', 'Hung Yen', P, RED, '33'),
  unit('34', 'Thái Bình', 'Thai Binh', P, RED, '33'),
  unit('35', 'Hà Nam', 'Ha Nam', P, RED, '37'),
  unit('36', 'Nam Định', 'Nam Dinh', P, RED, '37'),
  unit('37', 'Ninh Bình', 'Ninh Binh', P, RED, '37'),
  unit('38', 'Thanh Hóa', 'Thanh Hoa', P, CENTRAL, '38'),
  unit('40', 'Nghệ An', 'Nghe An', P, CENTRAL, '40'),
  unit('42', 'Hà Tĩnh', 'Ha Tinh', P, CENTRAL, '42'),
  unit('44', 'Quảng Bình', 'Quang Binh', P, CENTRAL, '44'),
  unit('45', 'Quảng Trị', 'Quang Tri', P, CENTRAL, '44'),
  {
    code: '46',
    // NQ 175/2024/QH15: the province became a municipality on 2025-01-01, same territory and code.
    periods: [
      { name: 'Thừa Thiên Huế', ascii: 'Thua Thien Hue', kind: P, to: '2024-12-31', sources: OLD },
      { name: 'Huế', ascii: 'Hue', kind: M, from: '2025-01-01', sources: ['NQ-175-2024-QH15'] },
    ],
    region: CENTRAL,
    successor: '46',
    aliases: HUE_ALIASES,
  },
  unit('48', 'Đà Nẵng', 'Da Nang', M, CENTRAL, '48'),
  unit('49', 'Quảng Nam', 'Quang Nam', P, CENTRAL, '48'),
  unit('51', 'Quảng Ngãi', 'Quang Ngai', P, CENTRAL, '51'),
  unit('52', 'Bình Định', 'Binh Dinh', P, CENTRAL, '52'),
  unit('54', 'Phú Yên', 'Phu Yen', P, CENTRAL, '66'),
  unit('56', 'Khánh Hòa', 'Khanh Hoa', P, CENTRAL, '56'),
  unit('58', 'Ninh Thuận', 'Ninh Thuan', P, CENTRAL, '56'),
  unit('60', 'Bình Thuận', 'Binh Thuan', P, CENTRAL, '68'),
  unit('62', 'Kon Tum', 'Kon Tum', P, HIGH, '51'),
  unit('64', 'Gia Lai', 'Gia Lai', P, HIGH, '52'),
  unit('66', 'Đắk Lắk', 'Dak Lak', P, HIGH, '66', ['Đắc Lắc', 'Darlac']),
  unit('67', 'Đắk Nông', 'Dak Nong', P, HIGH, '68', ['Đắc Nông']),
  unit('68', 'Lâm Đồng', 'Lam Dong', P, HIGH, '68'),
  unit('70', 'Bình Phước', 'Binh Phuoc', P, SE, '75'),
  unit('72', 'Tây Ninh', 'Tay Ninh', P, SE, '80'),
  unit('74', 'Bình Dương', 'Binh Duong', P, SE, '79'),
  unit('75', 'Đồng Nai', 'Dong Nai', P, SE, '75'),
  unit('77', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', P, SE, '79', ['BR-VT', 'BRVT', 'BR VT', 'Bà Rịa Vũng Tàu']),
  unit('79', 'Hồ Chí Minh', 'Ho Chi Minh', M, SE, '79', HCM_ALIASES),
  unit('80', 'Long An', 'Long An', P, MEKONG, '80'),
  unit('82', 'Tiền Giang', 'Tien Giang', P, MEKONG, '82'),
  unit('83', 'Bến Tre', 'Ben Tre', P, MEKONG, '86'),
  unit('84', 'Trà Vinh', 'Tra Vinh', P, MEKONG, '86'),
  unit('86', 'Vĩnh Long', 'Vinh Long', P, MEKONG, '86'),
  unit('87', 'Đồng Tháp', 'Dong Thap', P, MEKONG, '82'),
  unit('89', 'An Giang', 'An Giang', P, MEKONG, '91'),
  unit('91', 'Kiên Giang', 'Kien Giang', P, MEKONG, '91'),
  unit('92', 'Cần Thơ', 'Can Tho', M, MEKONG, '92'),
  unit('93', 'Hậu Giang', 'Hau Giang', P, MEKONG, '92'),
  unit('94', 'Sóc Trăng', 'Soc Trang', P, MEKONG, '92'),
  unit('95', 'Bạc Liêu', 'Bac Lieu', P, MEKONG, '96'),
  unit('96', 'Cà Mau', 'Ca Mau', P, MEKONG, '96'),
] as const satisfies readonly LegacyProvinceData[]);

const NEW = ['NQ-60-2025-TW', 'NQ-202-2025-QH15', 'CV-915-CTK-CSCL', 'dataset:thanglequoc-vpd'] as const satisfies readonly GeoSourceId[];

function current(
  code: string,
  name: string,
  ascii: string,
  kind: ProvinceKind,
  predecessors: readonly string[],
  seat: string,
  mergerItem: number | null,
  aliases: readonly string[] = [],
): CurrentProvinceData {
  return { code, name, ascii, kind, predecessors, seat, mergerItem, aliases, sources: NEW };
}

/**
 * The 34 provincial-level units valid from 2025-07-01 (NQ 202/2025/QH15; codes of Công văn 915/CTK-CSCL),
 * in the order of the 60-NQ/TW appendix: the 11 unchanged units (section I), then the 23 mergers (section
 * II, items 1–23). Predecessors are listed as the appendix lists them; `seat` is the old unit named as the
 * seat ("trung tâm chính trị - hành chính đặt tại …").
 */
export const CURRENT_PROVINCE_DATA = deepFreeze([
  current('01', 'Hà Nội', 'Ha Noi', M, ['01'], '01', null, ['Hanoi', 'HN']),
  current('46', 'Huế', 'Hue', M, ['46'], '46', null, HUE_ALIASES),
  current('12', 'Lai Châu', 'Lai Chau', P, ['12'], '12', null),
  current('11', 'Điện Biên', 'Dien Bien', P, ['11'], '11', null),
  current('14', 'Sơn La', 'Son La', P, ['14'], '14', null),
  current('20', 'Lạng Sơn', 'Lang Son', P, ['20'], '20', null),
  current('22', 'Quảng Ninh', 'Quang Ninh', P, ['22'], '22', null),
  current('38', 'Thanh Hóa', 'Thanh Hoa', P, ['38'], '38', null),
  current('40', 'Nghệ An', 'Nghe An', P, ['40'], '40', null),
  current('42', 'Hà Tĩnh', 'Ha Tinh', P, ['42'], '42', null),
  current('04', 'Cao Bằng', 'Cao Bang', P, ['04'], '04', null),
  current('08', 'Tuyên Quang', 'Tuyen Quang', P, ['08', '02'], '08', 1),
  current('15', 'Lào Cai', 'Lao Cai', P, ['10', '15'], '15', 2),
  current('19', 'Thái Nguyên', 'Thai Nguyen', P, ['06', '19'], '19', 3),
  current('25', 'Phú Thọ', 'Phu Tho', P, ['26', '25', '17'], '25', 4),
  current('24', 'Bắc Ninh', 'Bac Ninh', P, ['27', '24'], '24', 5),
  current('33', 'Hưng Yên', 'Hung Yen', P, ['33', '34'], '33', 6),
  current('31', 'Hải Phòng', 'Hai Phong', M, ['30', '31'], '31', 7, ['Haiphong']),
  current('37', 'Ninh Bình', 'Ninh Binh', P, ['35', '37', '36'], '37', 8),
  current('44', 'Quảng Trị', 'Quang Tri', P, ['44', '45'], '44', 9),
  current('48', 'Đà Nẵng', 'Da Nang', M, ['49', '48'], '48', 10),
  current('51', 'Quảng Ngãi', 'Quang Ngai', P, ['62', '51'], '51', 11),
  current('52', 'Gia Lai', 'Gia Lai', P, ['64', '52'], '52', 12),
  current('56', 'Khánh Hòa', 'Khanh Hoa', P, ['58', '56'], '56', 13),
  current('68', 'Lâm Đồng', 'Lam Dong', P, ['68', '67', '60'], '68', 14),
  current('66', 'Đắk Lắk', 'Dak Lak', P, ['66', '54'], '66', 15, ['Đắc Lắc', 'Darlac']),
  current('79', 'Hồ Chí Minh', 'Ho Chi Minh', M, ['77', '74', '79'], '79', 16, HCM_ALIASES),
  current('75', 'Đồng Nai', 'Dong Nai', P, ['75', '70'], '75', 17),
  current('80', 'Tây Ninh', 'Tay Ninh', P, ['72', '80'], '80', 18),
  current('92', 'Cần Thơ', 'Can Tho', M, ['92', '94', '93'], '92', 19),
  current('86', 'Vĩnh Long', 'Vinh Long', P, ['83', '86', '84'], '86', 20),
  current('82', 'Đồng Tháp', 'Dong Thap', P, ['82', '87'], '82', 21),
  current('96', 'Cà Mau', 'Ca Mau', P, ['95', '96'], '96', 22),
  current('91', 'An Giang', 'An Giang', P, ['89', '91'], '91', 23),
] as const satisfies readonly CurrentProvinceData[]);
