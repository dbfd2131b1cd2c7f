import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTable, decide, rowMatch, type DecisionTable } from '../../src/eligibility/DecisionTable.js';
import { allTables } from '../../src/eligibility/engine.js';
import { checkEligibility, explain, renderDecisionTables, REGIME_2012, REGIME_2025 } from '../../src/eligibility/index.js';
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
    expect(REGIME_2025.tables.map((t) => t.rule)).toEqual(['beneficiary.group', 'beneficiary.legal-form', 'beneficiary.location', 'industry']);
    // The 2012 regime adds TT 46/2012 Art. 5(1) (fired clay bricks), read for that wording only.
    expect(REGIME_2012.tables.map((t) => t.rule)).toEqual(['beneficiary.group', 'beneficiary.legal-form', 'beneficiary.location', 'industry', 'industry.clay-brick-kiln']);
    expect(REGIME_2012.validTo).toBe('2025-10-14');
    expect(REGIME_2025.validFrom).toBe('2025-10-15');
  });

  it('every support level with an area condition is enforced by an item rule (policy catalogue ↔ rules)', () => {
    const conditioned = SUPPORT_LEVELS.filter((l) => l.conditions?.includes('difficult-or-extremely-difficult-area')).map((l) => l.item);
    expect([...new Set(conditioned)]).toEqual(['ENTERPRISE_FOUNDING']);
  });
});

describe('explanations cite the row the known facts match (issue 13: every table, every input with one missing fact)', () => {
  for (const t of allTables()) {
    it(`${t.id}: a cited row's conditions all hold for the known facts, and no completion changes the outcome`, () => {
      const ct = compileTable(t);
      const failures: string[] = [];
      const show = (vals: readonly number[]): string => JSON.stringify(vals.map((v, i) => (v < 0 ? '?' : t.inputs[i]?.values[v])));
      let checked = 0;
      for (let k = 0; k < t.inputs.length; k++) {
        for (const vals of combinations(t)) {
          if (vals[k] !== 0) continue; // one partial input per value of the other inputs
          const known = [...vals];
          known[k] = -1;
          const d = decide(ct, known);
          checked++;
          if (d.outcome === 'unknown') {
            // An open decision that has candidates names the missing input.
            if (d.row >= 0 && (d.missingInputs & (1 << k)) === 0) failures.push(`open without naming ${t.inputs[k]?.id ?? ''}: ${show(known)}`);
            continue;
          }
          // The cited row matches for certain on the known facts alone (not "depends on a missing value").
          if (rowMatch(ct, d.row, known) !== 1) failures.push(`row ${String(d.row + 1)} cited but depends on the missing fact: ${show(known)}`);
          // Whatever the missing fact is, the outcome is the same.
          for (let v = 0; v < (t.inputs[k]?.values.length ?? 0); v++) {
            const c = [...known];
            c[k] = v;
            if (decide(ct, c).outcome !== d.outcome) failures.push(`outcome ${d.outcome} changes when ${t.inputs[k]?.id ?? ''} is known: ${show(c)}`);
          }
        }
      }
      expect(failures.slice(0, 5)).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('the commune of 2026-01-01 without the craft-village fact is not explained "as a craft village"', () => {
    // NĐ 45 Art. 1(2)(a) as amended by NĐ 235/2025: "xã, phường, đặc khu thuộc tỉnh … làng nghề" — the
    // commune row decides; the craft-village row (the FIRST table's row 2) may not be cited on a missing fact.
    const r = checkEligibility(
      { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'COOPERATIVE', location: { unitKind: 'XA', centrallyRunCity: false }, industry: 'HANDICRAFT' },
      { at: '2026-01-01' },
    );
    const loc = r.reasons.find((x) => x.rule === 'beneficiary.location');
    expect(loc?.status).toBe('passed');
    expect(loc?.message.en).toBe('Communes (of provinces or of centrally-run cities) are eligible places.');
    expect(loc?.facts).not.toHaveProperty(['location.inRecognisedCraftVillage']);
    expect(explain(r, { locale: 'en' })).not.toMatch(/craft village/i);
    // A ward without the province and craft-village facts: the craft-village row passes, the ward-of-a-
    // centrally-run-city row fails; no row holds for the known facts, so the rule stays open and names both.
    const open = checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'PHUONG' } }, { at: '2026-01-01' });
    const openLoc = open.reasons.find((x) => x.rule === 'beneficiary.location');
    expect(openLoc).toMatchObject({ status: 'unknown', row: null });
    expect(openLoc?.missing).toEqual(expect.arrayContaining(['location.inRecognisedCraftVillage', 'location.centrallyRunCity']));
    expect(explain(open, { locale: 'en' })).not.toMatch(/Craft villages recognised/);
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
