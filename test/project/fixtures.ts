import type { DeAnJson } from '../../src/project/DeAn.js';
import type { EstablishmentJson } from '../../src/project/Establishment.js';

/** A cơ sở CNNT: a women-owned cooperative in a recognised craft village (tax code from python-stdnum's valid list). */
export const cooperative: EstablishmentJson = {
  name: 'HTX Mây tre đan Phú Vinh',
  legalForm: 'COOPERATIVE',
  sizeClass: 'SMALL',
  taxCode: '0100233488',
  location: {
    province: { code: '01', asOf: '2019-03-01' },
    communeKind: 'XA',
    inRecognisedCraftVillage: true,
    difficulty: 'NONE',
  },
  industry: 'HANDICRAFT',
  owner: { womenOwned: true, ethnicMinorityOwned: false },
};

/** A national đề án (machinery application, 70 % advance class not applicable: OTHER) drafted in 2019 for the 2020 plan. */
export const nationalTraining: DeAnJson = {
  id: 'KCQG-2020-01',
  title: 'Đào tạo nghề mây tre đan cho lao động nông thôn',
  scope: 'NATIONAL',
  group: false,
  period: { startYear: 2020, endYear: 2020 },
  province: { code: '01', asOf: '2019-03-01' },
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', kind: 'PROVINCIAL_KC_CENTRE' },
  beneficiaries: [cooperative],
  activity: 'VOCATIONAL_TRAINING',
  advanceType: 'VOCATIONAL_TRAINING',
  supportItems: [{ item: 'VOCATIONAL_TRAINING_COURSE', eligibleCost: 400_000_000 }],
  budget: [
    { source: 'NATIONAL', approved: 0, advanced: 0, disbursed: 0, settled: 0 },
    { source: 'COUNTERPART', approved: 0, advanced: 0, disbursed: 0, settled: 0 },
  ],
  indicators: [{ id: 'trainees', label: { vi: 'Học viên', en: 'Trainees' }, unit: 'trainee', target: 35 }],
  history: [{ state: 'DRAFTED', event: 'CREATE', at: '2019-03-01' }],
};
