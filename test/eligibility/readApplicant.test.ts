/**
 * `readApplicant` copies the applicant argument field by field (written out for speed): it must copy exactly
 * the fact paths (every `FactPath` but `at`), each read once, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import type { FactPath } from '../../src/eligibility/Applicant.js';
import { readApplicant } from '../../src/eligibility/engine.js';
import { readFact } from '../../src/eligibility/inputs.js';
import { KhuyenCongError } from '../../src/internal/errors.js';

/** One distinct value per fact path; the type makes the list complete (a new FactPath fails to compile here). */
const VALUES: { readonly [P in Exclude<FactPath, 'at'>]: string | number | boolean } = {
  group: 'g',
  legalForm: 'lf',
  sizeClass: 'sc',
  'location.unitKind': 'uk',
  'location.wardParent': 'wp',
  'location.cityClass': 'cc',
  'location.convertedFromCommuneOn': '2020-01-01',
  'location.centrallyRunCity': true,
  'location.inRecognisedCraftVillage': false,
  'location.difficulty': 'd',
  industry: 'i',
  'owner.womenOwned': true,
  'owner.ethnicMinorityOwned': false,
  requestedItem: 'ri',
  'typicalProduct.level': 'tl',
  'typicalProduct.certificateLevel': 'tc',
  'appraisal.decision': 'ad',
  planYear: 2026,
  'typicalProduct.lowerRoundHeld': true,
  'location.highlandIslandBorderOrEthnicMinority': true,
  'location.poorDistrict': false,
  'location.newRuralCommune': true,
  'priority.exportProduct': true,
  'priority.localMaterials': false,
  'priority.workers': 51,
  'priority.supportingIndustryProduct': true,
  clayBrickKiln: false,
};

/** Builds the nested applicant of some paths. */
function nest(paths: readonly string[], extra = false): Record<string, unknown> {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  for (const p of paths) {
    const v = VALUES[p as keyof typeof VALUES];
    const dot = p.indexOf('.');
    if (dot < 0) out[p] = v;
    else ((out[p.slice(0, dot)] ??= extra ? { notAFact: 1 } : {}) as Record<string, unknown>)[p.slice(dot + 1)] = v;
  }
  if (extra) out['notAFact'] = 'x';
  return out;
}

const ALL = Object.keys(VALUES);

describe('readApplicant', () => {
  it('copies every fact path, and nothing that is not a fact', () => {
    expect(readApplicant(nest(ALL, true))).toEqual(nest(ALL));
  });

  it('copies each fact path alone, without creating the objects of absent facts', () => {
    for (const p of ALL) expect(readApplicant(nest([p], false))).toEqual(nest([p]));
    expect(readApplicant({ location: {}, owner: { other: 1 }, typicalProduct: {}, appraisal: {}, priority: {} })).toEqual({});
    expect(readApplicant({ location: 5, owner: 'x', appraisal: null, group: undefined })).toEqual({});
  });

  it('reads each property once and returns a fresh object', () => {
    const reads = new Map<string, number>();
    const count = <T extends object>(name: string, o: T): T =>
      new Proxy(o, {
        get(target, key, receiver) {
          const k = `${name}.${String(key)}`;
          reads.set(k, (reads.get(k) ?? 0) + 1);
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const input = nest(ALL);
    const proxied = count('applicant', { ...input, location: count('location', input['location'] as object) });
    const copy = readApplicant(proxied);
    const counts = Object.fromEntries(reads);
    expect(Object.values(counts).filter((n) => n !== 1)).toEqual([]);
    expect(counts['applicant.group']).toBe(1);
    expect(counts['location.unitKind']).toBe(1);
    expect(copy).toEqual(input);
    expect(copy === proxied).toBe(false);
  });

  it('answers a non-object or a throwing getter with eligibility.invalid-applicant', () => {
    for (const bad of [null, 5, 'x', [], [{ group: 'g' }]]) expect(() => readApplicant(bad)).toThrow(KhuyenCongError);
    const throwing = {
      get location(): never {
        throw new Error('boom');
      },
    };
    try {
      readApplicant(throwing, [3]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KhuyenCongError);
      expect((e as KhuyenCongError).issues[0]).toMatchObject({ code: 'eligibility.invalid-applicant', path: [3] });
    }
  });
});

describe('readFact', () => {
  it('reads every fact path of the copy, present or absent (the one fact reader of the derived inputs)', () => {
    const full = readApplicant(nest(ALL));
    const ctx = { at: '2026-01-01' };
    for (const p of ALL as Exclude<FactPath, 'at'>[]) {
      expect(readFact(full, p, ctx)).toBe(VALUES[p]);
      expect(readFact({}, p, ctx)).toBeUndefined();
    }
    expect(readFact(full, 'at', ctx)).toBe('2026-01-01');
  });
});
