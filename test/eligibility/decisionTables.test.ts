import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTable, decide, rowMatch, type DecisionTable } from '../../src/eligibility/DecisionTable.js';
import { allTables } from '../../src/eligibility/engine.js';
import { renderDecisionTables, REGIME_2012, REGIME_2025 } from '../../src/eligibility/index.js';
import { SUPPORT_LEVELS } from '../../src/policy/supportLevels.js';

/** Every combination of the table's input domains, as value-index arrays. */
function* combinations(t: DecisionTable): Generator<number[]> {
  const sizes = t.inputs.map((i) => i.values.length);
  const idx = sizes.map(() => 0);
  for (;;) {
    yield [...idx];
    let k = idx.length - 1;
    while (k >= 0 && idx[k] === (sizes[k] as number) - 1) idx[k--] = 0;
    if (k < 0) return;
    idx[k] = (idx[k] as number) + 1;
  }
}

describe('decision tables: no gaps, no overlaps (every combination of the input domains)', () => {
  for (const t of allTables()) {
    it(`${t.id} (${t.hitPolicy})`, () => {
      const ct = compileTable(t);
      const firstHits = new Set<number>();
      let count = 0;
      for (const vals of combinations(t)) {
        count++;
        const matching = t.rows.map((_, r) => r).filter((r) => rowMatch(ct, r, vals) === 1);
        if (t.hitPolicy === 'UNIQUE') {
          // UNIQUE: exactly one row matches each combination.
          if (matching.length !== 1) expect.fail(`${t.id}: ${String(matching.length)} rows match ${JSON.stringify(vals.map((v, i) => t.inputs[i]?.values[v]))}`);
        } else if (matching.length === 0) {
          expect.fail(`${t.id}: no row matches ${JSON.stringify(vals.map((v, i) => t.inputs[i]?.values[v]))}`);
        }
        firstHits.add(matching[0] as number);
        // decide() picks the same row on complete inputs.
        expect(decide(ct, vals).row).toBe(matching[0]);
      }
      expect(count).toBeGreaterThan(0);
      // No dead rows: every row is the first hit of some combination.
      expect([...firstHits].sort((a, b) => a - b)).toEqual(t.rows.map((_, r) => r));
    });
  }

  it('the regimes are strategies with one table per rule', () => {
    for (const r of [REGIME_2012, REGIME_2025]) {
      expect(r.tables.map((t) => t.rule)).toEqual(['beneficiary.group', 'beneficiary.legal-form', 'beneficiary.location', 'industry']);
    }
    expect(REGIME_2012.validTo).toBe('2025-10-14');
    expect(REGIME_2025.validFrom).toBe('2025-10-15');
  });

  it('every support level with an area condition is enforced by an item rule (policy catalogue ↔ rules)', () => {
    const conditioned = SUPPORT_LEVELS.filter((l) => l.conditions?.includes('difficult-or-extremely-difficult-area')).map((l) => l.item);
    expect([...new Set(conditioned)]).toEqual(['ENTERPRISE_FOUNDING']);
  });
});

describe('golden decision tables (regenerate with UPDATE_GOLDEN=1)', () => {
  for (const [locale, file] of [
    ['en', 'docs/golden/eligibility-tables.md'],
    ['vi', 'docs/golden/eligibility-tables-vi.md'],
  ] as const) {
    it(`${file} matches renderDecisionTables('${locale}')`, () => {
      const rendered = `${renderDecisionTables(locale)}\n`;
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, rendered);
      expect(rendered).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('renderDecisionTables: first line (TSDoc example)', () => {
    expect(renderDecisionTables('en').split('\n')[0]).toBe('# Khuyến công eligibility decision tables');
    expect(renderDecisionTables('vi').split('\n')[0]).toBe('# Bảng quyết định về điều kiện hưởng khuyến công');
  });
});
