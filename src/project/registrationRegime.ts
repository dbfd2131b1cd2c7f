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
 * A registration regime of national đề án: which step has a deadline and which day is the first late day
 * for a plan year. One implementation per regime; {@link registrationRegimeOn} picks it by date.
 * @category Projects
 */
export interface RegistrationRegime {
  readonly id: 'TT36-2013' | 'TT36-as-amended-TT17-2018';
  readonly label: LocalizedText;
  /** The step the deadline applies to. */
  readonly step: RegistrationStep;
  /** The rule id of the deadline. */
  readonly rule: 'registration.deadline-20-may' | 'registration.report-deadline-20-june';
  readonly citation: Citation;
  /** The first late day for the plan of `planYear` (the step must happen before it), given an optional override. */
  deadline(planYear: number, override: string | undefined): string;
}

/**
 * The default first day of the TT 17/2018/TT-BCT regime: 2019-01-01. The circular's own dates are
 * unverified (docs/legal-sources.md, "Instruments and dates"). MOIT numbers circulars in order and TT 14/2018/TT-BCT was signed on 2018-06-28
 * (S41), so TT 17/2018 came later and, with the usual 45 days before a circular takes effect, was not in
 * force for the May–June 2018 round, and was in force by the 2019 round. Any day from about mid-August 2018
 * to mid-February 2019 fits; the choice only matters for steps dated in that off-season window. See
 * docs/projects.md.
 * @category Projects
 */
export const DEFAULT_TT17_SWITCH_DATE = '2019-01-01';
