export { averageInterval, averagePer, averagePerProvince } from './average.js';
export type {
  AveragePerProvinceOptions,
  DenominatorPolicy,
  KeyedAverage,
  KeyedValues,
  ProvinceAverage,
  ProvinceAverageResult,
} from './average.js';
export { CAGR_DEFAULT_DECIMALS, cagr, cagrInterval } from './cagr.js';
export type { CagrDefined, CagrOptions, CagrResult } from './cagr.js';
export { completionInterval, completionRate, targetRule } from './completionRate.js';
export type {
  Completion,
  CompletionInterval,
  CompletionIntervalResult,
  CompletionResult,
  QualifiedTarget,
  TargetComparison,
  TargetRule,
  TargetVerdict,
} from './completionRate.js';
export {
  addIntervals,
  divideIntervals,
  EMPTY_INTERVAL,
  intervalGap,
  intervalHull,
  intervalIntersection,
  intervalsIntersect,
  intervalFromBounds,
  intervalOfExact,
  intervalToString,
  isEmptyInterval,
  isSubinterval,
  multiplyIntervals,
  negateInterval,
  ratioInterval,
  scaleInterval,
  shiftInterval,
  subtractIntervals,
  sumInterval,
  widenInterval,
  widenIntervalRelative,
} from './interval.js';
export type { IntervalFromBoundsOptions } from './interval.js';
export {
  absoluteChange,
  impliedPrevious,
  impliedPreviousInterval,
  percentChange,
  percentChangeInterval,
  ratioOf,
} from './percentChange.js';
export type { NegativeBasePolicy, PercentChangeOptions } from './percentChange.js';
export { averagePerYear, periodAverage, periodLength, periodTotal } from './period.js';
export type { Period, PeriodAverage, PeriodAverageOptions, PeriodAverageResult, PeriodTotal, PeriodTotalResult } from './period.js';
export { partShareInterval, share, shareInterval, shares } from './share.js';
export type { ShareRounding, ShareRoundingMethod, Shares, SharesOptions, SharesResult } from './share.js';
export type { StatDefined, StatReason, StatResult, StatUndefined } from './StatResult.js';
export type { Like, Missing, StatValue } from './StatValue.js';
export { yearOverYear } from './yearOverYear.js';
export type { YearChange, YearOverYear } from './yearOverYear.js';
export type { YearSeries } from './YearSeries.js';
