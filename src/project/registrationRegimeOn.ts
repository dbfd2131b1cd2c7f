import { checkDate } from '../internal/date.js';
import { RULE_DATES } from '../eligibility/regimeDates.js';
import { DEFAULT_TT17_SWITCH_DATE, type RegistrationRegime } from './registrationRegime.js';
import { TT17_2018_REGISTRATION } from './registrationTt17.js';
import { QD08_2008_REGISTRATION, TT36_2013_REGISTRATION } from './registrationTt36.js';

/**
 * The registration regime in force on a day: before 2014-02-10 QĐ 08/2008/QĐ-BCT (not modelled), then
 * TT 36/2013's original wording, then, from `switchDate`, TT 36/2013 as amended by TT 17/2018.
 * @param at - the day of the step, `YYYY-MM-DD`.
 * @param switchDate - the first day of the TT 17/2018 regime ({@link DEFAULT_TT17_SWITCH_DATE} by default).
 * @returns the regime.
 * @throws {@link KhuyenCongError} `date.invalid` when `at` or `switchDate` is not a real `YYYY-MM-DD` date
 *   (no trimming: `' 2025-07-01'` is refused).
 * @category Projects
 * @example
 * registrationRegimeOn('2013-04-01').modelled; // false (QĐ 08/2008/QĐ-BCT)
 * registrationRegimeOn('2015-04-01').id; // 'TT36-2013'
 * registrationRegimeOn('2019-04-01').id; // 'TT36-as-amended-TT17-2018'
 */
export function registrationRegimeOn(at: string, switchDate: string = DEFAULT_TT17_SWITCH_DATE): RegistrationRegime {
  checkDate(at, ['at']);
  checkDate(switchDate, ['switchDate']);
  if (at < RULE_DATES.TT36_FROM) return QD08_2008_REGISTRATION;
  return at < switchDate ? TT36_2013_REGISTRATION : TT17_2018_REGISTRATION;
}
