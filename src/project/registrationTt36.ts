import { deepFreeze } from '../internal/deepFreeze.js';
import { CITE_REGISTRATION_2013 } from './lifecycle.js';
import type { RegistrationRegime } from './registrationRegime.js';

/**
 * TT 36/2013/TT-BCT Art. 10, original wording (S30, secondary): units file their dossiers with the Sở
 * Công Thương before 20 May of the year before the plan year, "or another date the Sở sets" (the
 * `override`).
 * @category Projects
 * @example
 * TT36_2013_REGISTRATION.deadline(2016, undefined); // '2015-05-20'
 */
export const TT36_2013_REGISTRATION: RegistrationRegime = deepFreeze({
  id: 'TT36-2013',
  label: { vi: 'TT 36/2013/TT-BCT (bản gốc): hồ sơ gửi Sở trước 20/5', en: 'TT 36/2013/TT-BCT (original): dossier to the Department before 20 May' },
  step: 'REGISTER',
  rule: 'registration.deadline-20-may',
  citation: CITE_REGISTRATION_2013,
  deadline: (planYear: number, override: string | undefined): string => override ?? `${String(planYear - 1)}-05-20`,
});
