import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPolicyTables } from '../../src/policy/index.js';

// Regenerate with: UPDATE_GOLDEN=1 npx vitest run test/policy/golden.test.ts
const file = (locale: 'vi' | 'en') => fileURLToPath(new URL(`../../docs/golden/policy-catalogue.${locale}.md`, import.meta.url));

describe('golden policy tables (docs/golden/)', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`docs/golden/policy-catalogue.${locale}.md matches renderPolicyTables('${locale}')`, () => {
      const rendered = renderPolicyTables(locale);
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file(locale), rendered);
      expect(readFileSync(file(locale), 'utf8')).toBe(rendered);
    });
  }

  it('lists hand-checked rows from docs/legal-sources.md "Support levels" (not the code\'s own output)', () => {
    const en = renderPolicyTables('en');
    expect(en.startsWith('# Industrial-promotion policy catalogue')).toBe(true);
    expect(en).toContain(
      '| DEMO_MODEL_NEW_TECH@2018-05-11 | DEMO_MODEL_NEW_TECH | 30% | 1,000,000,000 đồng | model | 2018-05-11 | (open) | 2025-10-14 | Circular 28/2018/TT-BTC, Art. 8(2) [S20, S19, S23] | secondary |',
    );
    expect(en).toContain('| TECH_LINE_APPLICATION@2018-05-11 | TECH_LINE_APPLICATION | not known (not modelled) | 450,000,000 đồng |');
    // TTLT 26/2014 Art. 6(2)(r): "không quá 3.000 triệu đồng/cụm công nghiệp", no percentage.
    expect(en).toContain('| CCN_INFRASTRUCTURE@2014-04-08 | CCN_INFRASTRUCTURE | — | 3,000,000,000 đồng | industrial cluster | 2014-04-08 | 2018-05-10 |');
    const vi = renderPolicyTables('vi');
    expect(vi).toContain('| MACHINERY_APPLICATION@2014-04-08 | MACHINERY_APPLICATION | 50% | 200.000.000 đồng | cơ sở | 2014-04-08 | 2018-05-10 |');
    expect(vi).toContain('Nghị định 45/2012/NĐ-CP');
  });
});
