import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode, KhuyenCongError, money, ratio, parseDeAn, parseQuantity } from '../../src/index.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'cli' ? [] : files(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

const CODE = String.raw`'([a-z]+\.[a-z0-9-]+)'`;

/**
 * The error codes written in src/ (outside src/cli), found where a code is written, not wherever a dotted
 * literal occurs (rule ids, fact paths, file names and addresses have the same shape): the first argument of
 * `fail`, `issue`, `refuse`, `report(ctx, …)` and of the zod-issue converter's `one`, the `code:` of an
 * issue object, and the `error:` of a zod check (which `issuesFromZod` turns into that code). The compiler
 * checks the typed positions too (`fail`, `issue`, `refuse`, `report` take an `ErrorCode`).
 */
const CODE_POSITIONS = [
  new RegExp(String.raw`\b(?:fail|issue|refuse|one)\(\s*` + CODE, 'g'),
  new RegExp(String.raw`\breport\(\s*ctx,\s*` + CODE, 'g'),
  new RegExp(String.raw`\bcode:\s*` + CODE, 'g'),
  new RegExp(String.raw`\berror:\s*` + CODE, 'g'),
];

// A code in one of those positions that is not an error code: the warning a reading accepted by an option
// carries (a QuantityWarning, returned with the reading, never thrown).
const NOT_ERROR_CODES: ReadonlySet<string> = new Set(['quantity.whole-reading']);

function sources(): { file: string; text: string }[] {
  return files('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** Every error code written in a code position in src/. */
function codesInSrc(): Set<string> {
  const out = new Set<string>();
  for (const { text } of sources()) {
    for (const re of CODE_POSITIONS) for (const m of text.matchAll(re)) out.add(m[1] as string);
  }
  return out;
}

describe('error codes', () => {
  const used = [...codesInSrc()].filter((s) => !NOT_ERROR_CODES.has(s));

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
    // written in a code position, not merely somewhere in src/ (the catalogue itself names every code)
    const set = new Set(used);
    expect(Object.keys(ERROR_CODES).filter((c) => !set.has(c))).toEqual([]);
  });

  it('the scanner finds codes in every kind of position and nothing that is a rule id, a fact path or an address', () => {
    // one of each position, read from the sources (a scanner that finds nothing cannot fail the test above)
    for (const c of ['claim.too-many-parts', 'input.too-deep', 'pack.no-cap', 'input.more-issues', 'pack.url-format', 'schema.missing']) {
      expect(used, c).toContain(c);
    }
    // same shape, not error codes: a transition rule, an eligibility rule id, a fact path, a publication
    for (const c of ['advance.70-on-contract', 'industry.clay-brick-kiln', 'priority.workers', 'at.tt46', 'khuyencongonline.gov.vn']) {
      expect(used, c).not.toContain(c);
      expect(isErrorCode(c), c).toBe(false);
    }
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
