/**
 * Decision tables generated from the policy catalogue for one regime's period: which beneficiary groups,
 * legal forms and industries the period lists (→ passed, with the catalogue row's citation), leaves
 * unresolved (→ review, with the catalogue's reason), or does not list (→ failed).
 */
import { text } from '../internal/messages.js';
import { BENEFICIARY_GROUPS, UNRESOLVED_BENEFICIARY_GROUPS } from '../policy/beneficiaryGroups.js';
import type { Citation } from '../policy/citation.js';
import { INDUSTRIES, UNRESOLVED_INDUSTRIES } from '../policy/industries.js';
import { LEGAL_FORMS } from '../policy/legalForms.js';
import type { ApplicantLegalForm } from './Applicant.js';
import { citationOn, entryOn, must, unresolvedOn } from './catalogue.js';
import type { DecisionRow, DecisionTable } from './DecisionTable.js';
import { G, row, SME, table } from './EligibilityRegime.js';
import { INPUTS } from './inputs.js';
import { ND45_INDUSTRY_SCOPE } from './legalBasis.js';
import { BENEFICIARY_GROUP_LABELS, INDUSTRY_LABELS, LEGAL_FORM_LABELS, valuesOf } from './vocabulary.js';

/** What a regime file passes to the generators. @internal */
export interface PeriodSpec {
  /** Table id prefix (the regime id). */
  readonly prefix: string;
  /** A day of the period (its first day). */
  readonly date: string;
  /** A short period name for titles. */
  readonly period: { readonly vi: string; readonly en: string };
  /** The citation of Art. 1(2) in the period's wording. */
  readonly subjects: Citation;
  /** The citation for an industry outside every list. */
  readonly industryList: Citation;
}

/** The beneficiary-group table of a period. @internal */
export function groupTable(p: PeriodSpec): DecisionTable {
  const rows: DecisionRow[] = valuesOf(BENEFICIARY_GROUP_LABELS).map((id) => {
    const entry = entryOn(BENEFICIARY_GROUPS, id, p.date);
    if (entry !== undefined) {
      return row({ group: [id] }, 'passed', `${entry.label.vi}: nhóm đối tượng được hưởng.`, `${entry.label.en}: a beneficiary group.`, entry.citation);
    }
    const unresolved = unresolvedOn(UNRESOLVED_BENEFICIARY_GROUPS, id, p.date);
    if (unresolved !== undefined) return row({ group: [id] }, 'review', unresolved.reason.vi, unresolved.reason.en, p.subjects);
    const later = must(BENEFICIARY_GROUPS.find((g) => g.id === id), `group ${id}`).label;
    return row({ group: [id] }, 'failed', `${later.vi}: không phải nhóm đối tượng trong giai đoạn này.`, `${later.en}: not a beneficiary group in this period.`, p.subjects);
  });
  return table({
    id: `${p.prefix}/beneficiary.group`,
    rule: 'beneficiary.group',
    title: text(`Nhóm đối tượng (${p.period.vi})`, `Beneficiary group (${p.period.en})`),
    hitPolicy: 'UNIQUE',
    scope: 'always',
    discretionary: false,
    inputs: [INPUTS.group],
    citation: p.subjects,
    rows,
  });
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const FORMS_A: readonly (readonly [ApplicantLegalForm, string])[] = [
  ['COOPERATIVE', 'COOPERATIVE'],
  ['COOPERATIVE_GROUP', 'COOPERATIVE_GROUP'],
  ['UNION_OF_COOPERATIVES', 'UNION_OF_COOPERATIVES'],
  ['BUSINESS_HOUSEHOLD', 'BUSINESS_HOUSEHOLD'],
];

/** The legal-form table of a period (point a's forms; the forms of cluster-infrastructure investors). @internal */
export function legalFormTable(p: PeriodSpec): DecisionTable {
  const a = citationOn(BENEFICIARY_GROUPS, G.A, p.date);
  const sme = citationOn(LEGAL_FORMS, 'SME', p.date);
  const ccn = entryOn(BENEFICIARY_GROUPS, G.CCN, p.date);
  const others = valuesOf(BENEFICIARY_GROUP_LABELS).filter((g) => g !== G.A && (ccn === undefined || g !== G.CCN));
  const rows: DecisionRow[] = [
    row({ group: others }, 'not-applicable', 'Nhóm đối tượng này không bị giới hạn loại hình.', 'This group has no legal-form limit.', p.subjects),
    row({ group: [G.A], legalForm: ['ENTERPRISE'], sizeClass: SME }, 'passed', 'Doanh nghiệp nhỏ và vừa là cơ sở công nghiệp nông thôn.', 'A small or medium enterprise is a rural industrial establishment.', sme),
    row({ group: [G.A], legalForm: ['ENTERPRISE'], sizeClass: ['LARGE'] }, 'failed', 'Doanh nghiệp lớn không phải cơ sở công nghiệp nông thôn.', 'A large enterprise is not a rural industrial establishment.', a),
    ...FORMS_A.map(([form, id]) => {
      const e = entryOn(LEGAL_FORMS, id, p.date);
      const label = LEGAL_FORM_LABELS[form];
      return e !== undefined
        ? row({ group: [G.A], legalForm: [form] }, 'passed', `${cap(label.vi)}: loại hình của cơ sở công nghiệp nông thôn.`, `${cap(label.en)}: a legal form of rural industrial establishments.`, e.citation)
        : row({ group: [G.A], legalForm: [form] }, 'failed', `${cap(label.vi)}: không có trong danh sách loại hình của giai đoạn này.`, `${cap(label.en)}: not a listed legal form in this period.`, a);
    }),
    row({ group: [G.A], legalForm: ['INDIVIDUAL', 'OTHER_ORGANISATION'] }, 'failed', 'Loại hình này không có trong điểm a.', 'This legal form is not listed in point a.', a),
  ];
  if (ccn !== undefined) {
    rows.push(
      row({ group: [G.CCN], legalForm: ['ENTERPRISE', 'COOPERATIVE'] }, 'passed', 'Doanh nghiệp, hợp tác xã được là nhà đầu tư hạ tầng cụm công nghiệp.', 'Enterprises and cooperatives may be cluster-infrastructure investors.', ccn.citation),
      row({ group: [G.CCN], legalForm: ['COOPERATIVE_GROUP', 'UNION_OF_COOPERATIVES', 'BUSINESS_HOUSEHOLD', 'INDIVIDUAL', 'OTHER_ORGANISATION'] }, 'failed', 'Chỉ doanh nghiệp, hợp tác xã là nhà đầu tư hạ tầng cụm công nghiệp.', 'Only enterprises and cooperatives are cluster-infrastructure investors.', ccn.citation),
    );
  }
  return table({
    id: `${p.prefix}/beneficiary.legal-form`,
    rule: 'beneficiary.legal-form',
    title: text(`Loại hình (${p.period.vi})`, `Legal form (${p.period.en})`),
    hitPolicy: 'UNIQUE',
    scope: 'always',
    discretionary: false,
    inputs: [INPUTS.group, INPUTS.legalForm, INPUTS.sizeClass],
    citation: a,
    rows,
  });
}

/**
 * The industry table of a period. The list applies to points a and b (S04); under the 2025 wording the
 * catalogue does not know it (`industryListApplies: null`), and the table keeps the 2012 scope (a, b),
 * leaving groups new in 2025 outside it.
 * @internal
 */
export function industryTable(p: PeriodSpec): DecisionTable {
  const HARD = ['DIFFICULT', 'EXTREMELY_DIFFICULT'];
  const rows: DecisionRow[] = [
    row({ group: valuesOf(BENEFICIARY_GROUP_LABELS).filter((g) => g !== G.A && g !== G.B) }, 'not-applicable', 'Danh mục ngành nghề chỉ áp dụng cho đối tượng điểm a, b.', 'The industry list applies only to subjects of points a and b.', ND45_INDUSTRY_SCOPE),
  ];
  const cleaner = 'CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT';
  const ce = entryOn(INDUSTRIES, cleaner, p.date);
  const cu = unresolvedOn(UNRESOLVED_INDUSTRIES, cleaner, p.date);
  const cleanerReason = cu?.reason ?? text('Chưa xác định ngành sản xuất sạch hơn trong giai đoạn này.', 'The cleaner-production line is not determined for this period.');
  rows.push(
    ce !== undefined
      ? row({ group: [G.B] }, 'passed', 'Áp dụng sản xuất sạch hơn trong cơ sở sản xuất công nghiệp là ngành nghề được hưởng (điểm g).', 'Applying cleaner production in industrial establishments is an eligible line (point g).', ce.citation)
      : row({ group: [G.B] }, 'review', cleanerReason.vi, cleanerReason.en, p.industryList),
  );
  for (const id of valuesOf(INDUSTRY_LABELS)) {
    const label = INDUSTRY_LABELS[id];
    if (id === 'OTHER') {
      rows.push(row({ group: [G.A], industry: ['OTHER'] }, 'failed', 'Ngành nghề không thuộc danh mục được hưởng.', 'The industry is not in the eligible list.', p.industryList));
      continue;
    }
    const e = entryOn(INDUSTRIES, id, p.date);
    const u = unresolvedOn(UNRESOLVED_INDUSTRIES, id, p.date);
    if (e !== undefined && e.locationCondition !== undefined) {
      rows.push(
        row({ group: [G.A], industry: [id], 'location.difficulty': HARD }, 'passed', `${label.vi}: được hưởng tại địa bàn khó khăn, đặc biệt khó khăn.`, `${label.en}: eligible in a difficult or extremely difficult area.`, e.citation),
        row({ group: [G.A], industry: [id], 'location.difficulty': ['NONE'] }, 'failed', `${label.vi}: chỉ được hưởng tại địa bàn khó khăn, đặc biệt khó khăn.`, `${label.en}: eligible only in difficult or extremely difficult areas.`, e.citation),
      );
    } else if (e !== undefined) {
      rows.push(row({ group: [G.A], industry: [id] }, 'passed', `${label.vi}: ngành nghề được hưởng.`, `${label.en}: an eligible industry.`, e.citation));
    } else if (u !== undefined) {
      rows.push(row({ group: [G.A], industry: [id] }, 'review', u.reason.vi, u.reason.en, p.industryList));
    } else {
      rows.push(row({ group: [G.A], industry: [id] }, 'review', `${label.vi}: không có tên riêng trong danh mục của giai đoạn này; cần xác định thuộc điểm nào.`, `${label.en}: not named in this period's list; which point it falls under must be decided.`, p.industryList));
    }
  }
  return table({
    id: `${p.prefix}/industry`,
    rule: 'industry',
    title: text(`Ngành nghề được hưởng (${p.period.vi})`, `Eligible industries (${p.period.en})`),
    hitPolicy: 'UNIQUE',
    scope: 'always',
    discretionary: false,
    inputs: [INPUTS.group, INPUTS.industry, INPUTS.difficulty],
    citation: p.industryList,
    rows,
  });
}
