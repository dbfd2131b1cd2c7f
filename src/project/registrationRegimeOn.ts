import { DEFAULT_TT17_SWITCH_DATE, type RegistrationRegime } from './registrationRegime.js';
import { TT17_2018_REGISTRATION } from './registrationTt17.js';
import { TT36_2013_REGISTRATION } from './registrationTt36.js';

/**
 * The registration regime in force on a day.
 * @param at - the day of the step, `YYYY-MM-DD`.
 * @param switchDate - the first day of the TT 17/2018 regime ({@link DEFAULT_TT17_SWITCH_DATE} by default).
 * @returns the regime.
 * @category Projects
 * @example
 * registrationRegimeOn('2015-04-01').id; // 'TT36-2013'
 * registrationRegimeOn('2019-04-01').id; // 'TT36-as-amended-TT17-2018'
 */
export function registrationRegimeOn(at: string, switchDate: string = DEFAULT_TT17_SWITCH_DATE): RegistrationRegime {
  return at < switchDate ? TT36_2013_REGISTRATION : TT17_2018_REGISTRATION;
}
