import { checkDate } from '../internal/date.js';
import type { NoAnswer } from '../internal/result.js';
import { text, type LocalizedText } from '../internal/messages.js';
import { ACTIVITY_CATEGORIES, type ActivityCategory } from './activityCategories.js';
import { BENEFICIARY_GROUPS, UNRESOLVED_BENEFICIARY_GROUPS, type BeneficiaryGroup, type BeneficiaryGroupId } from './beneficiaryGroups.js';
import { entriesValidOn, type CatalogueEntry } from './catalogueEntry.js';
import type { InstrumentId } from './citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { FUND_SOURCES, type FundSourceId } from './fundSources.js';
import { INDUSTRIES, UNRESOLVED_INDUSTRIES, type Industry, type IndustryId } from './industries.js';
import { INSTRUMENT_IDS, INSTRUMENTS } from './instruments.js';
import { inPeriod, type IsoDate } from './isoDate.js';
import { LEGAL_FORMS, type LegalForm } from './legalForms.js';
import { LOCATION_KINDS, type LocationKind } from './locationKinds.js';
import type { NotModelledEntry } from './notModelled.js';
import { PROGRAMMES, type Programme } from './programmes.js';
import { PROJECT_SCOPES, type ProjectScopeId } from './projectScopes.js';
import { COVERAGE_START, REGIMES, type Regime } from './regimes.js';
import { SUPPORT_ITEMS, type SupportItem } from './supportItems.js';
import { levelWarnings } from './supportLevelAt.js';
import { SUPPORT_LEVELS, type SupportLevel } from './supportLevels.js';
import {
  TYPICAL_PRODUCT_GROUPS,
  TYPICAL_PRODUCT_LEVELS,
  TYPICAL_PRODUCT_REGIONS,
  TYPICAL_PRODUCT_SCORE_SHEET,
  type ScoreSheet,
  type TypicalProductGroupId,
  type TypicalProductLevel,
  type TypicalProductRegionId,
} from './typicalProducts.js';

/**
 * The policy in force on one day: the regime and every catalogue row and parameter valid that day.
 * Deeply frozen.
 * @category Policy
 */
export interface PolicySnapshot {
  readonly date: IsoDate;
  readonly regime: Regime;
  readonly activityCategories: readonly ActivityCategory[];
  readonly supportItems: readonly SupportItem[];
  readonly supportLevels: readonly SupportLevel[];
  readonly legalForms: readonly LegalForm[];
  readonly beneficiaryGroups: readonly BeneficiaryGroup[];
  readonly unresolvedBeneficiaryGroups: readonly NotModelledEntry<BeneficiaryGroupId>[];
  readonly locationKinds: readonly LocationKind[];
  readonly industries: readonly Industry[];
  readonly unresolvedIndustries: readonly NotModelledEntry<IndustryId>[];
  readonly typicalProductLevels: readonly TypicalProductLevel[];
  readonly typicalProductRegions: readonly CatalogueEntry<TypicalProductRegionId>[];
  readonly typicalProductGroups: readonly CatalogueEntry<TypicalProductGroupId>[];
  /** `null` before TT 26/2014/TT-BCT took effect (2014-10-21). */
  readonly scoreSheet: ScoreSheet | null;
  readonly fundSources: readonly CatalogueEntry<FundSourceId>[];
  readonly projectScopes: readonly CatalogueEntry<ProjectScopeId>[];
  /** The national programmes approved by that day whose period includes its year. */
  readonly programmes: readonly Programme[];
  /** Registered instruments in force that day (known effective date on or before it, not ended). */
  readonly instrumentsInForce: readonly InstrumentId[];
  /** The regime's caveats and the staleness of any level past its last confirmation. */
  readonly warnings: readonly LocalizedText[];
}

/**
 * A date the library does not cover (before Decree 45/2012 took effect): `reason.code` is `'not-covered'`.
 * @category Policy
 */
export interface PolicyNotCovered {
  readonly ok: false;
  readonly date: IsoDate;
  readonly reason: NoAnswer<'not-covered'>;
}

/**
 * The answer of {@link policyAt}, a `Result`: `{ ok: true, value }` with the snapshot, or {@link PolicyNotCovered}.
 * @category Policy
 */
export type PolicyAtResult = { readonly ok: true; readonly value: PolicySnapshot } | PolicyNotCovered;

function instrumentsInForce(date: IsoDate): InstrumentId[] {
  return INSTRUMENT_IDS.filter((id) => {
    const i = INSTRUMENTS[id];
    return i.effective.date !== null && inPeriod(date, i.effective.date, i.end.date);
  });
}

/**
 * The khuyến công policy in force on a date: `'ND45-2012'` from 2012-07-05 to 2025-10-14,
 * `'ND45-as-amended-ND235'` from 2025-10-15, with the catalogues and parameters valid that day. The regime
 * is picked from the {@link REGIMES} table by date. Dates before 2012-07-05 are explicitly not covered.
 * @param date - the day, `YYYY-MM-DD`.
 * @returns `{ ok: true, value }` with a frozen snapshot, or `{ ok: false, reason, date }` (`reason.code` `'not-covered'`).
 * @throws {@link KhuyenCongError} `date.invalid` when the date is not a real `YYYY-MM-DD` date from 1900-01-01 to 2999-12-31.
 * @category Policy
 * @example
 * const p = policyAt('2025-10-15');
 * p.ok && p.value.regime.id; // 'ND45-as-amended-ND235'
 * policyAt('2012-07-04').ok; // false
 */
export function policyAt(date: IsoDate): PolicyAtResult {
  checkDate(date, ['date']);
  const regime = REGIMES.find((r) => inPeriod(date, r.validFrom, r.validTo));
  if (regime === undefined) {
    return deepFreeze({
      ok: false,
      date,
      reason: {
        code: 'not-covered',
        message: text(
          `Ngày ${date} trước khi Nghị định 45/2012/NĐ-CP có hiệu lực (${COVERAGE_START}); giai đoạn Nghị định 134/2004/NĐ-CP không được mô hình hoá.`,
          `${date} is before Decree 45/2012/ND-CP took effect (${COVERAGE_START}); the Decree 134/2004/ND-CP period is not modelled.`,
        ),
      },
    });
  }
  const supportLevels = entriesValidOn(SUPPORT_LEVELS, date);
  const year = Number(date.slice(0, 4));
  const staleness = supportLevels.flatMap((l) => (l.lastConfirmed !== undefined && date > l.lastConfirmed ? [l] : []));
  const warnings: LocalizedText[] = [...regime.caveats];
  const firstStale = staleness[0];
  if (firstStale !== undefined) warnings.push(levelWarnings(firstStale, date)[0] as LocalizedText);
  const snapshot: PolicySnapshot = {
    date,
    regime,
    activityCategories: entriesValidOn(ACTIVITY_CATEGORIES, date),
    supportItems: entriesValidOn(SUPPORT_ITEMS, date),
    supportLevels,
    legalForms: entriesValidOn(LEGAL_FORMS, date),
    beneficiaryGroups: entriesValidOn(BENEFICIARY_GROUPS, date),
    unresolvedBeneficiaryGroups: entriesValidOn(UNRESOLVED_BENEFICIARY_GROUPS, date),
    locationKinds: entriesValidOn(LOCATION_KINDS, date),
    industries: entriesValidOn(INDUSTRIES, date),
    unresolvedIndustries: entriesValidOn(UNRESOLVED_INDUSTRIES, date),
    typicalProductLevels: entriesValidOn(TYPICAL_PRODUCT_LEVELS, date),
    typicalProductRegions: entriesValidOn(TYPICAL_PRODUCT_REGIONS, date),
    typicalProductGroups: entriesValidOn(TYPICAL_PRODUCT_GROUPS, date),
    scoreSheet: inPeriod(date, TYPICAL_PRODUCT_SCORE_SHEET.validFrom, TYPICAL_PRODUCT_SCORE_SHEET.validTo) ? TYPICAL_PRODUCT_SCORE_SHEET : null,
    fundSources: entriesValidOn(FUND_SOURCES, date),
    projectScopes: entriesValidOn(PROJECT_SCOPES, date),
    programmes: PROGRAMMES.filter(
      (p) => p.approvedOn !== null && p.approvedOn <= date && p.firstYear <= year && year <= p.lastYear,
    ),
    instrumentsInForce: instrumentsInForce(date),
    warnings,
  };
  return deepFreeze({ ok: true, value: snapshot });
}
