/**
 * The one module of legal dates that the eligibility rules and the đề án procedures use. Every other file of
 * src/eligibility and src/project takes its dates from here, never as a bare literal. Dates the policy
 * registry already carries are read from it, the others from the policy area's `LEGAL_DATES` (the one place a
 * legal date is written).
 * @internal
 */
import { must } from './catalogue.js';
import { INSTRUMENTS } from '../policy/instruments.js';
import { LEGAL_DATES } from '../policy/legalDates.js';
import { REGIMES } from '../policy/regimes.js';
import { TYPICAL_PRODUCT_LEVELS } from '../policy/typicalProducts.js';

const effective = (id: 'TTLT-26-2014-BTC-BCT' | 'TT-28-2018-BTC'): string => must(INSTRUMENTS[id].effective.date, `no effective date for ${id}`);
const selectionFrom = (id: 'DISTRICT' | 'COMMUNE'): string =>
  must(TYPICAL_PRODUCT_LEVELS.find((e) => e.id === id), `no selection level ${id}`).validFrom;

/**
 * The legal dates the eligibility rules and the đề án procedures use, each derived from the policy catalogue
 * (`REGIMES`, `INSTRUMENTS`, `LEGAL_DATES`, `TYPICAL_PRODUCT_LEVELS`), frozen. `TT17_FROM` is `null`: the
 * effective date of TT 17/2018/TT-BCT is not known from any source.
 * @category Eligibility
 * @example
 * RULE_DATES.ND235_FROM; // '2025-10-15'
 */
export const RULE_DATES = Object.freeze({
  /** NĐ 45/2012/NĐ-CP in force (Art. 18: "kể từ ngày 05 tháng 7 năm 2012"). */
  ND45_FROM: REGIMES[0].validFrom,
  /** Last day of NĐ 45/2012's original wording. */
  ND45_2012_TO: must(REGIMES[0].validTo, 'end of the 2012 regime'),
  /** NĐ 45/2012 as amended by NĐ 235/2025/NĐ-CP in force. */
  ND235_FROM: REGIMES[1].validFrom,
  /** TT 46/2012/TT-BCT in force (Art. 11(1): "có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2013"). */
  TT46_FROM: LEGAL_DATES.TT46_EFFECTIVE,
  /**
   * TT 36/2013/TT-BCT in force (Art. 24(1): "kể từ ngày 10 tháng 02 năm 2014", replacing QĐ 08/2008/QĐ-BCT):
   * the first day of its registration regime, of group đề án (Art. 10(1)(a)) and of flagship đề án (Art. 2(3)).
   */
  TT36_FROM: LEGAL_DATES.TT36_EFFECTIVE,
  /** TT 17/2018/TT-BCT in force: not known from any source (`null`: the end of TT 36's original wording is unknown). */
  TT17_FROM: INSTRUMENTS['TT-17-2018-BCT'].effective.date,
  /** TTLT 26/2014/TTLT-BTC-BCT in force (Art. 10(1)). */
  TTLT26_FROM: effective('TTLT-26-2014-BTC-BCT'),
  /** TT 28/2018/TT-BTC in force. */
  TT28_FROM: effective('TT-28-2018-BTC'),
  /** TT 26/2014/TT-BCT in force: district-entry typical-product selection. */
  TT26_FROM: selectionFrom('DISTRICT'),
  /** Commune-entry typical-product selection (the two-level local government, from 2025-07-01). */
  COMMUNE_SELECTION_FROM: selectionFrom('COMMUNE'),
});
