/**
 * Decided reasons are frozen and shared between results, including those whose facts come from a derived
 * input (the evaluation date, the appraisal decision, the conversion date and the plan year): they are shared
 * only when every such fact is equal, and never hold a caller's object or a long text. Expected facts are
 * written from the decision tables (docs/decision-tables.md), not read back from the engine.
 */
import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../src/eligibility/Applicant.js';
import { checkEligibility, checkEligibilityMany } from '../../src/eligibility/index.js';

const RURAL: Applicant = { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'COOPERATIVE', location: { unitKind: 'XA', difficulty: 'DIFFICULT' }, industry: 'HANDICRAFT' };
const reason = (a: Applicant, at: string, rule: string) => checkEligibility(a, { at }).reasons.find((r) => r.rule === rule);

describe('reasons with derived facts', () => {
  it('the appraisal reason: shared between equal applicants, apart when the decision differs', () => {
    const approved = { ...RURAL, requestedItem: 'MACHINERY_APPLICATION', appraisal: { decision: 'approved' } } as Applicant;
    const r1 = reason(approved, '2024-01-01', 'item.appraisal');
    const r2 = reason({ ...approved }, '2024-01-01', 'item.appraisal');
    expect(r1).toEqual({
      rule: 'item.appraisal',
      table: 'items/item.appraisal',
      row: 2,
      status: 'passed',
      facts: { requestedItem: 'MACHINERY_APPLICATION', 'appraisal.decision': 'approved' },
      missing: [],
      citation: r1?.citation,
      message: r1?.message,
    });
    expect(r2).toBe(r1);
    expect(Object.isFrozen(r1)).toBe(true);
    expect(Object.isFrozen(r1?.facts)).toBe(true);
    const pending = reason({ ...approved, appraisal: {} }, '2024-01-01', 'item.appraisal');
    expect(pending?.status).toBe('review');
    expect(pending?.facts).toEqual({ requestedItem: 'MACHINERY_APPLICATION' });
  });

  it('the founding reason names its own date on each of more dates than are kept per key, in the same funding era', () => {
    const founding = { ...RURAL, requestedItem: 'ENTERPRISE_FOUNDING' } as Applicant;
    // TT 28/2018 governs from 2018-05-11: one era, one key, a different `at` each day.
    const days = Array.from({ length: 12 }, (_, i) => `2019-03-${String(i + 10)}`);
    const first = days.map((at) => reason(founding, at, 'item.enterprise-founding'));
    const again = days.map((at) => reason(founding, at, 'item.enterprise-founding'));
    days.forEach((at, i) => {
      expect(first[i]?.facts).toEqual({ requestedItem: 'ENTERPRISE_FOUNDING', at, 'location.difficulty': 'DIFFICULT' });
      expect(again[i]).toEqual(first[i]);
    });
    // The date last seen is kept: the same object again.
    expect(reason(founding, '2019-03-21', 'item.enterprise-founding')).toBe(again[11]);
    expect(checkEligibilityMany([founding, founding], { at: '2019-03-10' }).map((r) => r.reasons.find((x) => x.rule === 'item.enterprise-founding')?.facts['at'])).toEqual(['2019-03-10', '2019-03-10']);
  });

  it('a caller object or a long text among the facts is reported as given, in a reason of its own', () => {
    const long = 'x'.repeat(40);
    const a = { ...RURAL, requestedItem: 'MACHINERY_APPLICATION', appraisal: { decision: long } } as unknown as Applicant;
    const r1 = reason(a, '2024-01-01', 'item.appraisal');
    const r2 = reason(a, '2024-01-01', 'item.appraisal');
    // A decision outside the domain counts as pending (review) and is reported as given.
    expect(r1?.status).toBe('review');
    expect(r1?.facts['appraisal.decision']).toBe(long);
    expect(r2).toEqual(r1);
    expect(r2).not.toBe(r1);

    // A ward of a type-1 city converted after the evaluation date: the plan year is reported as given, even an object.
    const planYear = { year: 2020 };
    const ward = {
      group: 'RURAL_INDUSTRIAL_ESTABLISHMENT',
      location: { unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2021-05-01' },
      planYear,
    } as unknown as Applicant;
    const w1 = reason(ward, '2020-01-01', 'beneficiary.location');
    const w2 = reason(ward, '2020-01-01', 'beneficiary.location');
    expect(w1?.facts['planYear']).toBe(planYear);
    expect(w1?.facts['location.convertedFromCommuneOn']).toBe('2021-05-01');
    expect(w2).not.toBe(w1);
    expect(w2).toEqual(w1);
  });
});
