export { addCount, count, isCount, type Count } from './Count.js';
export { formatCount, type FormatCountOptions } from './formatCount.js';
export { DEFAULT_MONEY_MAX_DECIMALS, formatMoney, type FormatMoneyOptions } from './formatMoney.js';
export { DEFAULT_PERCENT_DECIMALS, formatPercent, type FormatPercentOptions } from './formatPercent.js';
export { formatQuantity, type FormatQuantityOptions } from './formatQuantity.js';
export { intervalContains, type Bound, type Interval } from './Interval.js';
export {
  addMoney,
  allocateMoney,
  compareMoney,
  isMoney,
  MAX_MONEY_DONG,
  maxMoney,
  minMoney,
  money,
  moneyEquals,
  moneyFromRatio,
  moneyToBigInt,
  multiplyMoney,
  negateMoney,
  roundMoney,
  subtractMoney,
  sumMoney,
  sumMoneyBy,
  ZERO_MONEY,
  type Money,
  type MoneyFromRatioOptions,
  type MultiplyMoneyOptions,
  type RoundMoneyOptions,
} from './Money.js';
export {
  DEFAULT_ABOUT_TOLERANCE,
  DEFAULT_NEARLY_TOLERANCE,
  MAX_QUANTITY_DIGITS,
  MAX_QUANTITY_TEXT_LENGTH,
  parseQuantity,
  safeParseQuantity,
  type ParseQuantityOptions,
} from './parseQuantity.js';
export { isPercent, percent, type Percent } from './Percent.js';
export type { Direction, Qualifier, Quantity, QuantityKind, QuantityRange, QuantityWarning } from './Quantity.js';
export { quantityToCount } from './quantityToCount.js';
export { quantityToMoney } from './quantityToMoney.js';
export { quantityToPercent } from './quantityToPercent.js';
export {
  addRatio,
  compareRatio,
  divideRatio,
  isRatio,
  multiplyRatio,
  negateRatio,
  Ratio,
  ratio,
  RATIO_STRING_SIGNIFICANT_DIGITS,
  ratioEquals,
  ratioToFixed,
  ratioToNumber,
  subtractRatio,
  type RoundingMode,
} from './Ratio.js';
export { MONEY_SCALES, type MoneyScale } from './scales.js';
export { COUNT_UNITS, type CountUnit } from './units.js';
