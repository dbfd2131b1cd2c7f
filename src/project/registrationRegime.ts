import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';

/**
 * The registration step a deadline applies to: the unit's dossier to the Sở (`REGISTER`) or the Sở's
 * registration report to the Cục, which in this model is the đề án leaving the Sở for ministry appraisal
 * (`SUBMIT_TO_MINISTRY`).
 * @category Projects
 */
export type RegistrationStep = 'REGISTER' | 'SUBMIT_TO_MINISTRY';

/**
 * The rule ids of the registration deadlines.
 * @category Projects
 */
export type RegistrationRuleId = 'registration.deadline-20-may' | 'registration.report-deadline-15-june' | 'registration.report-deadline-20-june';

/**
 * One registration deadline of a regime: the step, the rule, its citation, and the first late day for a
 * plan year (the step must happen before it), given the caller's override ("another date the Sở / the Cục
 * sets", when the text allows one).
 * @category Projects
 */
export interface RegistrationDeadline {
  readonly step: RegistrationStep;
  readonly rule: RegistrationRuleId;
  readonly citation: Citation;
  /**
   * The first late day for the plan of `planYear`: `override` when given (the date the Sở or the Cục set),
   * otherwise the regime's day of the year before the plan year.
   * @param planYear - the plan year.
   * @param override - the caller's date, or `undefined`.
   * @returns the first late day, `YYYY-MM-DD`.
   */
  deadline(planYear: number, override: string | undefined): string;
}

/**
 * A registration regime of national đề án, picked by date with {@link registrationRegimeOn}.
 * `modelled: false` marks a period whose rules are known to exist but are not modelled (before 2014-02-10,
 * QĐ 08/2008/QĐ-BCT governed): it has no deadlines, and nothing is checked against TT 36/2013 then.
 * @category Projects
 */
export interface RegistrationRegime {
  readonly id: 'QD08-2008' | 'TT36-2013' | 'TT36-as-amended-TT17-2018';
  readonly label: LocalizedText;
  readonly citation: Citation;
  readonly modelled: boolean;
  /** First day of the regime (`null`: before the first modelled regime, no start is modelled). */
  readonly validFrom: string | null;
  /**
   * Last day of the regime: `null` while in force or when the end is unknown. TT 36/2013's original wording
   * ended when TT 17/2018/TT-BCT took effect, a date no source gives: `endKnown` is then `false`.
   */
  readonly validTo: string | null;
  readonly endKnown: boolean;
  /** The deadlines of the regime, in procedure order (empty when not modelled). */
  readonly deadlines: readonly RegistrationDeadline[];
}

/**
 * The default first day of the TT 17/2018/TT-BCT regime: 2019-01-01 (an option, not law). The circular's own
 * dates are unverified (docs/legal-sources.md, "Instruments and dates"). MOIT numbers circulars in order and TT 14/2018/TT-BCT was
 * signed on 2018-06-28 (S41), so TT 17/2018 came later and, with the usual 45 days before a circular takes
 * effect, was not in force for the May–June 2018 round, and was in force by the 2019 round. Any day from
 * about mid-August 2018 to mid-February 2019 fits; the choice only matters for steps dated in that
 * off-season window. See docs/projects.md.
 * @category Projects
 */
export const DEFAULT_TT17_SWITCH_DATE = '2019-01-01';
