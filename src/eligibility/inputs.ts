/**
 * The input columns the decision tables use: the applicant's enumerated facts, and values derived from a
 * fact and the evaluation date. Each input names the fact paths it reads.
 */
import { addYearsToDate, isCalendarDate } from '../internal/date.js';
import { text, type LocalizedText } from '../internal/messages.js';
import type { Applicant, FactPath, FactValue } from './Applicant.js';
import { RULE_DATES } from './regimeDates.js';
import type { DecisionInput, EvalContext } from './DecisionTable.js';
import {
  APPRAISAL_DECISION_LABELS,
  BENEFICIARY_GROUP_LABELS,
  CERTIFICATE_LEVEL_LABELS,
  CITY_CLASS_LABELS,
  DIFFICULTY_LABELS,
  INDUSTRY_LABELS,
  LEGAL_FORM_LABELS,
  REQUESTED_ITEM_LABELS,
  SELECTION_LEVEL_LABELS,
  SIZE_CLASS_LABELS,
  UNIT_KIND_LABELS,
  WARD_PARENT_LABELS,
} from './vocabulary.js';

/** Reads a fact by its path; `undefined` when absent. @internal */
export function readFact(a: Applicant, path: FactPath, ctx: EvalContext): FactValue | undefined {
  switch (path) {
    case 'at':
      return ctx.at;
    case 'group':
      return a.group;
    case 'legalForm':
      return a.legalForm;
    case 'sizeClass':
      return a.sizeClass;
    case 'location.unitKind':
      return a.location?.unitKind;
    case 'location.wardParent':
      return a.location?.wardParent;
    case 'location.cityClass':
      return a.location?.cityClass;
    case 'location.convertedFromCommuneOn':
      return a.location?.convertedFromCommuneOn;
    case 'location.centrallyRunCity':
      return a.location?.centrallyRunCity;
    case 'location.inRecognisedCraftVillage':
      return a.location?.inRecognisedCraftVillage;
    case 'location.difficulty':
      return a.location?.difficulty;
    case 'industry':
      return a.industry;
    case 'owner.womenOwned':
      return a.owner?.womenOwned;
    case 'owner.ethnicMinorityOwned':
      return a.owner?.ethnicMinorityOwned;
    case 'requestedItem':
      return a.requestedItem;
    case 'typicalProduct.level':
      return a.typicalProduct?.level;
    case 'typicalProduct.certificateLevel':
      return a.typicalProduct?.certificateLevel;
    case 'appraisal.decision':
      return a.appraisal?.decision;
    case 'planYear':
      return a.planYear;
    case 'typicalProduct.lowerRoundHeld':
      return a.typicalProduct?.lowerRoundHeld;
    case 'location.highlandIslandBorderOrEthnicMinority':
      return a.location?.highlandIslandBorderOrEthnicMinority;
    case 'location.poorDistrict':
      return a.location?.poorDistrict;
    case 'location.newRuralCommune':
      return a.location?.newRuralCommune;
    case 'priority.exportProduct':
      return a.priority?.exportProduct;
    case 'priority.localMaterials':
      return a.priority?.localMaterials;
    case 'priority.workers':
      return a.priority?.workers;
    case 'priority.supportingIndustryProduct':
      return a.priority?.supportingIndustryProduct;
    case 'clayBrickKiln':
      return a.clayBrickKiln;
  }
}

/** A plan year the rules accept: a whole year 1900–2999 (the library's date range). @internal */
export function isPlanYear(y: unknown): y is number {
  return typeof y === 'number' && Number.isInteger(y) && y >= 1900 && y <= 2999;
}

/**
 * The inputs whose fact is their own value, by kind: 0, an enumerated fact (its value is the domain value);
 * 1, a yes/no fact (`yes` ↔ `true`). The engine reports their facts from the value index without reading the
 * applicant again, and caches their reasons. @internal
 */
export const SIMPLE_INPUTS: ReadonlyMap<DecisionInput, 0 | 1> = new Map();

function simple(input: DecisionInput, kind: 0 | 1): DecisionInput {
  (SIMPLE_INPUTS as Map<DecisionInput, 0 | 1>).set(input, kind);
  return input;
}

function enumInput(path: FactPath, label: LocalizedText, labels: { readonly [k: string]: LocalizedText }): DecisionInput {
  const values = Object.freeze(Object.keys(labels));
  const known = new Set(values);
  return simple(Object.freeze({
    id: path,
    label,
    paths: Object.freeze([path]),
    values,
    valueLabels: labels,
    read: (a: Applicant, ctx: EvalContext) => {
      const v = readFact(a, path, ctx);
      // A value outside the domain (unvalidated input) counts as missing: the engine never guesses.
      return typeof v === 'string' && known.has(v) ? v : undefined;
    },
  }), 0);
}

const YES_NO = Object.freeze({ yes: text('có', 'yes'), no: text('không', 'no') });

function booleanInput(path: FactPath, label: LocalizedText): DecisionInput {
  return simple(Object.freeze({
    id: path,
    label,
    paths: Object.freeze([path]),
    values: Object.freeze(['yes', 'no']),
    valueLabels: YES_NO,
    read: (a: Applicant, ctx: EvalContext) => {
      const v = readFact(a, path, ctx);
      return v === true ? 'yes' : v === false ? 'no' : undefined;
    },
  }), 1);
}


/** The dates that split the item rules (one module of legal dates). */
const { TTLT26_FROM, TT28_FROM, TT26_FROM: DISTRICT_FROM, COMMUNE_SELECTION_FROM: COMMUNE_FROM } = RULE_DATES;

/**
 * The last day of the five-year count for a ward of a type-1 city: 31 December of the year before the
 * plan year (TT 46/2012 Art. 3(1)(đ): "đến ngày 31 tháng 12 của năm trước liền kề với năm xây dựng kế hoạch").
 * @internal
 */
export function conversionCountEnd(planYear: number): string {
  return `${String(planYear - 1).padStart(4, '0')}-12-31`;
}

/** The applicant-fact inputs, by id. @internal */
export const INPUTS = Object.freeze({
  group: enumInput('group', text('Nhóm đối tượng', 'Beneficiary group'), BENEFICIARY_GROUP_LABELS),
  legalForm: enumInput('legalForm', text('Loại hình', 'Legal form'), LEGAL_FORM_LABELS),
  sizeClass: enumInput('sizeClass', text('Quy mô', 'Size class'), SIZE_CLASS_LABELS),
  unitKind: enumInput('location.unitKind', text('Loại đơn vị hành chính', 'Unit kind'), UNIT_KIND_LABELS),
  wardParent: enumInput('location.wardParent', text('Phường thuộc', 'Ward of'), WARD_PARENT_LABELS),
  cityClass: enumInput('location.cityClass', text('Loại đô thị', 'City class'), CITY_CLASS_LABELS),
  centrallyRunCity: booleanInput('location.centrallyRunCity', text('Thành phố trực thuộc trung ương', 'Centrally-run city')),
  craftVillage: booleanInput('location.inRecognisedCraftVillage', text('Trong làng nghề được UBND tỉnh công nhận', 'In a craft village recognised by the province')),
  difficulty: enumInput('location.difficulty', text('Địa bàn', 'Area'), DIFFICULTY_LABELS),
  industry: enumInput('industry', text('Ngành nghề', 'Industry'), INDUSTRY_LABELS),
  requestedItem: enumInput('requestedItem', text('Nội dung đề nghị hỗ trợ', 'Requested item'), REQUESTED_ITEM_LABELS),
  selectionLevel: enumInput('typicalProduct.level', text('Cấp bình chọn', 'Selection level'), SELECTION_LEVEL_LABELS),
  certificateLevel: enumInput('typicalProduct.certificateLevel', text('Giấy chứng nhận đang có', 'Certificate held'), CERTIFICATE_LEVEL_LABELS),
  /**
   * Derived: whether the ward was converted from a commune not more than five years before, counted from the
   * conversion decision's effect to 31 December of the year before the plan year (TT 46/2012 Art. 3(1)(đ)).
   * The plan year is the applicant's `planYear`; it has no default (a missing plan year is reported missing,
   * never taken from the evaluation date). `after-date`: the conversion is dated after the evaluation date.
   */
  conversionAge: Object.freeze({
    id: 'location.conversionAge',
    label: text('Thời gian từ khi chuyển từ xã lên phường', 'Time since conversion from commune'),
    paths: Object.freeze(['location.convertedFromCommuneOn', 'planYear'] as const),
    values: Object.freeze(['within-5-years', 'more-than-5-years', 'after-date']),
    valueLabels: Object.freeze({
      'within-5-years': text('chưa quá 5 năm (đến 31/12 năm trước năm kế hoạch)', 'not more than 5 years (to 31 December before the plan year)'),
      'more-than-5-years': text('quá 5 năm (đến 31/12 năm trước năm kế hoạch)', 'more than 5 years (to 31 December before the plan year)'),
      'after-date': text('sau ngày xét', 'after the evaluation date'),
    }),
    read: (a: Applicant, ctx: EvalContext) => {
      const d = a.location?.convertedFromCommuneOn;
      if (!isCalendarDate(d)) return undefined;
      if (d > ctx.at) return 'after-date';
      const year = a.planYear;
      if (!isPlanYear(year)) return undefined;
      // "chưa quá 05 năm": up to and including the fifth anniversary of the conversion.
      return conversionCountEnd(year) <= addYearsToDate(d, 5) ? 'within-5-years' : 'more-than-5-years';
    },
  }) satisfies DecisionInput,
  /** Makes fired clay bricks in an improved manual or ring kiln (TT 46/2012 Art. 5(1)). */
  clayBrickKiln: booleanInput('clayBrickKiln', text('Sản xuất gạch đất sét nung bằng lò thủ công cải tiến, lò vòng', 'Fired clay bricks in an improved manual or ring kiln')),
  /** Derived from the date only: whether TT 46/2012/TT-BCT is in force (from its Art. 11(1) date). */
  tt46: Object.freeze({
    id: 'at.tt46',
    label: text('Thông tư 46/2012/TT-BCT (theo ngày xét)', 'Circular 46/2012/TT-BCT (by date)'),
    paths: Object.freeze(['at'] as const),
    values: Object.freeze(['before-TT-46-2012', 'TT-46-2012']),
    valueLabels: Object.freeze({
      'before-TT-46-2012': text(`trước ${RULE_DATES.TT46_FROM}`, `before ${RULE_DATES.TT46_FROM}`),
      'TT-46-2012': text(`từ ${RULE_DATES.TT46_FROM}`, `from ${RULE_DATES.TT46_FROM}`),
    }),
    read: (_a: Applicant, ctx: EvalContext) => (ctx.at < RULE_DATES.TT46_FROM ? 'before-TT-46-2012' : 'TT-46-2012'),
  }) satisfies DecisionInput,
  /** Whether the round of the level below was held (TT 26/2014 Art. 12(2)(d)). */
  lowerRoundHeld: booleanInput('typicalProduct.lowerRoundHeld', text('Đã tổ chức bình chọn cấp dưới liền kề', 'The round of the level below was held')),
  /** Derived: the appraisal decision, `pending` while absent (a discretionary criterion is never "missing"). */
  appraisal: Object.freeze({
    id: 'appraisal.decision',
    label: text('Kết quả thẩm định', 'Appraisal decision'),
    paths: Object.freeze(['appraisal.decision'] as const),
    values: Object.freeze(['approved', 'rejected', 'pending']),
    valueLabels: Object.freeze({ ...APPRAISAL_DECISION_LABELS, pending: text('chưa thẩm định', 'pending') }),
    read: (a: Applicant) => {
      const d = a.appraisal?.decision;
      return d === 'approved' || d === 'rejected' ? d : 'pending';
    },
  }) satisfies DecisionInput,
  /** Derived from the date only: which funding circular governs national khuyến công spending. */
  fundingCircular: Object.freeze({
    id: 'at.fundingCircular',
    label: text('Thông tư về kinh phí (theo ngày xét)', 'Funding circular (by date)'),
    paths: Object.freeze(['at'] as const),
    values: Object.freeze(['before-TTLT-26-2014', 'TTLT-26-2014-BTC-BCT', 'TT-28-2018-BTC']),
    valueLabels: Object.freeze({
      'before-TTLT-26-2014': text(`trước ${TTLT26_FROM} (chưa mô hình hóa)`, `before ${TTLT26_FROM} (not modelled)`),
      'TTLT-26-2014-BTC-BCT': text(`TTLT 26/2014/TTLT-BTC-BCT (${TTLT26_FROM} – trước ${TT28_FROM})`, `TTLT 26/2014/TTLT-BTC-BCT (${TTLT26_FROM} – before ${TT28_FROM})`),
      'TT-28-2018-BTC': text(`TT 28/2018/TT-BTC (từ ${TT28_FROM})`, `TT 28/2018/TT-BTC (from ${TT28_FROM})`),
    }),
    read: (_a: Applicant, ctx: EvalContext) =>
      ctx.at < TTLT26_FROM ? 'before-TTLT-26-2014' : ctx.at < TT28_FROM ? 'TTLT-26-2014-BTC-BCT' : 'TT-28-2018-BTC',
  }) satisfies DecisionInput,
  /** Derived from the date only: the entry level of typical-product selection (the catalogue's rank-1 level). */
  selectionEra: Object.freeze({
    id: 'at.selectionEra',
    label: text('Cấp đầu vào của bình chọn (theo ngày xét)', 'Entry level of selection (by date)'),
    paths: Object.freeze(['at'] as const),
    values: Object.freeze(['before-TT-26-2014', 'district-entry', 'commune-entry']),
    valueLabels: Object.freeze({
      'before-TT-26-2014': text(`trước ${DISTRICT_FROM} (chưa mô hình hóa)`, `before ${DISTRICT_FROM} (not modelled)`),
      'district-entry': text(`cấp huyện (${DISTRICT_FROM} – trước ${COMMUNE_FROM})`, `district (${DISTRICT_FROM} – before ${COMMUNE_FROM})`),
      'commune-entry': text(`cấp xã (từ ${COMMUNE_FROM})`, `commune (from ${COMMUNE_FROM})`),
    }),
    read: (_a: Applicant, ctx: EvalContext) =>
      ctx.at < DISTRICT_FROM ? 'before-TT-26-2014' : ctx.at < COMMUNE_FROM ? 'district-entry' : 'commune-entry',
  }) satisfies DecisionInput,
});
