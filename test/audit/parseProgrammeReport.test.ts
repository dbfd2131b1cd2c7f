import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  auditReports,
  KhuyenCongError,
  parseProgrammeReport,
  PROGRAMME_REPORT_JSON_SCHEMA,
  safeParseProgrammeReport,
  SEED_REPORTS,
} from '../../src/index.js';

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('parseProgrammeReport', () => {
  it('reads back every seed report from its JSON, equal and deeply frozen, and the audit is the same', () => {
    const parsed = SEED_REPORTS.map((r) => parseProgrammeReport(plain(r)));
    expect(parsed).toEqual(plain(SEED_REPORTS));
    expect(Object.isFrozen(parsed[0]?.source)).toBe(true);
    // Seed 003: 13,877 + 49,49 = 63,367 tỷ, not the 63,335 stated: the same finding from the parsed copy.
    expect(plain(auditReports(parsed))).toEqual(plain(auditReports(SEED_REPORTS)));
  });

  it('reports every problem with its path and code, in both languages', () => {
    const r = safeParseProgrammeReport({ id: 'x', status: 'done', scope: { kind: 'province', name: 'Bạc Liêu', code: '9' } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'schema.invalid-format scope.code',
      'schema.missing period',
      'schema.invalid-value status',
      'schema.missing source',
    ]);
    expect(r.error.issues[2]?.message.en).toMatch(/\S/);
    expect(r.error.issues[2]?.message.vi).toMatch(/\S/);
  });

  it('refuses unknown keys, an unknown indicator, a period that runs backwards and non-objects', () => {
    const base = plain(SEED_REPORTS[0]);
    expect(() => parseProgrammeReport({ ...base, extra: 1 })).toThrow(KhuyenCongError);
    expect(safeParseProgrammeReport({ ...base, outputs: [{ indicator: 'nope' }] }).success).toBe(false);
    expect(safeParseProgrammeReport({ ...base, period: { kind: 'period', from: 2018, to: 2014 } }).success).toBe(false);
    for (const bad of [null, 1, 'report', [], undefined]) expect(safeParseProgrammeReport(bad).success).toBe(false);
  });

  it('ships a JSON Schema that accepts the seed reports and refuses what the parser refuses', () => {
    const ajv = new Ajv2020({ strict: false });
    const addFormats = addFormatsModule as unknown as (a: Ajv2020) => Ajv2020;
    addFormats(ajv);
    const validate = ajv.compile(PROGRAMME_REPORT_JSON_SCHEMA);
    for (const r of SEED_REPORTS) expect(validate(plain(r)), r.id).toBe(true);
    expect(validate({ ...plain(SEED_REPORTS[0]), extra: 1 })).toBe(false);
    expect(validate({ ...plain(SEED_REPORTS[0]), status: 'done' })).toBe(false);
    expect(validate({ ...plain(SEED_REPORTS[0]), funding: [{ source: 'national', approvedBy: { number: '1/QĐ', date: '2019-02-30', source: { publication: 'x' } } }] })).toBe(false);
    expect(Object.isFrozen(PROGRAMME_REPORT_JSON_SCHEMA)).toBe(true);
  });
});
