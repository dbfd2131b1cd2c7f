import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, checkEligibilityMany, type Applicant } from '../../src/eligibility/index.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import {
  APPRAISAL_DECISION_LABELS,
  BENEFICIARY_GROUP_LABELS,
  CERTIFICATE_LEVEL_LABELS,
  CITY_CLASS_LABELS,
  DIFFICULTY_LABELS,
  INDUSTRY_LABELS,
  LEGAL_FORM_LABELS,
  REQUESTED_ITEM_LABELS,
  SELECTION_LEVEL_LABELS,
  SIZE_CLASS_LABELS,
  UNIT_KIND_LABELS,
  valuesOf,
  WARD_PARENT_LABELS,
} from '../../src/eligibility/vocabulary.js';

const pick = <K extends string>(labels: { readonly [P in K]: unknown }) => fc.constantFrom(...valuesOf(labels as never) as K[]);
const isoDate = fc.date({ min: new Date('2008-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
// Dates around every boundary, plus random ones.
const atDate = fc.oneof(
  fc.constantFrom('2012-07-04', '2012-07-05', '2014-04-07', '2014-04-08', '2014-10-21', '2018-05-10', '2018-05-11', '2025-06-30', '2025-07-01', '2025-10-14', '2025-10-15'),
  isoDate,
);

/** A complete applicant: every fact known. */
const fullApplicant: fc.Arbitrary<Applicant> = fc.record({
  group: pick(BENEFICIARY_GROUP_LABELS),
  legalForm: pick(LEGAL_FORM_LABELS),
  sizeClass: pick(SIZE_CLASS_LABELS),
  location: fc.record({
    unitKind: pick(UNIT_KIND_LABELS),
    wardParent: pick(WARD_PARENT_LABELS),
    cityClass: pick(CITY_CLASS_LABELS),
    convertedFromCommuneOn: isoDate,
    centrallyRunCity: fc.boolean(),
    inRecognisedCraftVillage: fc.boolean(),
    difficulty: pick(DIFFICULTY_LABELS),
  }),
  industry: pick(INDUSTRY_LABELS),
  owner: fc.record({ womenOwned: fc.boolean(), ethnicMinorityOwned: fc.boolean() }),
  requestedItem: pick(REQUESTED_ITEM_LABELS),
  typicalProduct: fc.record({ level: pick(SELECTION_LEVEL_LABELS), certificateLevel: pick(CERTIFICATE_LEVEL_LABELS), lowerRoundHeld: fc.boolean() }),
  appraisal: fc.record({ decision: pick(APPRAISAL_DECISION_LABELS) }),
  planYear: fc.integer({ min: 1900, max: 2999 }),
  clayBrickKiln: fc.boolean(),
});

/** Removes the facts whose path is in `drop` (the requested item frames the question and stays). */
function without(a: Applicant, drop: readonly string[]): Applicant {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) {
    if (k === 'requestedItem') {
      out[k] = v;
    } else if (v !== null && typeof v === 'object') {
      const inner: Record<string, unknown> = {};
      for (const [k2, v2] of Object.entries(v as object)) if (!drop.includes(`${k}.${k2}`)) inner[k2] = v2;
      out[k] = inner;
    } else if (!drop.includes(k)) {
      out[k] = v;
    }
  }
  return out as Applicant;
}

const PATHS = [
  'group', 'legalForm', 'sizeClass', 'location.unitKind', 'location.wardParent', 'location.cityClass',
  'location.convertedFromCommuneOn', 'location.centrallyRunCity', 'location.inRecognisedCraftVillage',
  'location.difficulty', 'industry', 'owner.womenOwned', 'owner.ethnicMinorityOwned', 'typicalProduct.level',
  'typicalProduct.certificateLevel', 'appraisal.decision',
];
const partialOf = (full: Applicant) => fc.subarray(PATHS).map((drop) => without(full, drop));
const dropItem = ({ requestedItem: _item, ...rest }: Applicant): Applicant => rest;
const maybeWithoutItem = fc.tuple(fullApplicant, fc.boolean()).map(([a, keep]) => (keep ? a : dropItem(a)));

function shuffleKeys(v: unknown, rand: () => number): unknown {
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v as object);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries.map(([k, x]) => [k, shuffleKeys(x, rand)]));
}

const RUNS = { numRuns: 400 };

describe('checkEligibility properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(fullApplicant.chain(partialOf), atDate, (a, at) => {
        expect(checkEligibility(a, { at })).toEqual(checkEligibility(a, { at }));
      }),
      RUNS,
    );
  });

  it('does not depend on key order (object keys shuffled at every level)', () => {
    fc.assert(
      fc.property(fullApplicant.chain(partialOf), atDate, fc.integer(), (a, at, seed) => {
        let s = seed >>> 0;
        const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
        const shuffled = shuffleKeys(a, rand) as Applicant;
        const r1 = checkEligibility(a, { at });
        const r2 = checkEligibility(shuffled, { at });
        expect(JSON.stringify(r2)).toBe(JSON.stringify(r1));
      }),
      RUNS,
    );
  });

  it('adding missing facts never turns eligible into needs-review, nor ineligible into anything else', () => {
    fc.assert(
      fc.property(
        maybeWithoutItem.chain((full) => fc.tuple(fc.constant(full), partialOf(full))),
        atDate,
        ([full, partial], at) => {
          const p = checkEligibility(partial, { at }).outcome;
          const f = checkEligibility(full, { at }).outcome;
          if (p === 'eligible') expect(f).toBe('eligible');
          if (p === 'ineligible') expect(f).toBe('ineligible');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the monotonicity property is not vacuous (partial applicants are often eligible or ineligible)', () => {
    const samples = fc.sample(fc.tuple(maybeWithoutItem.chain(partialOf), atDate), { numRuns: 2000, seed: 42 });
    const outcomes = samples.map(([a, at]) => checkEligibility(a, { at }).outcome);
    expect(outcomes.filter((o) => o === 'eligible').length).toBeGreaterThan(20);
    expect(outcomes.filter((o) => o === 'ineligible').length).toBeGreaterThan(200);
  });

  it('a complete applicant is never missing a fact', () => {
    fc.assert(
      fc.property(fullApplicant, atDate, (a, at) => {
        expect(checkEligibility(a, { at }).missing).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the outcome follows the reasons, and every unknown reason names its missing facts', () => {
    fc.assert(
      fc.property(fullApplicant.chain(partialOf), atDate, (a, at) => {
        const r = checkEligibility(a, { at });
        const statuses = r.reasons.map((x) => x.status);
        const expected = statuses.includes('failed') ? 'ineligible' : statuses.some((s) => s === 'unknown' || s === 'review') ? 'needs-review' : 'eligible';
        expect(r.outcome).toBe(expected);
        for (const x of r.reasons) {
          if (x.status === 'unknown') expect(x.missing.length).toBeGreaterThan(0);
          for (const m of x.missing) expect(r.missing).toContain(m);
        }
      }),
      RUNS,
    );
  });

  it('does not mutate its input: deep-frozen inputs pass and are unchanged', () => {
    fc.assert(
      fc.property(fullApplicant.chain(partialOf), atDate, (a, at) => {
        const copy = structuredClone(a);
        const frozen = deepFreeze(structuredClone(a));
        expect(checkEligibility(frozen, { at })).toEqual(checkEligibility(copy, { at }));
        expect(frozen).toEqual(copy);
        checkEligibility(a, { at });
        expect(a).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('checkEligibilityMany gives the same answers', () => {
    fc.assert(
      fc.property(fc.array(fullApplicant.chain(partialOf), { maxLength: 20 }), atDate, (apps, at) => {
        expect(checkEligibilityMany(apps, { at })).toEqual(apps.map((a) => checkEligibility(a, { at })));
      }),
      { numRuns: 100 },
    );
  });
});
