// Check published figures at the precision they were published with.
// In your project: import { … } from 'khuyen-cong';
import { auditReport, checkClaim, seedReport } from '../../src/index.js';

// "tổng kinh phí 12,5 tỷ đồng, tăng 8,3% so với 11,54 tỷ"
const change = checkClaim({ kind: 'change', current: '12,5 tỷ đồng', previous: '11,54 tỷ đồng', stated: 'tăng 8,3%' });
console.log(change.status, '|', change.message.vi);

// Seed 003: the 2014 plan's sources against its stated total.
const { findings } = auditReport(seedReport('seed-003/south-2014-plan'));
for (const f of findings) console.log(f.check, f.status);
const sum = findings.find((f) => f.check === 'funding-sum');
if (sum !== undefined && sum.result.status !== 'cannot-check') {
  console.log('difference', sum.result.difference.toString(), 'đồng; gap beyond rounding', sum.result.gap.toString(), 'đồng');
}
