import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlanTotals } from '../../src/project/checkPlanTotals.js';
import { parseDeAn, safeParseDeAn, serializeDeAn } from '../../src/project/DeAn.js';
import { parseEstablishment } from '../../src/project/Establishment.js';
import { parsePlan, serializePlan } from '../../src/project/Plan.js';
import { transition } from '../../src/project/transition.js';
import { day, deAnArb, establishmentArb, eventArb } from './arbitraries.js';
import { deepFrozen } from './fixtures.js';

describe('serialised values parse back to equal values', () => {
  it('establishments', () => {
    fc.assert(fc.property(establishmentArb, (json) => {
      const e = parseEstablishment(json);
      expect(parseEstablishment(JSON.parse(JSON.stringify(e)))).toEqual(e);
    }));
  });

  it('đề án: JSON → parse → serialise gives the same JSON, and parses to an equal value', () => {
    fc.assert(
      fc.property(deAnArb, (json) => {
        const d = parseDeAn(json);
        const back = serializeDeAn(d);
        expect(back).toEqual(json);
        expect(parseDeAn(JSON.parse(JSON.stringify(back)))).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });
});

describe('transition', () => {
  it('never mutates a deep-frozen input; a passed step appends one history entry and keeps the value valid', () => {
    fc.assert(
      fc.property(deAnArb, eventArb, fc.integer({ min: 0, max: 90 }), (json, event, gap) => {
        const d = deepFrozen(parseDeAn(json));
        const before = JSON.stringify(serializeDeAn(d));
        const last = d.history[d.history.length - 1]?.at ?? '2015-01-01';
        const at = day(Math.round((Date.parse(last) - Date.UTC(2015, 0, 1)) / 86_400_000) + gap);
        const r = transition(d, event, { at });
        expect(JSON.stringify(serializeDeAn(d))).toBe(before);
        if (r.ok) {
          expect(r.value.history).toHaveLength(d.history.length + 1);
          expect(r.value.history[d.history.length]?.event).toBe(event.type);
          expect(safeParseDeAn(serializeDeAn(r.value)).success).toBe(true);
          for (const b of r.value.budget) expect(b.disbursed.dong).toBeLessThanOrEqual(b.approved.dong);
        } else {
          expect(r.refusals.length).toBeGreaterThan(0);
          for (const x of r.refusals) expect(x.message.vi.length > 0 && x.message.en.length > 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkPlanTotals', () => {
  it('passes when the totals are the sums of the đề án, and finds the exact difference otherwise', () => {
    fc.assert(
      fc.property(fc.array(deAnArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 1_000_000 }), (list, delta) => {
        const deAn = list
          .map((d, i) => ({ ...d, id: `DA-${String(i)}`, scope: 'NATIONAL' as const, period: { startYear: 2020, endYear: 2020 } }))
          .filter((d) => safeParseDeAn(d).success);
        if (deAn.length === 0) return;
        const sums = new Map<string, number>();
        for (const d of deAn) for (const b of d.budget) sums.set(b.source, (sums.get(b.source) ?? 0) + b.approved);
        const json = { id: 'KH-2020', level: 'NATIONAL' as const, year: 2020, deAn, totals: [...sums].map(([source, amount]) => ({ source: source as 'NATIONAL', amount })) };
        const plan = parsePlan(json);
        expect(serializePlan(plan)).toEqual(json);
        expect(checkPlanTotals(plan).ok).toBe(true);
        const first = json.totals[0];
        if (first === undefined) return;
        const off = parsePlan({ ...json, totals: [{ ...first, amount: first.amount + delta }, ...json.totals.slice(1)] });
        const m = checkPlanTotals(off).mismatches;
        expect(m.map((x) => [x.source, x.difference.dong])).toEqual([[first.source, -delta]]);
      }),
      { numRuns: 60 },
    );
  });
});
