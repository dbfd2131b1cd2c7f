// The maximum support from national khuyến công funds, with the bound that decided it and the legal basis.
// In your project: import { … } from 'khuyen-cong';
import { computeSupport, formatCitation, formatMoney, money } from '../../src/index.js';

const r = computeSupport({ item: 'MACHINERY_APPLICATION', eligibleCost: money(800_000_000), at: '2019-06-01' });
if (r.ok) {
  const { support, binding, citation, explanation } = r.value;
  console.log(formatMoney(support), binding, '|', formatCitation(citation, { locale: 'vi' }), `(${citation.confidence})`);
  console.log(explanation.en);
}

// A date the library has no verified level for is answered as "not modelled", never with another period's level.
const old = computeSupport({ item: 'MACHINERY_APPLICATION', eligibleCost: money(800_000_000), at: '2011-01-01' });
if (!old.ok) console.log(old.reason.code, '|', old.reason.message.en);
