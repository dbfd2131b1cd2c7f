/**
 * Measures the number reader on the annotated development corpus (../shared/corpus/dev.json): for each figure
 * fragment, its `phrase` (and `phraseFull` where given) is read with `safeParseQuantity` and judged
 *   right   – read with the annotated value, kind, unit (when annotated), qualifier, direction and range;
 *   refused – a KhuyenCongError (a clear refusal, never a wrong figure);
 *   wrong   – read, but something differs from the annotation.
 * Not part of `npm test` (a user's clone has no ../shared). Run: `npx tsx test/bench/corpus-phrases.ts [path]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COUNT_UNITS, safeParseQuantity, type Quantity } from '../../src/index.js';

interface Fragment {
  id: string;
  phrase?: string;
  phraseFull?: string;
  kind: string;
  expectedValue: string;
  unit?: string;
  per?: string;
  qualifier?: string | null;
  direction?: string;
  range?: [string, string];
  ambiguous?: boolean;
}

const path = resolve(process.argv[2] ?? new URL('../../../../shared/corpus/dev.json', import.meta.url).pathname);
const fallback = '/work/shared/corpus/dev.json';
const file = existsSync(path) ? path : existsSync(fallback) ? fallback : undefined;
if (file === undefined) {
  console.log('no corpus found (pass its path): nothing measured');
  process.exit(0);
}
const docs = JSON.parse(readFileSync(file, 'utf8')) as { fragments: Fragment[] }[];

/** "35/2", "0.75", "8" → [numerator, denominator] as bigints, reduced. */
function frac(s: string): [bigint, bigint] {
  const [a, b] = s.split('/');
  let n: bigint;
  let d = 1n;
  const [ip, fp = ''] = (a as string).split('.');
  n = BigInt((ip as string) + fp);
  d = 10n ** BigInt(fp.length);
  if (b !== undefined) d *= BigInt(b);
  const g = (x: bigint, y: bigint): bigint => (y === 0n ? (x < 0n ? -x : x) : g(y, x % y));
  const k = g(n, d);
  return [n / k, d / k];
}

const QUALIFIER: Record<string, string[]> = {
  'more-than': ['more-than'],
  nearly: ['nearly'],
  about: ['about'],
  'at-least': ['at-least'],
  'at-most': ['at-most'],
  'up-to': ['at-most'],
  planned: ['planned'],
  'about+more-than': ['about', 'more-than'],
};

function judge(q: Quantity, f: Fragment): string | undefined {
  const kind = f.kind === 'multiple' ? 'number' : f.kind;
  if (q.kind !== kind) return `kind ${q.kind}`;
  const [n, d] = frac(f.expectedValue);
  if (q.value.numerator !== n || q.value.denominator !== d) return `value ${q.value.toString()}`;
  if (f.kind === 'count' && f.unit !== undefined) {
    const spellings: readonly string[] = q.unit === undefined ? [] : COUNT_UNITS[q.unit].vi;
    if (!spellings.map((s) => s.toLowerCase()).includes(f.unit.toLowerCase())) return `unit ${String(q.unit)}`;
  }
  const want = f.qualifier == null ? [] : (QUALIFIER[f.qualifier] ?? [f.qualifier]);
  const got = [...q.qualifiers].sort();
  if (JSON.stringify(got) !== JSON.stringify([...want].sort())) return `qualifiers ${got.join('+')}`;
  if ((q.direction ?? null) !== (f.direction ?? null)) return `direction ${String(q.direction)}`;
  if (f.range !== undefined) {
    if (q.range === undefined) return 'no range';
  } else if (q.range !== undefined) return 'unexpected range';
  return undefined;
}

const verbose = process.argv.includes('--verbose');
for (const field of ['phrase', 'phraseFull'] as const) {
  let right = 0;
  let refused = 0;
  let wrong = 0;
  const wrongs: string[] = [];
  const refusals = new Map<string, number>();
  for (const doc of docs) {
    for (const f of doc.fragments) {
      const text = f[field];
      if (text === undefined) continue;
      const r = safeParseQuantity(text);
      if (!r.success) {
        refused += 1;
        const code = r.error.issues[0]?.code ?? '?';
        refusals.set(code, (refusals.get(code) ?? 0) + 1);
        if (verbose) console.log(`  refused ${f.id} ${JSON.stringify(text)}: ${code}`);
        continue;
      }
      const why = judge(r.data, f);
      if (why === undefined) right += 1;
      else {
        wrong += 1;
        wrongs.push(`  wrong ${f.id} ${JSON.stringify(text)}: ${why}${f.ambiguous === true ? ' (annotated ambiguous)' : ''}`);
      }
    }
  }
  const total = right + refused + wrong;
  console.log(`${field}: ${total} phrases, right ${right}, refused ${refused}, wrong ${wrong}`);
  console.log(`  refusals by code: ${[...refusals].map(([c, k]) => `${c} ${k}`).join(', ')}`);
  for (const w of wrongs) console.log(w);
}
