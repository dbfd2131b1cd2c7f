import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode, KhuyenCongError, TRANSITION_RULES, money, ratio, parseDeAn, parseQuantity } from '../../src/index.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'cli' ? [] : files(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every 'area.kebab-code' literal in src/ (outside src/cli). */
function literalsInSrc(): Set<string> {
  const out = new Set<string>();
  for (const f of files('src')) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'([a-z]+\.[a-z0-9-]+(?:\.[a-z0-9-]+)*)'/g)) out.add(m[1] as string);
  }
  return out;
}

// Literals of that shape that are not error codes: refusal rules of transition (they carry their own
// bilingual labels in TRANSITION_RULES), eligibility rule ids, a schema version, a file name, a field path.
const NOT_ERROR_CODES = (s: string): boolean =>
  Object.hasOwn(TRANSITION_RULES, s) ||
  /^(beneficiary|item|location)\./.test(s) ||
  s === 'appraisal.decision' || // an input field of the eligibility decision tables
  /\.(js|json|ts|md)$/.test(s) ||
  s === 'khuyencong.trace.v1' ||
  s === 'parts.1';

describe('error codes', () => {
  const used = [...literalsInSrc()].filter((s) => !NOT_ERROR_CODES(s));

  it('every code used in src has an entry with a Vietnamese and an English description', () => {
    expect(used.length).toBeGreaterThan(90);
    const missing = used.filter((c) => !isErrorCode(c));
    expect(missing).toEqual([]);
    for (const [code, m] of Object.entries(ERROR_CODES)) {
      expect(m.vi.length, code).toBeGreaterThan(5);
      expect(m.en.length, code).toBeGreaterThan(5);
      expect(m.vi, code).not.toBe(m.en);
      expect(Object.isFrozen(m)).toBe(true);
    }
  });

  it('no entry outlives its code', () => {
    const set = new Set(used);
    expect(Object.keys(ERROR_CODES).filter((c) => !set.has(c))).toEqual([]);
  });

  it('the codes thrown are in the union', () => {
    const codes: string[] = [];
    for (const f of [() => money(1.5), () => ratio('x'), () => parseDeAn({}), () => parseQuantity('')]) {
      try {
        f();
      } catch (e) {
        codes.push(...(e as KhuyenCongError).issues.map((i) => i.code));
      }
    }
    expect(codes.length).toBeGreaterThan(3);
    for (const c of codes) expect(isErrorCode(c), c).toBe(true);
    expect(isErrorCode('nope')).toBe(false);
    expect(isErrorCode(1)).toBe(false);
  });
});
