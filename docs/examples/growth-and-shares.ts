// Growth, share and average of the seed 003 figures, exact, then written as a journalist would.
// In your project: import { … } from 'khuyen-cong';
import { formatPercent, money, percentChange, ratio, ratioOf, ratioToFixed, share } from '../../src/index.js';

const total2013 = money(54_060_000_000); // 54,06 tỷ đồng, executed 2013
const plan2014 = money(63_335_000_000); // 63,335 tỷ đồng, plan 2014

const growth = percentChange(plan2014, total2013);
if (growth.ok) console.log(growth.value.toString(), formatPercent(growth.value)); // exact, then 2 decimals

const national = share(money(7_730_000_000), total2013);
if (national.ok) console.log(formatPercent(national.value, { locale: 'en' }));

// "bình quân đạt 3,17 tỷ đồng/1 tỉnh": how many provinces does that imply?
const implied = ratioOf(ratio('63.335'), ratio('3.17'));
if (implied.ok) console.log(ratioToFixed(implied.value, 2, 'half-up'), 'provinces, so the average is over 20');

// A statistic that cannot be computed says why, instead of returning Infinity or throwing.
const none = percentChange(money(1_000_000), money(0));
if (!none.ok) console.log(none.reason.code, '|', none.reason.message.en);
