/**
 * The sources of the scratch consumer projects: one program written for each way a client loads the package.
 * Every program computes the same figures of seed 003 (Báo Công Thương, 29/05/2014, southern region):
 *
 * - 2013 funding = national 7 730 000 000 + local 46 330 000 000 = 54 060 000 000 đồng;
 * - 2014 plan 63 335 000 000 đồng against 2013: (63 335 − 54 060) / 54 060 = 9 275 / 54 060 = 35/204
 *   = 0.171568627450980392156862745098… (published "tăng 17,16%");
 * - `money(1.5)` is refused with a KhuyenCongError whose first issue code is `money.not-integer`.
 *
 * and prints them as one JSON line. To check more of the API from real clients, extend `BODY` (and `EXPECTED`
 * in consumers.test.ts): every client runs it.
 */

/** Names the programs import from the package. */
const NAMES = 'addMoney, KhuyenCongError, money, ratio, ratioToFixed, subtractMoney';

/** Shared program body (valid JavaScript and TypeScript). */
const BODY = `
const national = money(7_730_000_000);
const local = money(46_330_000_000);
const total2013 = addMoney(national, local);
const plan2014 = money('63335000000');
const change = ratio(subtractMoney(plan2014, total2013).dong, total2013.dong);
let errorCode = 'none';
let errorIsKhuyenCongError = false;
try {
  money(1.5);
} catch (e) {
  errorIsKhuyenCongError = e instanceof KhuyenCongError;
  if (e instanceof KhuyenCongError) errorCode = e.issues[0]?.code ?? 'no issue';
}
console.log(JSON.stringify({
  total2013: total2013.dong,
  change: change.toString(),
  changeRounded: ratioToFixed(change, 4),
  changeFraction: change.numerator.toString() + '/' + change.denominator.toString(),
  errorCode,
  errorIsKhuyenCongError,
}));
`;

/**
 * Type-level checks for the TypeScript consumers: the declarations must be real types, not `any` (an unused
 * `@ts-expect-error` is itself an error) and must be valid under the strictest options.
 */
const TYPE_CHECKS = `
// Compiled, never called: these lines only have to type-check (or fail to, where marked).
function typeOnly(): void {
  const typed: Money = total2013;
  // @ts-expect-error a plain number is not Money
  addMoney(typed, 5);
  // @ts-expect-error Money is immutable
  typed.dong = 1;
}
void typeOnly;
`;

/** The files of the scratch consumer project, by path relative to it. */
export function consumerFiles(): Record<string, string> {
  const strict = {
    target: 'ES2022',
    // zod's declarations name the global URL type, which comes from lib DOM (a portal) or @types/node (a
    // server); a consumer has one of them. Our own declarations need neither.
    lib: ['ES2022', 'DOM'],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noPropertyAccessFromIndexSignature: true,
    verbatimModuleSyntax: true,
    skipLibCheck: false, // type-check the package's own .d.ts / .d.cts too
    types: [],
  };
  // No @types/node in the consumer: the one global the programs use is declared here.
  const consoleDecl = 'declare const console: { log(line: string): void };\n';
  const tsImport = `import { ${NAMES}, type Money } from 'khuyen-cong';\n${consoleDecl}`;
  return {
    'cjs.cjs': `'use strict';\nconst { ${NAMES} } = require('khuyen-cong');\n${BODY}`,
    'esm.mjs': `import { ${NAMES} } from 'khuyen-cong';\n${BODY}`,
    'ts/esm.mts': tsImport + BODY + TYPE_CHECKS,
    // Under verbatimModuleSyntax a CommonJS TypeScript module uses import = require.
    'ts/cjs.cts': `import khuyenCong = require('khuyen-cong');\nconst { ${NAMES} } = khuyenCong;\ntype Money = khuyenCong.Money;\n${consoleDecl}${BODY}${TYPE_CHECKS}`,
    'ts/bundler.ts': tsImport + BODY + TYPE_CHECKS,
    'tsconfig.node16.json': JSON.stringify(
      {
        compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16', rootDir: 'ts', outDir: 'out-node16' },
        files: ['ts/esm.mts', 'ts/cjs.cts'],
      },
      null,
      2,
    ),
    'tsconfig.bundler.json': JSON.stringify(
      {
        compilerOptions: { ...strict, module: 'preserve', moduleResolution: 'bundler', noEmit: true },
        files: ['ts/bundler.ts'],
      },
      null,
      2,
    ),
  };
}

/** What every consumer program prints (hand-computed above, from seed 003). */
export const EXPECTED = {
  total2013: 54_060_000_000,
  change: '0.171568627450980392156862745098',
  changeRounded: '0.1716',
  changeFraction: '35/204',
  errorCode: 'money.not-integer',
  errorIsKhuyenCongError: true,
} as const;
