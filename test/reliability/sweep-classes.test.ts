/**
 * Issue 14, the sweep's last findings: one test per class closed when the allow-list was emptied (a revoked
 * Proxy at a parser's entry, a getter that throws inside a series, NaN or ±Infinity in a Result, arguments outside
 * the TypeScript type of the typed core). The sweep (sweep.test.ts) keeps them away for every export; these name
 * the class and check the answer given.
 */
import { describe, expect, it } from 'vitest';
import {
  averagePerProvince,
  computeSupport,
  KhuyenCongError,
  mapResult,
  money,
  ok,
  parseApplicant,
  parseQuantity,
  parseSupportRequest,
  parseTrace,
  restateToCurrentMap,
  restateToLegacyMap,
  safeParseApplicant,
  safeParseQuantity,
  safeParseSupportRequest,
  safeParseTrace,
  shares,
  yearOverYear,
} from '../../src/index.js';

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose property `key` throws when read. */
function throwing(key: string, extra: Record<string, unknown> = {}): object {
  return Object.defineProperty({ ...extra }, key, {
    enumerable: true,
    get(): never {
      throw new Error('getter that throws');
    },
  });
}

function issueOf(f: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KhuyenCongError);
    const i = (e as KhuyenCongError).issues[0];
    expect(i?.message.vi.length).toBeGreaterThan(0);
    expect(i?.message.en.length).toBeGreaterThan(0);
    return { code: i?.code ?? '', path: i?.path ?? [] };
  }
  throw new Error('expected a KhuyenCongError');
}

describe('a revoked Proxy at a parser entry is input.unreadable (issue 14, revoked Proxy)', () => {
  it.each([
    ['parseQuantity (text)', () => parseQuantity(revoked() as string)],
    ['parseQuantity (options)', () => parseQuantity('5 tỷ đồng', revoked())],
    ['parseApplicant', () => parseApplicant(revoked())],
    ['parseTrace', () => parseTrace(revoked())],
    ['parseSupportRequest', () => parseSupportRequest(revoked())],
    ['computeSupport', () => computeSupport(revoked() as never)],
  ])('%s', (_, f) => {
    const { code } = issueOf(f);
    // The text of parseQuantity is refused by type before anything is read from it.
    expect(['input.unreadable', 'quantity.not-string']).toContain(code);
  });

  it('parseQuantity names the option it could not read, and a text proxy is not a string', () => {
    expect(issueOf(() => parseQuantity('5 tỷ đồng', throwing('aboutTolerance')))).toEqual({ code: 'input.unreadable', path: ['aboutTolerance'] });
    expect(issueOf(() => parseQuantity(revoked() as string)).code).toBe('quantity.not-string');
    // options read once: a well-formed options object still works
    expect(parseQuantity('1,200 người', { ambiguousSeparator: 'whole' }).value.toString()).toBe('1200');
  });

  it('parseSupportRequest and computeSupport name the field that throws', () => {
    expect(issueOf(() => parseSupportRequest(throwing('eligibleCost', { item: 'DEMO_MODEL_NEW_TECH', at: '2019-06-01' })))).toEqual({
      code: 'input.unreadable',
      path: ['eligibleCost'],
    });
    expect(issueOf(() => computeSupport(throwing('funds') as never))).toEqual({ code: 'input.unreadable', path: ['funds'] });
  });

  it('the safe twins answer { success: false } with input.unreadable', () => {
    for (const r of [safeParseQuantity(revoked()), safeParseQuantity('5 tỷ', revoked()), safeParseApplicant(revoked()), safeParseTrace(revoked()), safeParseSupportRequest(revoked())]) {
      expect(r.success).toBe(false);
      if (!r.success) expect(['input.unreadable', 'quantity.not-string']).toContain(r.error.issues[0]?.code);
    }
    const a = safeParseApplicant(throwing('group'));
    expect(!a.success && a.error.issues[0]?.code).toBe('input.unreadable');
  });
});

describe('a getter that throws inside a series is input.unreadable with its path (issue 14, getters)', () => {
  it('restateToCurrentMap / restateToLegacyMap: at the province and at the period', () => {
    for (const f of [restateToCurrentMap, restateToLegacyMap]) {
      expect(issueOf(() => f(throwing('95') as never))).toEqual({ code: 'input.unreadable', path: ['95'] });
      expect(issueOf(() => f({ '95': throwing('2014-2018') } as never))).toEqual({ code: 'input.unreadable', path: ['95', '2014-2018'] });
    }
    // seed 000: Bạc Liêu 2014–2018 (6 979 triệu đồng) still restates to Cà Mau
    expect(restateToCurrentMap({ '95': { '2014-2018': money(6_979_000_000) } }).byProvince['96']?.['2014-2018']).toEqual(money(6_979_000_000));
  });

  it('shares, yearOverYear, averagePerProvince', () => {
    expect(issueOf(() => shares(throwing('local', { national: money(4_020_000_000) }) as never))).toEqual({ code: 'input.unreadable', path: ['parts', 'local'] });
    expect(issueOf(() => yearOverYear(throwing('2014', { 2013: money(1) }) as never))).toEqual({ code: 'input.unreadable', path: ['2014'] });
    expect(issueOf(() => averagePerProvince(throwing('B', { A: money(1) }) as never, { denominator: 'reported' }))).toEqual({
      code: 'input.unreadable',
      path: ['valuesByKey', 'B'],
    });
    // seed 000: national 4 020 and local 2 959 triệu đồng → 57.60% and 42.40%
    const s = shares({ national: money(4_020_000_000), local: money(2_959_000_000) }, { rounding: { method: 'largest-remainder', decimals: 2 } });
    expect(s.defined && s.rounded?.national.toString()).toBe('0.576');
  });
});

describe('a Result never carries NaN or ±Infinity (issue 14, ok)', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('ok(%s) is result.invalid-argument', (v) => {
    expect(issueOf(() => ok(v))).toEqual({ code: 'result.invalid-argument', path: ['value'] });
    expect(issueOf(() => mapResult(ok(1), () => v))).toEqual({ code: 'result.invalid-argument', path: ['value'] });
  });

  it('finite numbers and other values pass unchanged', () => {
    expect(ok(0)).toEqual({ ok: true, value: 0 });
    expect(ok(-1.5).ok).toBe(true);
    expect(ok('NaN')).toEqual({ ok: true, value: 'NaN' });
    expect(Object.isFrozen(ok(2))).toBe(true);
  });
});
