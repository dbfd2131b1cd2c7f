import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parsePolicyPack, safeParsePolicyPack, serializePolicyPack } from '../../src/policy/index.js';
import { parseProgrammeReport, safeParseProgrammeReport } from '../../src/index.js';
import { parseDeAn, serializeDeAn } from '../../src/project/DeAn.js';
import { serializePlan } from '../../src/project/Plan.js';
import { parseWith } from '../../src/schema/parseWith.js';
import { fixturePack } from '../policy/packs.fixtures.js';
import { localCluster } from '../project/fixtures.js';
import { any, issueOf, revoked } from '../reliability/guards.js';

function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get(): never {
      throw new Error('getter that throws');
    },
  });
}

describe('class: an input zod cannot read is a KhuyenCongError, in every parseX and serializeX (issue 14 sweep)', () => {
  it('parseWith: a revoked Proxy or a getter that throws is input.unreadable with its path', () => {
    expect(issueOf(() => parsePolicyPack(revoked()))).toEqual(['input.unreadable', []]);
    expect(issueOf(() => parsePolicyPack(throwingGetter('format')))).toEqual(['input.unreadable', []]);
    expect(issueOf(() => parsePolicyPack({ ...fixturePack(), levels: [throwingGetter('item')] }))).toEqual(['input.unreadable', ['levels', 0]]);
    expect(issueOf(() => parseProgrammeReport(revoked()))).toEqual(['input.unreadable', []]);
    expect(issueOf(() => parseDeAn(revoked()))).toEqual(['input.unreadable', []]);
    expect(safeParsePolicyPack(revoked()).success).toBe(false);
    expect(safeParseProgrammeReport(revoked()).success).toBe(false);
  });

  it('parseWith: a defect of the library (a refinement that throws on readable input) is not disguised', () => {
    const buggy = z.object({ a: z.int() }).refine(() => {
      throw new RangeError('a defect');
    });
    expect(() => parseWith(buggy, { a: 1 })).toThrow(RangeError);
  });

  it('serializeX: a value outside the type is a bilingual schema error, not a ZodError or a TypeError', () => {
    for (const bad of [undefined, null, 0, 'x', [], {}]) {
      expect(issueOf(() => serializePolicyPack(any(bad)))[0]).toMatch(/^schema\./);
      expect(issueOf(() => serializeDeAn(any(bad)))[0]).toMatch(/^schema\./);
      expect(issueOf(() => serializePlan(any(bad)))[0]).toMatch(/^schema\./);
    }
    expect(issueOf(() => serializeDeAn(any(revoked())))).toEqual(['input.unreadable', []]);
    expect(issueOf(() => serializePolicyPack(any(throwingGetter('format'))))).toEqual(['input.unreadable', []]);
  });

  it('serializeX still writes a parsed value, and its own JSON form unchanged (serialising is idempotent)', () => {
    const pack = parsePolicyPack(fixturePack());
    const json = serializePolicyPack(pack);
    expect(json.format).toBe('khuyen-cong/policy-pack@1');
    expect(serializePolicyPack(any(json))).toEqual(json);
    expect(parsePolicyPack(json)).toEqual(pack);
    expect(issueOf(() => serializePolicyPack(any({ ...json, signed: '2019-02-30' })))[0]).toMatch(/^(schema|date)\./);
    const deAn = parseDeAn(localCluster);
    expect(serializeDeAn(deAn)).toEqual(localCluster);
  });
});
