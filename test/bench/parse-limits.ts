/**
 * The largest inputs parseQuantity handles, and linearity (issue 14, "the largest input each parser handles
 * within 1 s"). Not part of npm test. Run: `npx tsx test/bench/parse-limits.ts`.
 * For each family of hostile text, the time per call at lengths 125 … 1 000 (the cap) and 10⁶ (refused at
 * once by the length check); the ratio of time per character between the longest and the shortest says
 * whether the cost is linear.
 */
import { safeParseQuantity } from '../../src/index.js';

const families: Record<string, (n: number) => string> = {
  'qualifier words': (n) => `${'dự kiến '.repeat(Math.max(0, Math.floor((n - 10) / 8)))}5 tỷ đồng`,
  'unknown words': (n) => `${'xyz '.repeat(Math.floor((n - 6) / 4))}5 tỷ`,
  'unit text': (n) => `5 ${'tỷ '.repeat(Math.floor((n - 2) / 3))}`,
  'digits (30 significant, zero padded)': (n) => `${'0'.repeat(Math.max(0, n - 32))}1${'2'.repeat(29)} đồng`.slice(-n),
  'dot groups': (n) => `1${'.000'.repeat(Math.floor((n - 1) / 4))}`,
  'spaces and NFD': (n) => `${'\u00a0'.repeat(n - 20)}hơn 5 tỷ đồng`.normalize('NFD'),
  'range of two long numbers': (n) => `${'0'.repeat(Math.floor(n / 2) - 3)}1 - ${'0'.repeat(Math.floor(n / 2) - 3)}2`,
};

function perCall(text: string): number {
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) safeParseQuantity(text);
    const dt = performance.now() - t0;
    if (dt > 50) return dt / reps;
    reps *= 4;
  }
}

let worst = 0;
for (const [name, make] of Object.entries(families)) {
  const rows: string[] = [];
  const times: number[] = [];
  for (const n of [125, 250, 500, 1000]) {
    const text = make(n).slice(0, 1000);
    const us = perCall(text) * 1000;
    times.push(us / text.length);
    worst = Math.max(worst, us);
    rows.push(`${text.length} chars ${us.toFixed(1)} µs`);
  }
  const big = make(1_000_000);
  const t0 = performance.now();
  const r = safeParseQuantity(big);
  const bigMs = performance.now() - t0;
  const ratio = (times[times.length - 1] as number) / (times[0] as number);
  console.log(`${name}: ${rows.join(', ')}; per-char ratio 1000/125 = ${ratio.toFixed(2)}; ${big.length} chars: ${r.success ? 'read' : r.error.issues[0]?.code} in ${bigMs.toFixed(2)} ms`);
}
console.log(`slowest call at the 1 000-character cap: ${worst.toFixed(1)} µs (budget 1 s)`);
