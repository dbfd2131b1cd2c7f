import { deepFreeze } from '../internal/deepFreeze.js';
import { CITE_REGISTRATION } from './lifecycle.js';
import type { RegistrationRegime } from './registrationRegime.js';

/**
 * TT 36/2013 Art. 10 as amended by TT 17/2018/TT-BCT Art. 1 cl. 9 (S29, secondary, verbatim quote): the Sở
 * Công Thương compiles, selects and sends the national-plan registration report to the Cục before 20 June
 * of the year before the plan year. The units' own filing with the Sở has no stated date. Its first day is
 * the caller's `tt17SwitchDate` (TT 17/2018's effective date is unknown).
 * @category Projects
 * @example
 * TT17_2018_REGISTRATION.deadlines[0]?.deadline(2020, undefined); // '2019-06-20'
 */
export const TT17_2018_REGISTRATION: RegistrationRegime = deepFreeze({
  id: 'TT36-as-amended-TT17-2018',
  label: {
    vi: 'TT 36/2013/TT-BCT sửa đổi bởi TT 17/2018/TT-BCT: Sở báo cáo Cục trước 20/6',
    en: 'TT 36/2013/TT-BCT as amended by TT 17/2018/TT-BCT: the Department reports to the Cục before 20 June',
  },
  citation: CITE_REGISTRATION,
  modelled: true,
  validFrom: null,
  validTo: null,
  endKnown: true,
  deadlines: [
    {
      step: 'SUBMIT_TO_MINISTRY',
      rule: 'registration.report-deadline-20-june',
      citation: CITE_REGISTRATION,
      deadline: (planYear: number, override: string | undefined): string => override ?? `${String(planYear - 1)}-06-20`,
    },
  ],
});
