/**
 * The JSON Schemas shipped as `khuyen-cong/schemas/<name>.json` (the files of docs/schemas, copied to
 * dist/schemas at build) are valid under ajv's strict mode with ajv-formats, and agree with the zod schemas on
 * the same fixtures: what zod accepts, ajv accepts; what ajv refuses, zod refuses (JSON Schema cannot say the
 * cross-field rules, so zod may refuse more).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES, safeParseDeAn, safeParseDeAnEvent, safeParseEstablishment, safeParsePlan, safeParseProgrammeTargets, safeParsePolicyPack, type JsonSchemaName } from '../../src/index.js';
import { deAnArb, establishmentArb, eventArb } from '../project/arbitraries.js';
import { cooperative, localCluster, nationalTraining } from '../project/fixtures.js';

const load = (name: JsonSchemaName): object => JSON.parse(readFileSync(new URL(`../../docs/schemas/${JSON_SCHEMA_FILES[name]}`, import.meta.url), 'utf8')) as object;

function compile(name: JsonSchemaName): (x: unknown) => boolean {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const validate = ajv.compile(load(name));
  return (x) => validate(x);
}

const ZOD: Record<JsonSchemaName, (x: unknown) => boolean> = {
  establishment: (x) => safeParseEstablishment(x).success,
  deAn: (x) => safeParseDeAn(x).success,
  deAnEvent: (x) => safeParseDeAnEvent(x).success,
  plan: (x) => safeParsePlan(x).success,
  programmeTargets: (x) => safeParseProgrammeTargets(x).success,
  policyPack: (x) => safeParsePolicyPack(x).success,
};

describe('shipped JSON Schemas under ajv strict mode', () => {
  it.each(Object.keys(JSON_SCHEMA_FILES) as JsonSchemaName[])('%s compiles in strict mode with ajv-formats', (name) => {
    expect(() => compile(name)).not.toThrow();
  });

  it('accept the fixtures zod accepts, and refuse the shape errors zod refuses', () => {
    const est = compile('establishment');
    const deAn = compile('deAn');
    const event = compile('deAnEvent');
    const targets = compile('programmeTargets');
    for (const [v, json] of [[est, cooperative], [deAn, nationalTraining], [deAn, localCluster]] as const) expect(v(json)).toBe(true);
    for (const at of ['1900-01-01', '2999-12-31']) {
      const edge = { ...nationalTraining, history: [{ state: 'DRAFTED', event: 'CREATE', at }] };
      expect([deAn(edge), ZOD.deAn(edge)], at).toEqual([true, true]);
    }
    expect(event({ type: 'ADVANCE', source: 'NATIONAL', amount: 280_000_000, workDone: '1/3' })).toBe(true);
    expect(targets({ level: 'NATIONAL', period: { startYear: 2021, endYear: 2025 }, indicators: [{ id: 'a', label: { vi: 'Cơ sở', en: 'Establishments' }, unit: 'establishment', target: 10 }] })).toBe(true);
    const bad: readonly [(x: unknown) => boolean, JsonSchemaName, unknown][] = [
      [deAn, 'deAn', { ...nationalTraining, budget: [{ source: 'NATIONAL', approved: 1.5, advanced: 0, disbursed: 0, settled: 0 }] }],
      [deAn, 'deAn', { ...nationalTraining, extra: 1 }],
      [deAn, 'deAn', { ...nationalTraining, history: [{ state: 'DRAFTED', event: 'CREATE', at: '2019-02-30' }] }],
      // One accepted range for every date, 1900-01-01 to 2999-12-31: in zod and in the shipped JSON Schemas.
      [deAn, 'deAn', { ...nationalTraining, history: [{ state: 'DRAFTED', event: 'CREATE', at: '1899-12-31' }] }],
      [deAn, 'deAn', { ...nationalTraining, history: [{ state: 'DRAFTED', event: 'CREATE', at: '3000-01-01' }] }],
      [est, 'establishment', { ...cooperative, name: undefined }],
      [event, 'deAnEvent', { type: 'ADVANCE', source: 'NATIONAL', amount: -1 }],
      [event, 'deAnEvent', { type: 'ADVANCE', source: 'NATIONAL', amount: 5, workDone: '0,5' }],
      [event, 'deAnEvent', { type: 'PAY' }],
      [event, 'deAnEvent', { type: 'DISBURSE', source: 'NATIONAL', amount: 2 ** 53 }],
    ];
    for (const [v, name, x] of bad) {
      expect(v(x), JSON.stringify(x)).toBe(false);
      expect(ZOD[name](x), JSON.stringify(x)).toBe(false);
    }
  });

  it('agree with zod on generated values: zod-valid ⇒ ajv-valid', () => {
    const pairs = [
      ['establishment', establishmentArb],
      ['deAn', deAnArb],
      ['deAnEvent', eventArb],
    ] as const;
    for (const [name, arb] of pairs) {
      const v = compile(name);
      fc.assert(
        fc.property(arb as fc.Arbitrary<unknown>, (x) => {
          if (ZOD[name](x)) expect(v(x)).toBe(true);
          if (!v(x)) expect(ZOD[name](x)).toBe(false);
        }),
        { numRuns: 60 },
      );
    }
  });
});
