export { addCount, count, type Count } from './Count.js';
export type { Bound, Interval } from './Interval.js';
export {
  addMoney,
  compareMoney,
  isMoney,
  MAX_MONEY_DONG,
  maxMoney,
  minMoney,
  money,
  moneyEquals,
  moneyToBigInt,
  multiplyMoney,
  negateMoney,
  roundMoney,
  subtractMoney,
  sumMoney,
  ZERO_MONEY,
  type Money,
  type MultiplyMoneyOptions,
  type RoundMoneyOptions,
} from './Money.js';
export { percent, type Percent } from './Percent.js';
export type { Qualifier, Quantity, QuantityKind } from './Quantity.js';
export { compareRatio, Ratio, ratio, RATIO_STRING_SIGNIFICANT_DIGITS, ratioToFixed, type RoundingMode } from './Ratio.js';
export { COUNT_UNITS, type CountUnit } from './units.js';
