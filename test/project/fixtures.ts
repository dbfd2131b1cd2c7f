import { expect } from 'vitest';
import type { DeAn, DeAnJson } from '../../src/project/DeAn.js';
import type { DeAnEventJson } from '../../src/project/DeAnEvent.js';
import type { EstablishmentJson } from '../../src/project/Establishment.js';
import { transition, type TransitionOptions, type TransitionResult } from '../../src/project/transition.js';

/** A cơ sở CNNT: a women-owned cooperative in a recognised craft village (tax code from python-stdnum's list of valid codes). */
export const cooperative: EstablishmentJson = {
  name: 'HTX Mây tre đan Phú Vinh',
  legalForm: 'COOPERATIVE',
  sizeClass: 'SMALL',
  taxCode: '0100233488',
  location: {
    province: { code: '01', asOf: '2019-03-01' },
    unitKind: 'XA',
    inRecognisedCraftVillage: true,
    difficulty: 'NONE',
  },
  industry: 'HANDICRAFT',
  owner: { womenOwned: true, ethnicMinorityOwned: false },
};

/** A national vocational-training đề án drafted in 2019 for the 2020 plan (70 % advance class). */
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

/** A local đề án for cluster infrastructure in Bạc Liêu (legacy code 95), 2025 plan (30 % after half the work). */
export const localCluster: DeAnJson = {
  id: 'KCDP-BL-2025-03',
  title: 'Hỗ trợ đầu tư hạ tầng cụm công nghiệp Láng Trâm',
  scope: 'LOCAL',
  group: false,
  period: { startYear: 2025, endYear: 2025 },
  province: { code: '95', asOf: '2024-08-01' },
  implementingUnit: { name: 'Công ty TNHH Đầu tư hạ tầng Láng Trâm', kind: 'ENTERPRISE' },
  beneficiaries: [],
  activity: 'LINKAGE_CLUSTER_RELOCATION',
  advanceType: 'CCN_INFRASTRUCTURE',
  supportItems: [{ item: 'CCN_INFRASTRUCTURE', eligibleCost: 5_000_000_000 }],
  budget: [],
  indicators: [{ id: 'clusters', label: { vi: 'Cụm công nghiệp', en: 'Industrial clusters' }, unit: 'cluster', target: 1 }],
  history: [{ state: 'DRAFTED', event: 'CREATE', at: '2024-08-01' }],
};

/** Applies one step and expects it to pass. */
export function step(deAn: DeAn, event: DeAnEventJson, at: string, options?: TransitionOptions): DeAn {
  const r = transition(deAn, event, options === undefined ? { at } : { at, options });
  if (!r.ok) expect.fail(`${event.type} on ${at} refused: ${r.refusals.map((x) => `${x.rule}: ${x.message.en}`).join('; ')}`);
  return r.value;
}

/** Applies steps in order. */
export function steps(deAn: DeAn, list: readonly (readonly [DeAnEventJson, string])[]): DeAn {
  return list.reduce((d, [e, at]) => step(d, e, at), deAn);
}

/** Expects a refusal and returns its rule ids. */
export function refusedRules(r: TransitionResult): string[] {
  if (r.ok) return expect.fail('expected a refusal');
  return r.refusals.map((x) => x.rule);
}

/** The state after the last step. */
export const stateOf = (d: DeAn): string => d.history[d.history.length - 1]?.state ?? '';

/** Deeply freezes a value (to prove inputs are not mutated). */
export function deepFrozen<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const k of Reflect.ownKeys(v)) deepFrozen((v as Record<string | symbol, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}
