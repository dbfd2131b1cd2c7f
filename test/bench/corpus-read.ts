/**
 * Measures the text reader on the development corpus (`../shared/corpus/dev.json`, 20 articles, 134 annotated
 * figure fragments), when it is present; not part of `npm test` (a user's clone has no `../shared`).
 *
 * 1. Phrases read alone: `parseQuantity(phrase)` → right (value and kind), refused, wrong.
 * 2. Phrases with their noun (`phraseFull`): the same through `readFigures` (one figure expected).
 * 3. Figures in their sentences: `readFigures(text)` on each fragment's text; a figure is found when a figure
 *    of the text has the expected value (and its span contains the phrase's digits); invented figures are
 *    figures whose value no annotation of that text states.
 * 4. Speed: `readFigures` over a long text built from the fragments, in MB/s, against a plain regex scan of
 *    the same text (digits, separators and the word after them).
 *
 * Run: `npx tsx test/bench/corpus-read.ts [path/to/dev.json]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseQuantity, readFigures, type TextFigure } from '../../src/index.js';

interface Fragment {
  readonly id: string;
  readonly text: string;
  readonly phrase: string;
  readonly phraseFull?: string;
  readonly kind: string;
  readonly expectedValue: string;
}
interface Article {
  readonly id: string;
  readonly at: string;
  readonly fragments: readonly Fragment[];
}

const path = process.argv[2] ?? '../../shared/corpus/dev.json';
const candidates = [path, '/work/shared/corpus/dev.json', '../shared/corpus/dev.json'];
const file = candidates.find((p) => existsSync(p));
if (file === undefined) {
  console.log('corpus-read: no development corpus found; nothing to measure.');
  process.exit(0);
}
const articles = JSON.parse(readFileSync(file, 'utf8')) as readonly Article[];

/** "35/2" → its value as a decimal-free fraction string compared with Ratio.toString() by cross-multiplying. */
function same(value: string, expected: string): boolean {
  const [n1, d1 = '1'] = value.split('/');
  const [n2, d2 = '1'] = expected.split('/');
  const toBig = (x: string): [bigint, bigint] => {
    const [a, b = ''] = x.split('.');
    return [BigInt(`${a}${b}`), 10n ** BigInt(b.length)];
  };
  const [a1, s1] = toBig(n1 as string);
  const [a2, s2] = toBig(n2 as string);
  return a1 * s2 * BigInt(d2) === a2 * s1 * BigInt(d1);
}

const valueOf = (f: TextFigure): string | undefined => f.quantity?.value.toString();

let alone = 0;
let aloneRight = 0;
let aloneRefused = 0;
const aloneWrong: string[] = [];
let full = 0;
let fullRight = 0;
const fullMiss: string[] = [];
let found = 0;
const missed: string[] = [];
let invented = 0;
const inventedList: string[] = [];
let total = 0;
let refusedInText = 0;

for (const a of articles) {
  const byText = new Map<string, Fragment[]>();
  for (const f of a.fragments) {
    total += 1;
    alone += 1;
    try {
      const q = parseQuantity(f.phrase);
      if (same(q.value.toString(), f.expectedValue)) aloneRight += 1;
      else aloneWrong.push(`${f.id}: "${f.phrase}" → ${q.value.toString()} (expected ${f.expectedValue})`);
    } catch {
      aloneRefused += 1;
    }
    const p = f.phraseFull ?? f.phrase;
    full += 1;
    const figs = readFigures(p, { at: a.at });
    if (figs.length === 1 && figs[0] !== undefined && valueOf(figs[0]) !== undefined && same(valueOf(figs[0]) as string, f.expectedValue)) fullRight += 1;
    else fullMiss.push(`${f.id}: "${p}" → ${figs.map((x) => `${x.span.text}=${valueOf(x) ?? 'refused'}`).join(' | ') || 'nothing'}`);
    const list = byText.get(f.text) ?? [];
    list.push(f);
    byText.set(f.text, list);
  }
  for (const [t, frags] of byText) {
    const figs = readFigures(t, { at: a.at });
    refusedInText += figs.filter((x) => x.quantity === undefined).length;
    const used = new Set<TextFigure>();
    for (const f of frags) {
      const hit = figs.find((x) => !used.has(x) && valueOf(x) !== undefined && same(valueOf(x) as string, f.expectedValue));
      if (hit !== undefined) {
        used.add(hit);
        found += 1;
      } else missed.push(`${f.id}: "${f.phrase}" in "${t}" → ${figs.map((x) => `${x.span.text}=${valueOf(x) ?? 'refused'}`).join(' | ') || 'nothing'}`);
    }
    for (const x of figs) {
      if (used.has(x)) continue;
      const v = valueOf(x);
      if (v === undefined) continue;
      if (!a.fragments.some((f) => same(v, f.expectedValue))) {
        invented += 1;
        inventedList.push(`${a.id}: "${x.span.text}"=${v} in "${t}"`);
      }
    }
  }
}

const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;
console.log(`corpus: ${file}, ${String(articles.length)} articles, ${String(total)} figures`);
console.log(`phrases alone (parseQuantity): ${String(aloneRight)}/${String(alone)} right (${pct(aloneRight, alone)}), ${String(aloneRefused)} refused, ${String(aloneWrong.length)} wrong`);
for (const w of aloneWrong) console.log(`  wrong: ${w}`);
console.log(`phrases with noun (readFigures): ${String(fullRight)}/${String(full)} right (${pct(fullRight, full)})`);
for (const w of fullMiss) console.log(`  miss: ${w}`);
console.log(`figures found in their text with the right value: ${String(found)}/${String(total)} (${pct(found, total)}); refused in text: ${String(refusedInText)}`);
for (const w of missed) console.log(`  missed: ${w}`);
console.log(`invented figures: ${String(invented)}`);
for (const w of inventedList) console.log(`  invented: ${w}`);

// Speed: the fragments' texts repeated to about 2 MB.
const base = articles.flatMap((a) => a.fragments.map((f) => f.text)).join('. ');
let big = '';
while (big.length < 2_000_000) big += `${base}. `;
const mb = Buffer.byteLength(big, 'utf8') / 1e6;
const time = (fn: () => unknown): number => {
  fn();
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
};
const tRead = time(() => readFigures(big, { at: '2022-01-01' }));
const re = /\d+(?:[.,]\d+)*\s*\p{L}*/gu;
const tRegex = time(() => big.match(re)?.length);
console.log(`speed: readFigures ${(mb / tRead).toFixed(2)} MB/s; regex scan ${(mb / tRegex).toFixed(2)} MB/s; ratio ${(tRead / tRegex).toFixed(1)}× (${mb.toFixed(2)} MB)`);
