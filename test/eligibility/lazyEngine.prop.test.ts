/**
 * The engine reads facts lazily (an input only when a row still in play constrains it), decides tables on
 * precompiled row sets and shares decided reasons between results. This file keeps a plain eager reference
 * (every input of every table read up front, each table decided by `decide`, every reason built afresh, as
 * the engine did before) and checks that `checkEligibility`, `checkEligibilityMany` and `eligibleItems`'s
 * evaluations give the same results on random applicants: complete, partial, and with values outside the
 * domains.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Applicant, FactPath, FactValue } from '../../src/eligibility/Applicant.js';
import { compileTable, decide, type DecisionInput, type DecisionRow, type DecisionTable, type EvalContext } from '../../src/eligibility/DecisionTable.js';
import { allTables, evaluate, readApplicant, REGIMES, regimeAt, priorityHolds, type EligibilityReason, type EligibilityResult, type PriorityFlag } from '../../src/eligibility/engine.js';
import { checkEligibility, checkEligibilityMany } from '../../src/eligibility/index.js';
import { readFact } from '../../src/eligibility/inputs.js';
import { ITEM_TABLES } from '../../src/eligibility/itemRules.js';
import { ENGINE_TEXT } from '../../src/eligibility/messages.js';
import { REGIMES as POLICY_REGIMES } from '../../src/policy/regimes.js';
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

// ---- The eager reference -------------------------------------------------------------------------------

/** Every input of a table read up front; `decide` on all the values; reasons and facts built afresh. */
function eagerEvaluate(a: Applicant, at: string, discretionary = true): EligibilityResult {
  const regime = regimeAt(at);
  if (regime === undefined) {
    return {
      at,
      outcome: 'needs-review',
      regime: null,
      reasons: [{ rule: 'regime', table: null, row: null, status: 'review', facts: { at }, missing: [], citation: POLICY_REGIMES[0].citation, message: ENGINE_TEXT.beforeNd45 }],
      missing: [],
      priorities: [],
    };
  }
  const ctx: EvalContext = { at };
  const reasons: EligibilityReason[] = [{ rule: 'regime', table: null, row: null, status: 'passed', facts: { at }, missing: [], citation: regime.citation, message: regime.label }];
  const missing: FactPath[] = [];
  let failed = false;
  let open = false;
  for (const t of [...regime.tables, ...ITEM_TABLES]) {
    if (t.scope === 'requested-item' && a.requestedItem === undefined) continue;
    if (t.discretionary && !discretionary) continue;
    const ct = compileTable(t);
    const vals = t.inputs.map((input) => {
      const v = input.read(a, ctx);
      return v === undefined ? -1 : input.values.indexOf(v);
    });
    const d = decide(ct, vals);
    // The facts: every known input that a candidate row constrains, in input order.
    const facts: Record<string, FactValue> = {};
    t.inputs.forEach((input, k) => {
      const read = t.rows.some((row, r) => (d.candidates & (1 << r)) !== 0 && row.when[input.id] !== undefined);
      if (!read || (vals[k] as number) < 0) return;
      for (const p of input.paths) {
        const v = readFact(a, p, ctx);
        if (v !== undefined) facts[p] = v;
      }
    });
    if (d.outcome === 'unknown') {
      open = true;
      const paths: FactPath[] = [];
      t.inputs.forEach((input: DecisionInput, k) => {
        if ((d.missingInputs & (1 << k)) === 0) return;
        const absent = input.paths.filter((p) => readFact(a, p, ctx) === undefined);
        for (const p of absent.length > 0 ? absent : input.paths) {
          if (!paths.includes(p)) paths.push(p);
          if (!missing.includes(p)) missing.push(p);
        }
      });
      reasons.push({ rule: t.rule, table: t.id, row: null, status: 'unknown', facts, missing: paths, citation: t.citation, message: ENGINE_TEXT.undecided });
      continue;
    }
    if (d.outcome === 'not-applicable') continue;
    if (d.outcome === 'failed') failed = true;
    if (d.outcome === 'review') open = true;
    const row = t.rows[d.row] as DecisionRow;
    reasons.push({ rule: t.rule, table: t.id, row: d.row + 1, status: d.outcome, facts, missing: [], citation: row.citation, message: row.message });
  }
  const priorities: PriorityFlag[] = regime.priorities
    .filter((p) => (p.validFrom === undefined || at >= p.validFrom) && priorityHolds(p, readFact(a, p.path, ctx)))
    .map((p) => ({ id: p.id, fact: p.path, label: p.label, citation: p.citation }));
  return { at, outcome: failed ? 'ineligible' : open ? 'needs-review' : 'eligible', regime: regime.id, reasons, missing, priorities };
}

// ---- Random applicants ---------------------------------------------------------------------------------

/** A domain value, often; sometimes a value outside the domain or of another type (it counts as missing). */
const fact = <K extends string>(labels: { readonly [P in K]: unknown }) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...(valuesOf(labels as never) as K[])) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>('', 'xa', 42, true, null, {}) },
  );
const bool = fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom<unknown>('yes', 0, null) });
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const atDate = fc.oneof(
  fc.constantFrom('2012-07-04', '2012-07-05', '2013-02-09', '2013-02-10', '2014-04-08', '2014-10-20', '2014-10-21', '2018-05-11', '2025-06-30', '2025-07-01', '2025-10-14', '2025-10-15'),
  isoDate,
);

/** Any applicant: each fact present or not, in or out of its domain; derived facts near their boundaries. */
const applicant: fc.Arbitrary<Applicant> = fc
  .record(
    {
      group: fact(BENEFICIARY_GROUP_LABELS),
      legalForm: fact(LEGAL_FORM_LABELS),
      sizeClass: fact(SIZE_CLASS_LABELS),
      location: fc.record(
        {
          unitKind: fact(UNIT_KIND_LABELS),
          wardParent: fact(WARD_PARENT_LABELS),
          cityClass: fact(CITY_CLASS_LABELS),
          convertedFromCommuneOn: fc.oneof(isoDate, fc.constantFrom<unknown>('2020-02-30', 'soon', 7)),
          centrallyRunCity: bool,
          inRecognisedCraftVillage: bool,
          difficulty: fact(DIFFICULTY_LABELS),
          highlandIslandBorderOrEthnicMinority: bool,
          poorDistrict: bool,
        },
        { requiredKeys: [] },
      ),
      industry: fact(INDUSTRY_LABELS),
      owner: fc.record({ womenOwned: bool, ethnicMinorityOwned: bool }, { requiredKeys: [] }),
      requestedItem: fc.oneof(fact(REQUESTED_ITEM_LABELS), fc.constantFrom('ENTERPRISE_FOUNDING', 'TYPICAL_PRODUCT_ENTRY')),
      typicalProduct: fc.record({ level: fact(SELECTION_LEVEL_LABELS), certificateLevel: fact(CERTIFICATE_LEVEL_LABELS), lowerRoundHeld: bool }, { requiredKeys: [] }),
      appraisal: fc.record({ decision: fc.oneof(fact(APPRAISAL_DECISION_LABELS), fc.constant('maybe')) }, { requiredKeys: [] }),
      planYear: fc.oneof(fc.integer({ min: 2000, max: 2034 }), fc.constantFrom<unknown>(1899.5, '2020', 3000)),
      priority: fc.record({ exportProduct: bool, workers: fc.integer({ min: 0, max: 120 }) }, { requiredKeys: [] }),
      clayBrickKiln: bool,
    },
    { requiredKeys: [] },
  )
  .map((a) => a as Applicant);

/** The reference on the same copy the library reads. */
const reference = (a: Applicant, at: string, discretionary = true) => eagerEvaluate(readApplicant(a), at, discretionary);

describe('the lazy engine gives the eager reference evaluation', () => {
  it('checkEligibility: on any applicant at any date, the same result (outcome, every reason with its facts, missing facts, priorities)', () => {
    fc.assert(
      fc.property(applicant, atDate, (a, at) => {
        expect(checkEligibility(a, { at })).toEqual(reference(a, at));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('the same applicant decided twice, and after others, gives the same result (the shared reasons and the per-call memo leak nothing)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(applicant, atDate), { minLength: 2, maxLength: 12 }), (cases) => {
        const first = cases.map(([a, at]) => checkEligibility(a, { at }));
        const again = [...cases].reverse().map(([a, at]) => checkEligibility(a, { at })).reverse();
        expect(again).toEqual(first);
        cases.forEach(([a, at], i) => expect(first[i]).toEqual(reference(a, at)));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('checkEligibilityMany and the non-discretionary evaluation (eligibleItems) give the reference too', () => {
    fc.assert(
      fc.property(fc.array(applicant, { maxLength: 8 }), atDate, (as, at) => {
        expect(checkEligibilityMany(as, { at })).toEqual(as.map((a) => reference(a, at)));
        for (const a of as) expect(evaluate(readApplicant(a), at, { discretionary: false })).toEqual(reference(a, at, false));
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('the comparison is not vacuous: the random applicants reach most rows, and every table decides and stays unknown', () => {
    const seen = new Set<string>();
    const unknownTables = new Set<string>();
    fc.assert(
      fc.property(applicant, atDate, (a, at) => {
        for (const r of checkEligibility(a, { at }).reasons) {
          if (r.status === 'unknown') unknownTables.add(r.table as string);
          else if (r.table !== null) seen.add(`${r.table}#${String(r.row)}`);
        }
      }),
      { numRuns: 3000, seed: 19 },
    );
    const tables = allTables();
    const reachable = tables.flatMap((t: DecisionTable) => t.rows.flatMap((row, r) => (row.outcome === 'not-applicable' ? [] : [`${t.id}#${String(r + 1)}`])));
    expect(seen.size / reachable.length).toBeGreaterThan(0.8);
    expect(tables.filter((t) => !reachable.some((id) => id.startsWith(`${t.id}#`) && seen.has(id))).map((t) => t.id)).toEqual([]);
    expect(tables.filter((t) => !unknownTables.has(t.id)).map((t) => t.id)).toEqual([]);
    expect(REGIMES.length).toBe(2);
  }, 120_000);
});

describe('results stay apart', () => {
  it('shared reasons are frozen: a caller cannot change another result through them', () => {
    const a: Applicant = { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'COOPERATIVE', location: { unitKind: 'XA' }, industry: 'HANDICRAFT' };
    const r1 = checkEligibility(a, { at: '2026-01-01' });
    const r2 = checkEligibility(a, { at: '2026-01-01' });
    const group = r1.reasons.find((r) => r.rule === 'beneficiary.group');
    expect(group?.facts).toEqual({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT' });
    expect(Object.isFrozen(group)).toBe(true);
    expect(Object.isFrozen(group?.facts)).toBe(true);
    expect(() => {
      (group as { status: string }).status = 'failed';
    }).toThrow(TypeError);
    expect(r2.reasons.find((r) => r.rule === 'beneficiary.group')?.status).toBe('passed');
    // Each result has its own reasons array.
    expect(r1.reasons).not.toBe(r2.reasons);
    expect(r1.reasons).toEqual(r2.reasons);
  });
});

describe('checked dates', () => {
  it('many distinct dates in a row are each checked by the one validator (no cache of checked dates), and a bad one is still refused', () => {
    const a: Applicant = { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'COOPERATIVE', location: { unitKind: 'XA' }, industry: 'HANDICRAFT' };
    for (let d = 1; d <= 150; d++) {
      const at = new Date(Date.UTC(2026, 0, d)).toISOString().slice(0, 10);
      expect(checkEligibility(a, { at })).toEqual(reference(a, at));
    }
    expect(() => checkEligibility(a, { at: '2026-02-30' })).toThrow(/eligibility|date/);
    expect(checkEligibility(a, { at: '2026-01-05' }).at).toBe('2026-01-05');
  });
});
