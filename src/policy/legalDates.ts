/**
 * The legal dates of the library, written once. Every other module (the instrument registry, the regimes,
 * the catalogues, the eligibility and đề án rules) takes its dates from here, so that a date corrected in
 * the sources is corrected everywhere. Each date names the instrument and the article that gives it and its
 * confidence (see docs/legal-sources.md). "Last day" dates are the day before the next wording took effect.
 */
import { deepFreeze } from '../internal/deepFreeze.js';
import type { IsoDate } from './isoDate.js';

/**
 * The names of the library's legal dates (see {@link LEGAL_DATES}).
 * @category Policy
 */
export type LegalDateName =
  | 'ND134_SIGNED'
  | 'QD136_SIGNED'
  | 'ND45_SIGNED'
  | 'ND134_LAST_DAY'
  | 'ND45_EFFECTIVE'
  | 'TT46_SIGNED'
  | 'TT46_EFFECTIVE'
  | 'TT36_SIGNED'
  | 'BEFORE_TT36_LAST_DAY'
  | 'TT36_EFFECTIVE'
  | 'TTLT26_SIGNED'
  | 'TTLT26_EFFECTIVE'
  | 'QD1288_SIGNED'
  | 'TT26_SIGNED'
  | 'TT26_EFFECTIVE'
  | 'TT20_2017_SIGNED'
  | 'TT28_SIGNED'
  | 'TTLT26_LAST_DAY'
  | 'TT28_EFFECTIVE'
  | 'TT14_2018_SIGNED'
  | 'TT26_ORIGINAL_LAST_DAY'
  | 'TT14_2018_EFFECTIVE'
  | 'QD1881_SIGNED'
  | 'TT64_2024_WARN_FROM'
  | 'TT38_2025_SIGNED'
  | 'DISTRICT_LEVEL_LAST_DAY'
  | 'TT38_2025_EFFECTIVE'
  | 'ND235_SIGNED'
  | 'QD2646_SIGNED'
  | 'ND45_2012_LAST_DAY'
  | 'ND235_EFFECTIVE';

/**
 * The legal dates, by name, in chronological order. Deeply frozen. The regime switch of Decree 235/2025 is
 * `ND235_EFFECTIVE` (2025-10-15, press-reported); the 2012 wording's last day is `ND45_2012_LAST_DAY`.
 * `TT64_2024_WARN_FROM` is not an entry into force: Circular 64/2024/TT-BTC's date is unknown, so every
 * TT 28/2018 level queried on or after the first day of 2024 carries a "may have been amended" warning.
 * @category Policy
 * @example
 * LEGAL_DATES.ND235_EFFECTIVE; // '2025-10-15'
 * LEGAL_DATES.TT36_EFFECTIVE; // '2014-02-10'
 */
export const LEGAL_DATES: { readonly [K in LegalDateName]: IsoDate } = deepFreeze({
  /** NĐ 134/2004 signed (secondary, S03). */
  ND134_SIGNED: '2004-06-09',
  /** QĐ 136/2007/QĐ-TTg signed (secondary). */
  QD136_SIGNED: '2007-08-20',
  /** NĐ 45/2012 signed (verified from text). */
  ND45_SIGNED: '2012-05-21',
  /** NĐ 134/2004's last day: NĐ 45/2012 replaced it from 2012-07-05 (NĐ 45 Art. 18). */
  ND134_LAST_DAY: '2012-07-04',
  /** NĐ 45/2012 in force: Art. 18 "kể từ ngày 05 tháng 7 năm 2012" (verified from text). */
  ND45_EFFECTIVE: '2012-07-05',
  /** TT 46/2012/TT-BCT signed (verified from text, header). */
  TT46_SIGNED: '2012-12-28',
  /** TT 46/2012/TT-BCT in force: Art. 11(1) "kể từ ngày 10 tháng 02 năm 2013" (verified from text). */
  TT46_EFFECTIVE: '2013-02-10',
  /** TT 36/2013/TT-BCT signed (verified from text, header). */
  TT36_SIGNED: '2013-12-27',
  /** Last day before TT 36/2013 (QĐ 08/2008/QĐ-BCT governed the national procedures until then). */
  BEFORE_TT36_LAST_DAY: '2014-02-09',
  /** TT 36/2013/TT-BCT in force: Art. 24(1) "kể từ ngày 10 tháng 02 năm 2014" (verified from text). */
  TT36_EFFECTIVE: '2014-02-10',
  /** TTLT 26/2014 signed (verified from text, header). */
  TTLT26_SIGNED: '2014-02-18',
  /** TTLT 26/2014 in force: Art. 10(1) "từ ngày 08 tháng 4 năm 2014" (verified from text). */
  TTLT26_EFFECTIVE: '2014-04-08',
  /** QĐ 1288/QĐ-TTg signed (verified from text). */
  QD1288_SIGNED: '2014-08-01',
  /** TT 26/2014/TT-BCT signed (verified from text, header). */
  TT26_SIGNED: '2014-08-28',
  /** TT 26/2014/TT-BCT in force: Art. 25 (verified from text). */
  TT26_EFFECTIVE: '2014-10-21',
  /** TT 20/2017/TT-BCT signed: "ngày 29/9/2017" (secondary: a provincial resolution's recital, S61). */
  TT20_2017_SIGNED: '2017-09-29',
  /** TT 28/2018/TT-BTC signed (verified from text, S19). */
  TT28_SIGNED: '2018-03-28',
  /** TTLT 26/2014's last day: TT 28/2018 replaced it from 2018-05-11 (secondary, S23). */
  TTLT26_LAST_DAY: '2018-05-10',
  /** TT 28/2018/TT-BTC in force (secondary, S23). */
  TT28_EFFECTIVE: '2018-05-11',
  /** TT 14/2018/TT-BCT signed (secondary, S41). */
  TT14_2018_SIGNED: '2018-06-28',
  /** Last day of TT 26/2014's original wording (the day before TT 14/2018 took effect). */
  TT26_ORIGINAL_LAST_DAY: '2018-08-15',
  /** TT 14/2018/TT-BCT in force (secondary, S41): TT 26/2014's original wording ends the day before. */
  TT14_2018_EFFECTIVE: '2018-08-16',
  /** QĐ 1881/QĐ-TTg signed and in force (verified from text / secondary). */
  QD1881_SIGNED: '2020-11-20',
  /**
   * Not an entry into force: TT 64/2024/TT-BTC (amending TT 28/2018) has an unknown date, so TT 28 levels
   * queried from the first day of 2024 warn that they may have been amended.
   */
  TT64_2024_WARN_FROM: '2024-01-01',
  /** TT 38/2025/TT-BCT signed (secondary, S41). */
  TT38_2025_SIGNED: '2025-06-19',
  /** Last day of the district selection level (the day before TT 38/2025 took effect). */
  DISTRICT_LEVEL_LAST_DAY: '2025-06-30',
  /** TT 38/2025/TT-BCT in force (secondary, S41): the commune level replaces the district level. */
  TT38_2025_EFFECTIVE: '2025-07-01',
  /** NĐ 235/2025 signed (verified from text, S10). */
  ND235_SIGNED: '2025-08-27',
  /** QĐ 2646/QĐ-BCT signed and in force on signing (verified from text, S18). */
  QD2646_SIGNED: '2025-09-23',
  /** Last day of NĐ 45/2012's 2012 wording (the day before NĐ 235/2025 took effect). */
  ND45_2012_LAST_DAY: '2025-10-14',
  /** NĐ 235/2025 in force (secondary: press, S11, S12): the regime switch. */
  ND235_EFFECTIVE: '2025-10-15',
});
