import { checkEligibility, explain, formatCitation, REGIMES, type Applicant, type LocalizedText } from '../index.js';
import { L } from './labels.js';
import type { EligibilityExample } from './Report.js';

/** An example applicant, the date it is judged at, and what it is. */
export interface EligibilityRequest {
  readonly applicant: Applicant;
  readonly at: string;
  readonly description: LocalizedText;
}

/**
 * The report's eligibility examples: a business household processing farm produce in a commune (xã) in 2017,
 * the kind of rural establishment the seed articles support; and an establishment in an urban district (quận)
 * in 2024, refused by Decree 45/2012, Art. 1(2)(a).
 */
export const ELIGIBILITY_REQUESTS: readonly EligibilityRequest[] = Object.freeze([
  {
    applicant: {
      group: 'RURAL_INDUSTRIAL_ESTABLISHMENT',
      legalForm: 'BUSINESS_HOUSEHOLD',
      location: { unitKind: 'XA' },
      industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING',
    },
    at: '2017-06-01',
    description: {
      vi: 'Hộ kinh doanh chế biến nông sản tại một xã, năm 2017',
      en: 'A business household processing farm produce in a commune (xã), 2017',
    },
  },
  {
    applicant: { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } },
    at: '2024-01-01',
    description: {
      vi: 'Cơ sở công nghiệp nông thôn khai báo địa bàn là một quận, năm 2024',
      en: 'A rural industrial establishment declaring an urban district (quận) as its place, 2024',
    },
  },
] as const satisfies readonly EligibilityRequest[]);

function regimeLabel(id: string | null): LocalizedText {
  const regime = REGIMES.find((g) => g.id === id);
  return regime === undefined ? L.noRegime : { vi: regime.label.vi, en: regime.label.en };
}

/**
 * Checks the example applicants (`checkEligibility`) and keeps each decision with its cited reasons and the
 * library's explanation (`explain`) in both languages.
 * @param requests - the applicants and dates (default {@link ELIGIBILITY_REQUESTS}).
 * @returns one example per request.
 */
export function eligibilityExamples(requests: readonly EligibilityRequest[] = ELIGIBILITY_REQUESTS): EligibilityExample[] {
  return requests.map((req) => {
    const r = checkEligibility(req.applicant, { at: req.at });
    return {
      description: { vi: req.description.vi, en: req.description.en },
      at: r.at,
      outcome: r.outcome,
      outcomeLabel: L.outcome[r.outcome],
      regime: r.regime,
      regimeLabel: regimeLabel(r.regime),
      reasons: r.reasons.map((x) => ({
        rule: x.rule,
        status: x.status,
        message: { vi: x.message.vi, en: x.message.en },
        citation: { vi: formatCitation(x.citation, { locale: 'vi' }), en: formatCitation(x.citation, { locale: 'en' }) },
        confidence: x.citation.confidence,
        missing: [...x.missing],
      })),
      missing: [...r.missing],
      explanation: { vi: explain(r, { locale: 'vi' }), en: explain(r, { locale: 'en' }) },
    };
  });
}
