// Put the seed articles' provinces on the map in force since 2025-07-01, and add their series up by current unit.
// In your project: import { … } from 'khuyen-cong';
import { findProvince, formatMoney, money, restateToCurrentMap } from '../../src/index.js';

// Names are looked up as of a date: Bạc Liêu existed in 2019, not after 2025-06-30.
const before = findProvince('Bạc Liêu', { at: '2019-03-28' });
if (before.ok) console.log(before.value.province.code, before.value.province.officialName);
const after = findProvince('Bạc Liêu', { at: '2025-07-01' });
if (!after.ok) console.log(after.reason.code, '→', after.suggestions.map((p) => `${p.code} ${p.officialName}`).join(', '));

// Series by old code and period: Bạc Liêu 2014–2018 (seed 000) and Lạng Sơn 2016 (seed 002) as published;
// the 2022 amounts of Bình Dương and Bà Rịa – Vũng Tàu are illustrative, not from the sources.
const restated = restateToCurrentMap({
  '95': { '2014-2018': money(6_979_000_000) },
  '74': { '2022': money(1_000_000_000) },
  '77': { '2022': money(500_000_000) },
  '20': { '2016': money(1_420_000_000) },
});
for (const v of restated.values) console.log(v.code, v.period, formatMoney(v.value), 'from', v.from.join('+'));
