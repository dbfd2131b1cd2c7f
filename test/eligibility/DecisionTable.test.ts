import { describe, expect, it } from 'vitest';
import { text } from '../../src/internal/messages.js';
import { compileTable, decide, type DecisionInput, type DecisionTable } from '../../src/eligibility/DecisionTable.js';
import { isIsoDate } from '../../src/policy/isoDate.js';
import { showValue } from '../../src/eligibility/messages.js';

const c = { instrument: 'ND-45-2012', confidence: 'secondary' } as const;
const input = (id: string, values: string[]): DecisionInput => ({
  id,
  label: text(id, id),
  paths: ['group'],
  values,
  valueLabels: {},
  read: () => undefined,
});
const t = (rows: DecisionTable['rows'], inputs = [input('x', ['a', 'b', 'c'])], hitPolicy: 'UNIQUE' | 'FIRST' = 'UNIQUE'): DecisionTable => ({
  id: 'test/t',
  rule: 'industry',
  title: text('t', 't'),
  hitPolicy,
  scope: 'always',
  discretionary: false,
  inputs,
  rows,
  citation: c,
});
const row = (when: Record<string, string[]>, outcome: 'passed' | 'failed' | 'review') => ({ when, outcome, message: text('m', 'm'), citation: c });

describe('decision-table engine (three-valued evaluation)', () => {
  it('decides a certain match, and reports the missing input when candidates disagree', () => {
    const ct = compileTable(t([row({ x: ['a'] }, 'passed'), row({ x: ['b', 'c'] }, 'failed')]));
    expect(decide(ct, [0])).toMatchObject({ outcome: 'passed', row: 0 });
    expect(decide(ct, [2])).toMatchObject({ outcome: 'failed', row: 1 });
    expect(decide(ct, [-1])).toMatchObject({ outcome: 'unknown', row: 0, missingInputs: 1, candidates: 3 });
  });

  it('candidates that agree but all depend on a missing input cite no row: the decision stays open (issue 13)', () => {
    const ct = compileTable(t([row({ x: ['a'] }, 'passed'), row({ x: ['b', 'c'] }, 'passed')]));
    expect(decide(ct, [-1])).toMatchObject({ outcome: 'unknown', row: 0, missingInputs: 1 });
  });

  it('FIRST: an earlier row that agrees but depends on a missing input does not hide the certain row', () => {
    const inputs = [input('x', ['a', 'b']), input('y', ['p', 'q'])];
    const ct = compileTable(t([row({ x: ['a'] }, 'passed'), row({ y: ['p'] }, 'passed'), row({}, 'review')], inputs, 'FIRST'));
    // x missing: row 1 might match, row 2 matches for certain; both pass → row 2 is cited (its conditions hold).
    expect(decide(ct, [-1, 0])).toMatchObject({ outcome: 'passed', row: 1, missingInputs: 0 });
  });

  it('FIRST: an earlier row that might match keeps the decision open', () => {
    const inputs = [input('x', ['a', 'b']), input('y', ['p', 'q'])];
    const ct = compileTable(t([row({ x: ['a'] }, 'failed'), row({ y: ['p'] }, 'passed'), row({}, 'review')], inputs, 'FIRST'));
    expect(decide(ct, [-1, 0])).toMatchObject({ outcome: 'unknown', missingInputs: 1 });
    expect(decide(ct, [1, 0])).toMatchObject({ outcome: 'passed', row: 1 });
    expect(decide(ct, [1, 1])).toMatchObject({ outcome: 'review', row: 2 });
  });

  it('a gap (no row matches) is unknown without a row', () => {
    const ct = compileTable(t([row({ x: ['a'] }, 'passed')]));
    expect(decide(ct, [1])).toEqual({ outcome: 'unknown', row: -1, missingInputs: 0, candidates: 0 });
  });

  it('matches values past the 31st (the second mask word), e.g. the policy catalogue\'s 36 support items', () => {
    const many = Array.from({ length: 62 }, (_, i) => `v${String(i)}`);
    const ct = compileTable(t([row({ x: ['v0', 'v31', 'v61'] }, 'passed'), row({}, 'failed')], [input('x', many)], 'FIRST'));
    expect(decide(ct, [0])).toMatchObject({ outcome: 'passed', row: 0 });
    expect(decide(ct, [31])).toMatchObject({ outcome: 'passed', row: 0 });
    expect(decide(ct, [61])).toMatchObject({ outcome: 'passed', row: 0 });
    expect(decide(ct, [30])).toMatchObject({ outcome: 'failed', row: 1 });
    expect(decide(ct, [32])).toMatchObject({ outcome: 'failed', row: 1 });
  });

  it('rejects malformed tables when compiling', () => {
    expect(() => compileTable(t([row({ z: ['a'] }, 'passed')]))).toThrow('test/t row 1: unknown input z');
    expect(() => compileTable(t([row({ x: ['d'] }, 'passed')]))).toThrow('test/t row 1: x has no value d');
    expect(() => compileTable(t([], [input('x', Array.from({ length: 63 }, (_, i) => `v${String(i)}`))]))).toThrow('more than 62 values');
    expect(() => compileTable(t(Array.from({ length: 32 }, () => row({}, 'passed'))))).toThrow('more than 31 rows');
  });
});

describe('helpers', () => {
  it('isIsoDate', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-04-00')).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });
  it('showValue shortens and quotes', () => {
    expect(showValue('x')).toBe('"x"');
    expect(showValue(undefined)).toBe('undefined');
    expect(showValue(3)).toBe('"3"');
    expect(showValue(10n)).toBe('10');
    expect(showValue(() => 1)).toMatch(/=>/);
  });
});

describe('catalogue look-ups', () => {
  it('must / citationOn throw on data the rules need but the catalogue lacks', async () => {
    const { must, citationOn } = await import('../../src/eligibility/catalogue.js');
    const { LEGAL_FORMS } = await import('../../src/policy/legalForms.js');
    expect(must(0, 'zero is a value')).toBe(0);
    expect(() => must(undefined, 'x')).toThrow('eligibility: x');
    expect(() => must(null, 'y')).toThrow('eligibility: y');
    expect(citationOn(LEGAL_FORMS, 'SME', '2020-01-01')).toMatchObject({ instrument: 'ND-45-2012', point: 'a' });
    expect(() => citationOn(LEGAL_FORMS, 'UNION_OF_COOPERATIVES', '2020-01-01')).toThrow('no catalogue row UNION_OF_COOPERATIVES on 2020-01-01');
  });
});
