import type { Applicant, ApplicantLocation, AppraisalDecision, RequestedItem, TypicalProductEntry } from '../eligibility/Applicant.js';
import { checkDate } from '../internal/date.js';
import { fail } from '../internal/errors.js';
import { readOption } from '../internal/plain.js';
import { showValue } from '../internal/showValue.js';
import { CUTOVER_DAY, PROVINCE_COVERAGE_START, type ProvinceKind } from '../geo/provinceData.js';
import { isCurrentProvinceCode, isLegacyProvinceCode, listProvinces, predecessorsOf, successorOf } from '../geo/registry.js';
import type { BeneficiaryGroupId } from '../policy/beneficiaryGroups.js';
import type { Establishment } from './Establishment.js';
import type { ProvinceRef } from './ProvinceRef.js';

/**
 * Options of {@link applicantFromEstablishment}: the evaluation date, and the facts of the application
 * that an establishment record does not hold.
 * @category Projects
 */
export interface ApplicantFromEstablishmentOptions {
  /** The evaluation date, `YYYY-MM-DD` (the date that will be given to `checkEligibility`). */
  readonly at: string;
  /** The beneficiary group the establishment applies as (a claim, not a fact of the record). */
  readonly group?: BeneficiaryGroupId;
  /** The support item asked for, or `TYPICAL_PRODUCT_ENTRY`. */
  readonly requestedItem?: RequestedItem;
  /** For `TYPICAL_PRODUCT_ENTRY`: the round entered and the certificate held. */
  readonly typicalProduct?: TypicalProductEntry;
  /** The appraisal council's decision on the đề án, once known. */
  readonly appraisal?: { readonly decision?: AppraisalDecision };
  /** The plan year (năm xây dựng kế hoạch; TT 46/2012 Art. 3(1)(đ)), when known. */
  readonly planYear?: number;
}

const era = (day: string): 'legacy' | 'current' => (day < CUTOVER_DAY ? 'legacy' : 'current');

/**
 * The kind (province or centrally-run city) of the unit the recorded province is part of on `at`, or
 * `undefined` when it is not one kind: a current unit looked at before 2025-07-01 whose predecessors were of
 * different kinds, or a date before the registry's coverage.
 */
function provinceKindOn(province: ProvinceRef, at: string): ProvinceKind | undefined {
  if (at < PROVINCE_COVERAGE_START) return undefined;
  const code: string = province.code;
  let codes: readonly string[];
  if (era(at) === 'current') {
    // Every old unit became part of exactly one current unit (NQ 202/2025/QH15).
    if (era(province.asOf) === 'current') codes = [code];
    else codes = isLegacyProvinceCode(code) ? [successorOf(code).code] : [];
  } else if (era(province.asOf) === 'legacy') {
    codes = [code];
  } else {
    codes = isCurrentProvinceCode(code) ? predecessorsOf(code).map((p) => p.code) : [];
  }
  // The units of the map valid on `at`, with their name and kind on that day.
  const units = listProvinces(at);
  const kinds = codes.map((c) => units.find((u) => u.code === c)?.kind);
  const [first] = kinds;
  return kinds.every((k) => k === first) ? first : undefined;
}

/**
 * Turns an establishment record (projects area) into the facts `checkEligibility` reads (eligibility
 * area). Both use the one vocabulary of legal forms, size classes, unit kinds, difficulty classes and owner
 * attributes, so every shared fact is copied as is; a fact the record does not hold stays absent, so the
 * engine reports it missing instead of guessing:
 *
 * - `legalForm`, `sizeClass` (when recorded), `industry`, `owner.*`, `location.inRecognisedCraftVillage`: copied.
 * - `location.unitKind` and `location.difficulty`: copied when `at` is on the same side of the 2025-07-01
 *   reorganisation as `location.province.asOf`; otherwise absent, because the reorganisation redrew the
 *   commune-level units and the lists of difficult areas are lists of such units.
 * - `location.centrallyRunCity`: derived from the geo registry: whether the unit the recorded province is
 *   part of on `at` is a centrally-run city (absent when that is not one answer).
 * - `location.wardParent`, `location.cityClass`, `location.convertedFromCommuneOn` (the 2012 ward rules):
 *   not in the record, absent.
 * - `group`, `requestedItem`, `typicalProduct`, `appraisal`: from `options` when given.
 * @param establishment - a parsed establishment (see {@link parseEstablishment}).
 * @param options - the evaluation date and the application's own facts.
 * @returns a new applicant (the record is not modified).
 * @throws {@link KhuyenCongError} `date.invalid` when `at` is not a real `YYYY-MM-DD` date (1900–2999; the one date check of the library);
 *   `project.invalid-establishment` when the record is not a parsed establishment.
 * @category Projects
 * @example
 * const est = parseEstablishment({
 *   name: 'Liên hiệp HTX Nông sản Sóc Sơn', legalForm: 'UNION_OF_COOPERATIVES',
 *   location: { province: { code: '01', asOf: '2025-08-01' }, unitKind: 'XA', inRecognisedCraftVillage: false, difficulty: 'NONE' },
 *   industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING', owner: { womenOwned: true, ethnicMinorityOwned: false },
 * });
 * const at = '2025-10-15';
 * checkEligibility(applicantFromEstablishment(est, { at, group: 'RURAL_INDUSTRIAL_ESTABLISHMENT' }), { at }).outcome; // 'eligible'
 * // on '2025-10-14': 'ineligible' (unions of cooperatives were added by NĐ 235/2025)
 */
export function applicantFromEstablishment(establishment: Establishment, options: ApplicantFromEstablishmentOptions): Applicant {
  const at = checkDate(readOption(options, 'at'));
  if (!isRecord(establishment)) {
    fail(
      'project.invalid-establishment',
      {
        vi: `Cần một cơ sở đã đọc bằng parseEstablishment; nhận được ${showValue(establishment)}.`,
        en: `Expected an establishment read with parseEstablishment; received ${showValue(establishment)}.`,
      },
      ['establishment'],
    );
  }
  const { location: l } = establishment;
  const sameEra = era(l.province.asOf) === era(at);
  const kind = provinceKindOn(l.province, at);
  const location: ApplicantLocation = {
    ...(sameEra ? { unitKind: l.unitKind, difficulty: l.difficulty } : {}),
    ...(kind === undefined ? {} : { centrallyRunCity: kind === 'municipality' }),
    inRecognisedCraftVillage: l.inRecognisedCraftVillage,
  };
  return {
    ...(options.group === undefined ? {} : { group: options.group }),
    legalForm: establishment.legalForm,
    ...(establishment.sizeClass === undefined ? {} : { sizeClass: establishment.sizeClass }),
    location,
    industry: establishment.industry,
    owner: { womenOwned: establishment.owner.womenOwned, ethnicMinorityOwned: establishment.owner.ethnicMinorityOwned },
    ...(options.requestedItem === undefined ? {} : { requestedItem: options.requestedItem }),
    ...(options.typicalProduct === undefined ? {} : { typicalProduct: { ...options.typicalProduct } }),
    ...(options.appraisal === undefined ? {} : { appraisal: { ...options.appraisal } }),
    ...(options.planYear === undefined ? {} : { planYear: options.planYear }),
  };
}

/** Whether a value has the shape of a parsed establishment as far as the conversion reads it. */
function isRecord(e: unknown): e is Establishment {
  try {
    if (typeof e !== 'object' || e === null) return false;
    const l = (e as { location?: unknown }).location;
    if (typeof l !== 'object' || l === null) return false;
    const p = (l as { province?: unknown }).province;
    const o = (e as { owner?: unknown }).owner;
    return typeof p === 'object' && p !== null && typeof (p as { asOf?: unknown }).asOf === 'string' && typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
}
