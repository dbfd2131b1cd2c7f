import fc from 'fast-check';
import { CURRENT_PROVINCE_CODES, LEGACY_PROVINCE_CODES } from '../../src/geo/registry.js';
import { APPLICANT_LEGAL_FORMS, COMMUNE_KINDS, DIFFICULTY_CLASSES, SIZE_CLASSES } from '../../src/eligibility/vocabulary.js';
import { ACTIVITY_CATEGORY_IDS, FUND_SOURCE_IDS, INDUSTRY_IDS, PROJECT_SCOPE_IDS, SUPPORT_ITEM_IDS } from '../../src/project/catalogues.js';
import type { DeAnJson } from '../../src/project/DeAn.js';
import type { DeAnEventJson } from '../../src/project/DeAnEvent.js';
import type { EstablishmentJson } from '../../src/project/Establishment.js';
import { LIFECYCLE_EDGES } from '../../src/project/lifecycle.js';
import { ADVANCE_TYPES, IMPLEMENTING_UNIT_KINDS, type DeAnState } from '../../src/project/vocabulary.js';

const day = (offset: number): string => new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

export const provinceArb: fc.Arbitrary<{ code: string; asOf: string }> = fc.oneof(
  fc.record({ code: fc.constantFrom<string>(...LEGACY_PROVINCE_CODES), asOf: fc.integer({ min: 0, max: 3800 }).map(day) }),
  fc.record({ code: fc.constantFrom<string>(...CURRENT_PROVINCE_CODES), asOf: fc.integer({ min: 3835, max: 4500 }).map(day) }),
);

const nameArb = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s));
const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,20}$/);
const moneyArb = fc.integer({ min: 0, max: 50_000_000_000 });

export const establishmentArb: fc.Arbitrary<EstablishmentJson> = fc.record(
  {
    name: nameArb,
    legalForm: fc.constantFrom(...APPLICANT_LEGAL_FORMS),
    sizeClass: fc.constantFrom(...SIZE_CLASSES),
    taxCode: fc.constantFrom('0100233488', '0314409058-002', '3500748818'),
    location: fc.record({
      province: provinceArb,
      unitKind: fc.constantFrom(...COMMUNE_KINDS),
      inRecognisedCraftVillage: fc.boolean(),
      difficulty: fc.constantFrom(...DIFFICULTY_CLASSES),
    }),
    industry: fc.constantFrom(...INDUSTRY_IDS, 'OTHER' as const),
    owner: fc.record({ womenOwned: fc.boolean(), ethnicMinorityOwned: fc.boolean() }),
  },
  { requiredKeys: ['name', 'legalForm', 'location', 'industry', 'owner'] },
);

const budgetLineArb = (source: (typeof FUND_SOURCE_IDS)[number]) =>
  fc.tuple(moneyArb, moneyArb, moneyArb, moneyArb).map(([a, b, c, s]) => {
    const [advanced, disbursed, approved] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { source, approved, advanced, disbursed, settled: s };
  });

function walk(scope: string, choices: readonly number[], gaps: readonly number[], start: number): DeAnJson['history'] {
  const path = scope === 'LOCAL' ? 'local' : 'national';
  const history: { state: DeAnState; event: DeAnJson['history'][number]['event']; at: string }[] = [{ state: 'DRAFTED', event: 'CREATE', at: day(start) }];
  let t = start;
  choices.forEach((c, i) => {
    const current = history[history.length - 1]?.state as DeAnState;
    const edges = LIFECYCLE_EDGES.filter((e) => e.from.includes(current) && (e.path === 'both' || e.path === path));
    const edge = edges[c % Math.max(edges.length, 1)];
    if (edge === undefined) return;
    let to = edge.to;
    if (to === 'PREVIOUS') to = [...history].reverse().find((h) => h.state !== 'ADJUSTED' && h.state !== 'SUSPENDED')?.state as DeAnState;
    t += gaps[i] ?? 0;
    history.push({ state: to, event: edge.event, at: day(t) });
  });
  return history;
}

export const deAnArb: fc.Arbitrary<DeAnJson> = fc
  .record({
    id: idArb,
    title: nameArb,
    scope: fc.constantFrom(...PROJECT_SCOPE_IDS),
    group: fc.boolean(),
    startYear: fc.integer({ min: 2013, max: 2030 }),
    span: fc.integer({ min: 0, max: 4 }),
    province: provinceArb,
    implementingUnit: fc.record({ name: nameArb, kind: fc.constantFrom(...IMPLEMENTING_UNIT_KINDS) }),
    beneficiaries: fc.array(establishmentArb, { maxLength: 2 }),
    activity: fc.constantFrom(...ACTIVITY_CATEGORY_IDS),
    advanceType: fc.constantFrom(...ADVANCE_TYPES),
    supportItems: fc.array(fc.record({ item: fc.constantFrom(...SUPPORT_ITEM_IDS), eligibleCost: moneyArb }), { maxLength: 3 }),
    sources: fc.subarray([...FUND_SOURCE_IDS]),
    lines: fc.array(budgetLineArb('NATIONAL'), { minLength: 4, maxLength: 4 }),
    indicatorTargets: fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined })), { maxLength: 3 }),
    choices: fc.array(fc.nat(20), { maxLength: 14 }),
    gaps: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 14, maxLength: 14 }),
    start: fc.integer({ min: 0, max: 4000 }),
  })
  .map((r) => ({
    id: r.id,
    title: r.title,
    scope: r.scope,
    group: r.group,
    period: { startYear: r.startYear, endYear: r.startYear + r.span },
    province: r.province,
    implementingUnit: r.implementingUnit,
    beneficiaries: r.beneficiaries,
    activity: r.activity,
    advanceType: r.advanceType,
    supportItems: r.supportItems,
    budget: r.sources.map((source, i) => ({ ...(r.lines[i] as DeAnJson['budget'][number]), source })),
    indicators: r.indicatorTargets.map(([target, result], i) => ({
      id: `ind-${String(i)}`,
      label: { vi: `Chỉ tiêu ${String(i)}`, en: `Indicator ${String(i)}` },
      unit: 'establishment' as const,
      target,
      ...(result === undefined ? {} : { result }),
    })),
    history: walk(r.scope, r.choices, r.gaps, r.start),
  }));

const src = fc.constantFrom(...FUND_SOURCE_IDS);
const amounts = fc.uniqueArray(fc.record({ source: src, amount: moneyArb }), { selector: (x) => x.source, minLength: 1, maxLength: 4 });

export const eventArb: fc.Arbitrary<DeAnEventJson> = fc.oneof(
  fc.constantFrom(
    ...(['REGISTER', 'START_GRASSROOTS_APPRAISAL', 'SUBMIT_TO_MINISTRY', 'REJECT', 'SIGN_CONTRACT', 'START_WORK', 'SUSPEND', 'RESUME', 'TERMINATE', 'CLOSE'] as const).map(
      (type) => ({ type }),
    ),
  ),
  amounts.map((approved) => ({ type: 'APPROVE' as const, approved })),
  amounts.map((approved) => ({ type: 'ADJUST' as const, approved })),
  amounts.map((settled) => ({ type: 'SETTLE' as const, settled })),
  fc.record({ type: fc.constant('ADVANCE' as const), source: src, amount: moneyArb, workDone: fc.constantFrom('0.4', '0.5', '0.51', '1') }),
  fc.record({ type: fc.constant('DISBURSE' as const), source: src, amount: moneyArb }),
  fc.constant({ type: 'ACCEPT' as const, results: [{ indicator: 'ind-0', result: 3 }] }),
);

export { day };
