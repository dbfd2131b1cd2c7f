import {
  findProvince,
  money,
  restateToCurrentMap,
  successorOf,
  type LocalizedText,
  type Money,
  type SeriesByProvince,
} from '../index.js';
import { moneyText } from './format.js';
import type { ProvinceMapRow, ProvinceSection, RestatedRow } from './Report.js';

/** A province as a seed article names it, with the date the article's figures refer to. */
export interface SeedProvince {
  readonly seed: string;
  readonly name: string;
  readonly at: string;
}

/**
 * The provinces of the seed articles, named as they were (Bạc Liêu, Bình Dương and Bà Rịa – Vũng Tàu existed
 * until 2025-06-30). Seed 002 has no date: its figures are about 2016–2017.
 */
export const SEED_PROVINCES: readonly SeedProvince[] = Object.freeze([
  { seed: '000', name: 'Bạc Liêu', at: '2019-03-28' },
  { seed: '001', name: 'Bình Dương', at: '2021-11-25' },
  { seed: '002', name: 'Lạng Sơn', at: '2017-12-31' },
  { seed: '004', name: 'Bà Rịa – Vũng Tàu', at: '2023-12-31' },
] as const);

/** The funding figures of the seed provinces, by pre-2025 code and period (seeds 000 and 002). */
export const SEED_FUNDING_SERIES: SeriesByProvince<Money> = Object.freeze({
  '95': Object.freeze({ '2014-2018': money(6_979_000_000) }),
  '20': Object.freeze({ '2016': money(1_420_000_000) }),
});

const both = (f: (l: 'vi' | 'en') => string): LocalizedText => ({ vi: f('vi'), en: f('en') });

/**
 * The seed provinces on the 63-unit map and the unit of the 34-unit map each is part of from 2025-07-01,
 * and the seed funding series restated onto the current map (`restateToCurrentMap`).
 * @returns the provinces section.
 */
export function provinceSection(
  provinces: readonly SeedProvince[] = SEED_PROVINCES,
  series: SeriesByProvince<Money> = SEED_FUNDING_SERIES,
): ProvinceSection {
  const map: ProvinceMapRow[] = [];
  for (const p of provinces) {
    const found = findProvince(p.name, { at: p.at });
    if (!found.found || found.province.era !== 'legacy') continue;
    const old = found.province;
    const now = successorOf(old.code);
    map.push({
      seed: p.seed,
      published: p.name,
      legacyCode: old.code,
      legacyName: { vi: old.label.vi, en: old.label.en },
      currentCode: now.code,
      currentName: { vi: now.label.vi, en: now.label.en },
      merged: now.predecessors.length > 1,
    });
  }
  const restated = restateToCurrentMap(series);
  const nameOf = new Map(map.map((r) => [r.currentCode, r.currentName]));
  const rows: RestatedRow[] = restated.values.map((v) => ({
    currentCode: v.code,
    currentName: nameOf.get(v.code) ?? { vi: v.code, en: v.code },
    period: v.period,
    value: { kind: 'money', dong: v.value.dong },
    from: [...v.from],
    text: both((l) => moneyText(v.value, l)),
  }));
  return { map, restated: rows, notRestated: restated.notRestated.length, warnings: restated.warnings.map((w) => ({ vi: w.message.vi, en: w.message.en })) };
}
