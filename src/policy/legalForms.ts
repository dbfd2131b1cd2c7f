import type { CatalogueEntry } from './catalogueEntry.js';
import type { Citation } from './citation.js';
import { nd45Art1Clause2 } from './cite.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { LEGAL_DATES as D } from './legalDates.js';

/**
 * The legal forms a rural industrial establishment (cơ sở công nghiệp nông thôn) may take.
 * @category Policy
 */
export type LegalFormId = 'SME' | 'COOPERATIVE_GROUP' | 'COOPERATIVE' | 'UNION_OF_COOPERATIVES' | 'BUSINESS_HOUSEHOLD';

/**
 * A legal form.
 * @category Policy
 */
export type LegalForm = CatalogueEntry<LegalFormId>;

const c2012: Citation = nd45Art1Clause2('a', false, ['S01', 'S02']);
const c2025: Citation = nd45Art1Clause2('a', true, ['S10']);
const LABELS = {
  SME: { vi: 'Doanh nghiệp nhỏ và vừa', en: 'Small or medium-sized enterprise' },
  COOPERATIVE_GROUP: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  COOPERATIVE: { vi: 'Hợp tác xã', en: 'Cooperative' },
  BUSINESS_HOUSEHOLD: { vi: 'Hộ kinh doanh', en: 'Business household' },
  UNION_OF_COOPERATIVES: { vi: 'Liên hiệp hợp tác xã', en: 'Union of cooperatives' },
} as const;
const FORMS_2012 = ['SME', 'COOPERATIVE_GROUP', 'COOPERATIVE', 'BUSINESS_HOUSEHOLD'] as const;

/**
 * The legal forms of Art. 1(2)(a) by period: the four forms of the 2012 text, and from 2025-10-15 the same
 * plus unions of cooperatives (Decree 235/2025). Large enterprises are never a rural industrial
 * establishment. Deeply frozen.
 * @category Policy
 * @example
 * LEGAL_FORMS.filter((f) => f.id === 'UNION_OF_COOPERATIVES')[0]?.validFrom; // '2025-10-15'
 */
export const LEGAL_FORMS: readonly LegalForm[] = deepFreeze([
  ...FORMS_2012.map((id) => ({ id, label: LABELS[id], citation: c2012, validFrom: D.ND45_EFFECTIVE, validTo: D.ND45_2012_LAST_DAY })),
  ...[...FORMS_2012, 'UNION_OF_COOPERATIVES' as const].map((id) => ({
    id,
    label: LABELS[id],
    citation: c2025,
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
  })),
]);
