// Decide eligibility as of a date and explain it, every step with its legal citation.
// In your project: import { … } from 'khuyen-cong';
import { checkEligibility, explain } from '../../src/index.js';

const applicant = {
  group: 'RURAL_INDUSTRIAL_ESTABLISHMENT',
  legalForm: 'BUSINESS_HOUSEHOLD',
  location: { unitKind: 'XA' },
  industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING',
} as const;

// The same household, before and after Decree 235/2025/NĐ-CP took effect (2025-10-15).
for (const at of ['2017-06-01', '2025-11-01']) {
  const d = checkEligibility(applicant, { at });
  console.log(at, d.outcome, d.regime, d.missing.join(', '));
}
console.log(explain(checkEligibility(applicant, { at: '2017-06-01' }), { locale: 'en' }));
