/**
 * Issue 14: one test per class of boundary failure closed in the claims/audit/geo/stats areas and the shared
 * internals (guards that coerce, TypeErrors from plain JSON, unbounded error sizes).
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  checkClaim,
  isCurrentProvinceCode,
  isIndicatorId,
  isLegacyProvinceCode,
  KhuyenCongError,
  MAX_PARTS,
  parseClaim,
  safeParseClaim,
  safeParseWith,
  type Claim,
} from '../../src/index.js';
import { MAX_ISSUES } from '../../src/internal/errors.js';
import { MAX_DEPTH, toPlain } from '../../src/internal/plain.js';
import { showValue } from '../../src/internal/showValue.js';
import { revoked } from './guards.js';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KhuyenCongError);
    return (e as KhuyenCongError).issues[0]?.code;
  }
  return undefined;
}

describe('guards never coerce (issue 14, guards)', () => {
  const coercing = (id: string): unknown[] => [[id], { toString: () => id }, Object(id) as unknown, { toString: 1 }, revoked(), [[id]]];
  it.each([
    ['isIndicatorId', isIndicatorId as (v: unknown) => boolean, 'fair-booths'],
    ['isLegacyProvinceCode', isLegacyProvinceCode as (v: unknown) => boolean, '95'],
    ['isCurrentProvinceCode', isCurrentProvinceCode as (v: unknown) => boolean, '96'],
  ])('%s: true only for the string itself', (_, guard, id) => {
    expect(guard(id)).toBe(true);
    for (const v of coercing(id)) expect(guard(v)).toBe(false);
  });
});

describe('no TypeError from plain JSON (issue 14)', () => {
  it('parseClaim / safeParseClaim of {"kind": {"toString": 1}} is claim.unknown-kind', () => {
    const bad = JSON.parse('{"kind":{"toString":1}}') as unknown;
    const r = safeParseClaim(bad);
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues[0]?.code).toBe('claim.unknown-kind');
    expect(codeOf(() => parseClaim(bad))).toBe('claim.unknown-kind');
  });

  it('a getter that throws, a revoked Proxy, a cycle and deep nesting become input.* errors with a path', () => {
    const getter = { kind: 'sum', parts: ['1'], get stated(): string { throw new Error('boom'); } };
    expect(codeOf(() => parseClaim(getter))).toBe('input.unreadable');
    expect(codeOf(() => parseClaim(revoked()))).toBe('input.unreadable');
    const cyclic: Record<string, unknown> = { kind: 'sum', stated: '1' };
    cyclic['parts'] = [cyclic];
    expect(codeOf(() => parseClaim(cyclic))).toBe('input.cyclic');
    let deep: unknown = '1';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(codeOf(() => parseClaim({ kind: 'sum', parts: deep, stated: '1' }))).toBe('input.too-deep');
    // a shared (not cyclic) sub-object is fine
    const shared = { money: '5' };
    expect(toPlain({ a: shared, b: shared })).toEqual({ a: { money: '5' }, b: { money: '5' } });
    expect(MAX_DEPTH).toBe(64);
  });

  it('safeParseWith(undefined, …) is schema.not-a-schema, never a TypeError', () => {
    for (const schema of [undefined, null, {}, { safeParse: 1 }, revoked()]) {
      const r = safeParseWith(schema as unknown as z.ZodType, 1);
      expect(r.success).toBe(false);
      expect(!r.success && r.error.issues[0]?.code).toBe('schema.not-a-schema');
    }
    expect(safeParseWith(z.number(), 1)).toEqual({ success: true, data: 1 });
  });

  it('showValue renders a revoked Proxy', () => {
    expect(showValue(revoked())).toBe('[object]');
  });
});

describe('bounded sizes (issue 14, unbounded size)', () => {
  it('an error keeps the first 100 issues and counts the rest; its message stays under 4 kB', () => {
    const parts = Array.from({ length: MAX_PARTS }, () => 'x'.repeat(10_000));
    const r = safeParseClaim({ kind: 'sum', parts, stated: 'x' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toHaveLength(MAX_ISSUES + 1);
    const last = r.error.issues[MAX_ISSUES];
    expect(last?.code).toBe('input.more-issues');
    expect(last?.message.en).toBe(`… and ${String(MAX_PARTS + 1 - MAX_ISSUES)} more issues not listed (only the first 100 are listed).`);
    expect(r.error.message.length).toBeLessThan(4096);
    expect(r.error.message).toContain(`(+${String(MAX_PARTS + 1 - 5)} lỗi khác / more issues)`);
  });

  it('a sum of more than MAX_PARTS parts is refused in one issue', () => {
    const r = safeParseClaim({ kind: 'sum', parts: Array.from({ length: 1_000_000 }, () => 'x'), stated: '1' });
    expect(!r.success && r.error.issues.map((i) => i.code)).toEqual(['claim.too-many-parts']);
    expect(!r.success && r.error.issues[0]?.message.en).toBe('The field "parts" has 1000000 numbers, more than the 1000 allowed.');
  });

  it("checkClaim's explanation writes out 20 parts and counts the rest", () => {
    const parts = Array.from({ length: 5000 }, () => '1 tỷ đồng');
    const r = checkClaim({ kind: 'sum', parts, stated: '5.000 tỷ đồng' } satisfies Claim);
    expect(r.status).toBe('consistent');
    expect(r.message.en).toContain('… (4980 more terms) = VND 5,000 billion');
    expect(r.message.vi).toContain('… (thêm 4980 số hạng)');
    expect(r.message.en.length).toBeLessThan(1000);
  });
});

describe('internal boundary helpers', () => {
  it('recordKeys: a Proxy whose key listing throws is input.unreadable; strings and arrays are not records', async () => {
    const { recordKeys, readOption } = await import('../../src/internal/plain.js');
    const what = { vi: 'x', en: 'x' };
    const listing = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(codeOf(() => recordKeys(listing, [], what))).toBe('input.unreadable');
    expect(codeOf(() => recordKeys('9'.repeat(1000), [], what))).toBe('input.not-record');
    expect(codeOf(() => recordKeys([1], ['p'], what))).toBe('input.not-record');
    expect(recordKeys({ a: 1 }, [], what)).toEqual(['a']);
    expect(readOption('text', 'at')).toBeUndefined();
    expect(codeOf(() => readOption(revoked(), 'at'))).toBe('input.unreadable');
  });

  it('an error clips a long field path in its message', () => {
    const e = new KhuyenCongError([{ code: 'x.y', path: ['k'.repeat(500)], message: { vi: 'a', en: 'b' } }]);
    expect(e.message).toBe(`${'k'.repeat(120)}…: a / b`);
  });
});

describe('statistics refuse values they cannot read exactly (found by the sweep)', () => {
  it('shares({a: 1}), intervalOfExact({"toString": 1}) and a revoked Proxy are stats.not-a-value', async () => {
    const kc = await import('../../src/index.js');
    expect(codeOf(() => kc.shares({ a: 1 } as never))).toBe('stats.not-a-value');
    expect(codeOf(() => kc.intervalOfExact(JSON.parse('{"toString":1}') as never))).toBe('stats.not-a-value');
    expect(codeOf(() => kc.intervalOfExact(revoked() as never))).toBe('stats.not-a-value');
    expect(codeOf(() => kc.averagePerProvince({ a: 'x' } as never, { denominator: 'reported' }))).toBe('stats.not-a-value');
    try {
      kc.shares({ a: 'tiền' } as never);
    } catch (e) {
      expect((e as KhuyenCongError).issues[0]?.message.en).toBe('The value tiền is not a Money, Count, Percent or Ratio.');
    }
  });
});
