/**
 * The area entries of the installed package, from a real client: each loads alone (ESM and CJS), a value made
 * by the CommonJS build is accepted by the ESM build (identity by brand, not `instanceof`), the quantity entry
 * loads no zod, and the shipped JSON Schemas resolve as `khuyen-cong/schemas/<name>.json`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageContext } from './context.js';
import { run } from './tools.js';

const AREAS = ['quantity', 'stats', 'claims', 'audit', 'geo', 'policy', 'eligibility', 'project', 'data'] as const;

function runFile(name: string, source: string): unknown {
  const dir = packageContext().consumerDir;
  writeFileSync(join(dir, name), source);
  const out = run(process.execPath, [name], { cwd: dir }).trim().split('\n');
  return JSON.parse(out[out.length - 1] ?? '');
}

describe('area entries of the installed package', () => {
  it('each area loads alone in ESM and CJS and exports functions', () => {
    const esm = runFile(
      'areas.mjs',
      `const out = {};\nfor (const a of ${JSON.stringify(AREAS)}) { const m = await import('khuyen-cong/' + a); out[a] = Object.keys(m).length; }\nconsole.log(JSON.stringify(out));\n`,
    ) as Record<string, number>;
    const cjs = runFile(
      'areas.cjs',
      `const out = {};\nfor (const a of ${JSON.stringify(AREAS)}) out[a] = Object.keys(require('khuyen-cong/' + a)).length;\nconsole.log(JSON.stringify(out));\n`,
    ) as Record<string, number>;
    for (const a of AREAS) {
      expect(esm[a], a).toBeGreaterThan(0);
      expect(cjs[a], a).toBe(esm[a]);
    }
  });

  it('a Ratio and a Money made by the CommonJS build work in the ESM build (seed 003: 35/204, 54,06 tỷ)', () => {
    const r = runFile(
      'cross.mjs',
      [
        "import { createRequire } from 'node:module';",
        "import * as esm from 'khuyen-cong';",
        'const require = createRequire(import.meta.url);',
        "const cjs = require('khuyen-cong/quantity');",
        'const change = cjs.ratio(9275, 54060);',
        'const total = cjs.addMoney(cjs.money(7730000000), cjs.money(46330000000));',
        'console.log(JSON.stringify({',
        '  instanceOf: change instanceof esm.Ratio,',
        '  isRatio: esm.isRatio(change),',
        "  percent: esm.formatPercent(change, { locale: 'en' }),",
        '  equals: esm.ratioEquals(change, esm.ratio(35, 204)),',
        '  isMoney: esm.isMoney(total),',
        "  money: esm.formatMoney(total, { locale: 'en-US' }),",
        "  event: esm.parseDeAnEvent({ type: 'ADVANCE', source: 'NATIONAL', amount: total, workDone: change }).workDone.toJSON(),",
        '}));',
      ].join('\n'),
    );
    expect(r).toEqual({ instanceOf: false, isRatio: true, percent: '17.16%', equals: true, isMoney: true, money: 'VND 54.06 billion', event: '35/204' });
  });

  it('the quantity entry loads no zod; the JSON Schemas resolve by name', () => {
    const r = runFile(
      'light.cjs',
      [
        "require('khuyen-cong/quantity');",
        "const zod = Object.keys(require.cache).some((f) => f.includes('/node_modules/zod/'));",
        "const schema = require('khuyen-cong/schemas/de-an.json');",
        'console.log(JSON.stringify({ zod, id: schema.$id, additional: schema.additionalProperties }));',
      ].join('\n'),
    );
    expect(r).toEqual({ zod: false, id: 'https://khuyen-cong.invalid/schemas/de-an.json', additional: false });
  });
});
