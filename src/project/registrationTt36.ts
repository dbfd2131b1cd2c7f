import { deepFreeze } from '../internal/deepFreeze.js';
import { RULE_DATES } from '../eligibility/regimeDates.js';
import { CITE_REGISTER_20_MAY, CITE_REPORT_15_JUNE, CITE_TT36_IN_FORCE } from './lifecycle.js';
import type { RegistrationRegime } from './registrationRegime.js';

/**
 * TT 36/2013/TT-BCT Art. 10, original wording (in force 2014-02-10, Art. 24; read in S59): units file their
 * dossiers with the Sở Công Thương "trước 20 tháng 5 hàng năm (trường hợp khác theo hướng dẫn của Sở Công
 * Thương)" (Art. 10(1)(b), override `registerBefore`), and the Sở sends its registration to the Cục "trước
 * ngày 15 tháng 6 hàng năm (trường hợp khác theo hướng dẫn của Cục …)" (Art. 10(2)(b), override
 * `submitBefore`), both in the year before the plan year. The wording ended when TT 17/2018/TT-BCT took
 * effect, on a day no source gives (`endKnown: false`).
 * @category Projects
 * @example
 * TT36_2013_REGISTRATION.deadlines.map((d) => d.deadline(2016, undefined)); // ['2015-05-20', '2015-06-15']
 */
export const TT36_2013_REGISTRATION: RegistrationRegime = deepFreeze({
  id: 'TT36-2013',
  label: {
    vi: 'TT 36/2013/TT-BCT (bản gốc): hồ sơ gửi Sở trước 20/5, Sở gửi Cục trước 15/6',
    en: 'TT 36/2013/TT-BCT (original): dossier to the Department before 20 May, the Department to the Cục before 15 June',
  },
  citation: CITE_TT36_IN_FORCE,
  modelled: true,
  validFrom: RULE_DATES.TT36_FROM,
  validTo: null,
  endKnown: false,
  deadlines: [
    {
      step: 'REGISTER',
      rule: 'registration.deadline-20-may',
      citation: CITE_REGISTER_20_MAY,
      deadline: (planYear: number, override: string | undefined): string => override ?? `${String(planYear - 1)}-05-20`,
    },
    {
      step: 'SUBMIT_TO_MINISTRY',
      rule: 'registration.report-deadline-15-june',
      citation: CITE_REPORT_15_JUNE,
      deadline: (planYear: number, override: string | undefined): string => override ?? `${String(planYear - 1)}-06-15`,
    },
  ],
});

/**
 * Before 2014-02-10 national đề án were registered under QĐ 08/2008/QĐ-BCT, which TT 36/2013 replaced
 * (Art. 24(1)). Its text is not modelled: no deadline is checked, and TT 36/2013's are never applied.
 * @category Projects
 * @example
 * QD08_2008_REGISTRATION.modelled; // false
 */
export const QD08_2008_REGISTRATION: RegistrationRegime = deepFreeze({
  id: 'QD08-2008',
  label: {
    vi: 'QĐ 08/2008/QĐ-BCT (trước 10/02/2014): chưa được mô hình hóa',
    en: 'QĐ 08/2008/QĐ-BCT (before 2014-02-10): not modelled',
  },
  citation: CITE_TT36_IN_FORCE,
  modelled: false,
  validFrom: null,
  validTo: null,
  endKnown: true,
  deadlines: [],
});
