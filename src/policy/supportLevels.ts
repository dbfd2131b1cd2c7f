import type { LocalizedText } from '../internal/messages.js';
import { money, type Money } from '../quantity/Money.js';
import { percent, type Percent } from '../quantity/Percent.js';
import type { Citation } from './citation.js';
import { cite, tt28Art8 } from './cite.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { IsoDate } from './isoDate.js';
import type { SupportItemId } from './supportItems.js';

/**
 * What one support level is counted per.
 * @category Policy
 */
export type SupportUnit = 'per-model' | 'per-establishment' | 'per-round' | 'per-cluster' | 'per-enterprise' | 'per-event' | 'per-person';

/**
 * A condition attached to a level that the calculation itself does not check (the eligibility rules do).
 * @category Policy
 */
export type SupportCondition = 'difficult-or-extremely-difficult-area';

/**
 * One dated support level of national khuyến công funds: a percentage cap of the eligible cost and/or an
 * absolute cap in đồng, per unit, valid on [validFrom, validTo].
 * @category Policy
 */
export interface SupportLevel {
  /** Stable id: `<item>@<validFrom>`. */
  readonly id: string;
  readonly item: SupportItemId;
  /** The cap as a share of the eligible cost, when known. */
  readonly percentCap?: Percent;
  /** The cap in đồng, when known. */
  readonly absoluteCap?: Money;
  /**
   * `true` when the law also sets a percentage cap that the library does not know (the result is then an
   * upper bound, bounded only by the absolute cap).
   */
  readonly percentCapNotModelled?: boolean;
  readonly unit: SupportUnit;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly citation: Citation;
  readonly conditions?: readonly SupportCondition[];
  /** Last day the value is believed current; later queries carry a staleness warning. */
  readonly lastConfirmed?: IsoDate;
  readonly note?: LocalizedText;
}

const TTLT = { validFrom: '2014-04-08', validTo: '2018-05-10' } as const;
// TT 28/2018 is still cited as current in 2025–26 material, but Decree 235/2025 (from 2025-10-15) may have
// made its levels stale: every TT 28 value is confirmed only up to the day before.
const TT28 = { validFrom: '2018-05-11', validTo: null, lastConfirmed: '2025-10-14' } as const;
const ttlt = (sources: readonly string[]): Citation => cite('TTLT-26-2014-BTC-BCT', sources);
const tt28 = tt28Art8;
const trieu = (n: number): Money => money(n * 1_000_000);
const DIFFICULT = ['difficult-or-extremely-difficult-area'] as const;

/**
 * The known support levels of national khuyến công funds (legal.md §3, §8.3), dated: TTLT 26/2014 from
 * 2014-04-08 to 2018-05-10, TT 28/2018 from 2018-05-11 (open). A level not listed for a date is not known
 * and not modelled; nothing is copied forward. Deeply frozen.
 * @category Policy
 * @example
 * SUPPORT_LEVELS.find((l) => l.id === 'DEMO_MODEL_NEW_TECH@2018-05-11')?.absoluteCap?.dong; // 1000000000
 */
export const SUPPORT_LEVELS: readonly SupportLevel[] = deepFreeze([
  // TTLT 26/2014/TTLT-BTC-BCT
  { id: 'ENTERPRISE_FOUNDING@2014-04-08', item: 'ENTERPRISE_FOUNDING', absoluteCap: trieu(10), unit: 'per-enterprise', conditions: DIFFICULT, citation: ttlt(['S25', 'S26']), ...TTLT },
  { id: 'DEMO_MODEL_NEW_TECH@2014-04-08', item: 'DEMO_MODEL_NEW_TECH', percentCap: percent(30), absoluteCap: trieu(500), unit: 'per-model', citation: ttlt(['S25', 'S26']), ...TTLT },
  { id: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT@2014-04-08', item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT', absoluteCap: trieu(100), unit: 'per-model', citation: ttlt(['S25']), ...TTLT },
  { id: 'MACHINERY_APPLICATION@2014-04-08', item: 'MACHINERY_APPLICATION', percentCap: percent(50), absoluteCap: trieu(200), unit: 'per-establishment', citation: ttlt(['S25']), ...TTLT },
  {
    id: 'POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT@2014-04-08',
    item: 'POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT',
    percentCap: percent(30),
    absoluteCap: trieu(300),
    unit: 'per-establishment',
    citation: ttlt(['S26']),
    ...TTLT,
  },
  { id: 'STUDY_TOUR_ABROAD_AIRFARE@2014-04-08', item: 'STUDY_TOUR_ABROAD_AIRFARE', percentCap: percent(100), unit: 'per-person', citation: ttlt(['S25']), ...TTLT },
  { id: 'TYPICAL_PRODUCT_SELECTION_REGIONAL@2014-04-08', item: 'TYPICAL_PRODUCT_SELECTION_REGIONAL', absoluteCap: trieu(100), unit: 'per-round', citation: ttlt(['S23']), ...TTLT },
  { id: 'TYPICAL_PRODUCT_SELECTION_NATIONAL@2014-04-08', item: 'TYPICAL_PRODUCT_SELECTION_NATIONAL', absoluteCap: trieu(200), unit: 'per-round', citation: ttlt(['S23']), ...TTLT },
  {
    id: 'CCN_INFRASTRUCTURE@2014-04-08',
    item: 'CCN_INFRASTRUCTURE',
    absoluteCap: trieu(3_000),
    percentCapNotModelled: true,
    unit: 'per-cluster',
    citation: ttlt(['S23']),
    ...TTLT,
  },
  // TT 28/2018/TT-BTC
  { id: 'ENTERPRISE_FOUNDING@2018-05-11', item: 'ENTERPRISE_FOUNDING', absoluteCap: trieu(10), unit: 'per-enterprise', conditions: DIFFICULT, citation: tt28(undefined, ['S19']), ...TT28 },
  { id: 'DEMO_MODEL_NEW_TECH@2018-05-11', item: 'DEMO_MODEL_NEW_TECH', percentCap: percent(30), absoluteCap: trieu(1_000), unit: 'per-model', citation: tt28(2, ['S20', 'S19', 'S23']), ...TT28 },
  { id: 'MACHINERY_APPLICATION@2018-05-11', item: 'MACHINERY_APPLICATION', percentCap: percent(50), absoluteCap: trieu(300), unit: 'per-establishment', citation: tt28(4, ['S21', 'S23']), ...TT28 },
  {
    id: 'TECH_LINE_APPLICATION@2018-05-11',
    item: 'TECH_LINE_APPLICATION',
    absoluteCap: trieu(450),
    percentCapNotModelled: true,
    unit: 'per-establishment',
    citation: tt28(4, ['S21', 'S23']),
    note: { vi: 'Mức trần bằng 1,5 lần mức hỗ trợ máy móc thiết bị.', en: 'The cap is 1.5 times the machinery cap.' },
    ...TT28,
  },
  {
    id: 'FAIR_ABROAD@2018-05-11',
    item: 'FAIR_ABROAD',
    percentCap: percent(100),
    unit: 'per-event',
    citation: tt28(6, ['S22']),
    note: {
      vi: '100% các khoản chi được liệt kê (thuê mặt bằng, thiết kế, dàn dựng gian hàng, trang trí, khai mạc, hội thảo, nhân sự tổ chức).',
      en: '100% of the listed cost items (space, booth design and build, decoration, opening, workshops, organising staff).',
    },
    ...TT28,
  },
  { id: 'STUDY_TOUR_ABROAD_AIRFARE@2018-05-11', item: 'STUDY_TOUR_ABROAD_AIRFARE', percentCap: percent(100), unit: 'per-person', citation: tt28(undefined, ['S22']), ...TT28 },
  { id: 'TYPICAL_PRODUCT_SELECTION_REGIONAL@2018-05-11', item: 'TYPICAL_PRODUCT_SELECTION_REGIONAL', absoluteCap: trieu(200), unit: 'per-round', citation: tt28(undefined, ['S23']), ...TT28 },
  { id: 'TYPICAL_PRODUCT_SELECTION_NATIONAL@2018-05-11', item: 'TYPICAL_PRODUCT_SELECTION_NATIONAL', absoluteCap: trieu(400), unit: 'per-round', citation: tt28(undefined, ['S23']), ...TT28 },
  {
    id: 'CCN_INFRASTRUCTURE@2018-05-11',
    item: 'CCN_INFRASTRUCTURE',
    absoluteCap: trieu(6_000),
    percentCapNotModelled: true,
    unit: 'per-cluster',
    citation: tt28(undefined, ['S23']),
    ...TT28,
  },
] satisfies SupportLevel[]);
