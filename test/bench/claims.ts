/**
 * Benchmark 4a, claim checks and report audits per second.
 *
 * - Goal (issue 19): `checkClaim` ≤ 4× a naive float check of the same claims: each text read with
 *   `Number(text.replace(…))`, the figure recomputed in binary floating point and compared with the stated one
 *   at half a unit of its last written digit (no input precision, no qualifiers, no units, no explanation).
 *   Both sides read the texts on every check. The naive verdicts are checked against the hand-derived ones:
 *   they are reported, not required, to agree (floats ignore the inputs' precision).
 * - Claims: thirteen published figures of the seed articles with the inputs they derive from (sum, change,
 *   share, average, completion), checked with `checkClaim` in two ways: as published texts, parsed on every
 *   check ("7,73 tỷ đồng"), and pre-parsed once into `Quantity` values with `parseQuantity` (what a caller
 *   holding parsed figures pays).
 * - Audits: `auditReport` over each report of `SEED_REPORTS` (eleven reports of five articles), and
 *   `auditReports(SEED_REPORTS)` over the whole set (adds the cross-year checks and estimates).
 *
 * Every verdict is checked against its hand-derived value before timing counts (see the comments beside each
 * claim; the expected audit findings are those of test/audit/auditReport.test.ts).
 */
import {
  auditReport,
  auditReports,
  checkClaim,
  parseQuantity,
  SEED_REPORTS,
  type AuditResult,
  type Claim,
  type ClaimNumber,
  type ClaimStatus,
} from '../../src/index.js';
import { compare, ms, timeMedian, type Benchmark } from './harness.js';

/** A seed claim and the verdict worked out by hand. */
interface SeedClaim {
  readonly claim: Claim;
  readonly expected: ClaimStatus;
}

const CLAIMS: readonly SeedClaim[] = [
  // Seed 003, 2013: 7,73 + 46,33 = 54,06 tỷ.
  { claim: { kind: 'sum', parts: ['7,73 tỷ đồng', '46,33 tỷ đồng'], stated: '54,06 tỷ đồng' }, expected: 'consistent' },
  // Seed 003, 2014 plan: 13,877 + 49,49 = 63,367 ≠ 63,335 tỷ, 26 triệu beyond any rounding.
  { claim: { kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' }, expected: 'inconsistent' },
  // Seed 000, Bạc Liêu 2014–2018: 2,959 + 4,020 = 6,979 tỷ.
  { claim: { kind: 'sum', parts: ['2,959 tỷ đồng', '4,020 tỷ đồng'], stated: '6,979 tỷ đồng' }, expected: 'consistent' },
  // Seed 003, 2013: 50 + 237 = 287 đề án.
  { claim: { kind: 'sum', parts: ['50 đề án', '237 đề án'], stated: '287 đề án' }, expected: 'consistent' },
  // Seed 003: 63,335 / 54,06 − 1 = 17,1568…% → "tăng 17,16%".
  { claim: { kind: 'change', current: '63,335 tỷ đồng', previous: '54,06 tỷ đồng', stated: 'tăng 17,16%' }, expected: 'consistent' },
  // The same with a wrong percentage: 17,5% is outside [17,13%; 17,18%] even at the inputs' precision.
  { claim: { kind: 'change', current: '63,335 tỷ đồng', previous: '54,06 tỷ đồng', stated: 'tăng 17,5%' }, expected: 'inconsistent' },
  // Seed 002: 1,42 tỷ in 2016 against "khoảng 700 triệu" a year: 1,42 / 0,70 − 1 = 102,857…%.
  { claim: { kind: 'change', current: '1,42 tỷ đồng', previous: 'khoảng 700 triệu đồng', stated: 'tăng 102,86%' }, expected: 'consistent' },
  // Seed 003: national share 2013, 7,73 / 54,06 = 14,299…%.
  { claim: { kind: 'share', part: '7,73 tỷ đồng', whole: '54,06 tỷ đồng', stated: '14,30%' }, expected: 'consistent' },
  // Seed 000: national share 2014–2018, 4,020 / 6,979 = 57,601…%.
  { claim: { kind: 'share', part: '4,020 tỷ đồng', whole: '6,979 tỷ đồng', stated: '57,60%' }, expected: 'consistent' },
  // Seed 003: 63,335 tỷ over 20 provinces = 3,16675 tỷ → "3,17 tỷ đồng/1 tỉnh, thành phố".
  { claim: { kind: 'average', total: '63,335 tỷ đồng', count: '20 tỉnh', stated: '3,17 tỷ đồng/1 tỉnh, thành phố' }, expected: 'consistent' },
  // Seed 001: 1.600 people in 20 classes = 80 a class.
  { claim: { kind: 'average', total: '1.600 người', count: '20 lớp', stated: '80 người/lớp' }, expected: 'consistent' },
  // Seed 003: the 2014 plan is 63,335 / 54,06 = 117,1568…% of the 2013 executed total.
  { claim: { kind: 'completion', actual: '63,335 tỷ đồng', target: '54,06 tỷ đồng', stated: '117,16%' }, expected: 'consistent' },
  // Seed 003: national funds 2014 against 2013, 13,877 / 7,73 = 179,521…%.
  { claim: { kind: 'completion', actual: '13,877 tỷ đồng', target: '7,73 tỷ đồng', stated: '179,52%' }, expected: 'consistent' },
];

/** Claims checked per round: the thirteen, repeated. */
const REPEAT = 1_000;

/** The same claim with every text read once by `parseQuantity`. */
function preParsed(c: Claim): Claim {
  const p = (n: ClaimNumber): ClaimNumber => (typeof n === 'string' ? parseQuantity(n) : n);
  switch (c.kind) {
    case 'sum':
      return { ...c, parts: c.parts.map(p), stated: p(c.stated) };
    case 'change':
      return { ...c, current: p(c.current), previous: p(c.previous), stated: p(c.stated) };
    case 'share':
      return { ...c, part: p(c.part), whole: p(c.whole), stated: p(c.stated) };
    case 'average':
      return { ...c, total: p(c.total), count: p(c.count), stated: p(c.stated) };
    case 'completion':
      return { ...c, actual: p(c.actual), target: p(c.target), stated: p(c.stated) };
    case 'cagr':
      return { ...c, first: p(c.first), last: p(c.last), stated: p(c.stated) };
    case 'ratio':
      return { ...c, numerator: p(c.numerator), denominator: p(c.denominator), stated: p(c.stated) };
  }
}

/** Checks every claim's verdict; throws on the first wrong one. */
function verifyClaims(claims: readonly Claim[], how: string): void {
  claims.forEach((c, i) => {
    const got = checkClaim(c).status;
    const want = CLAIMS[i]?.expected;
    if (got !== want) throw new Error(`claims (${how}): claim ${String(i + 1)} (${c.kind}) is ${got}, expected ${String(want)}`);
  });
}

function checkAll(claims: readonly Claim[]): number {
  let inconsistent = 0;
  for (let r = 0; r < REPEAT; r++) {
    for (const c of claims) if (checkClaim(c).status === 'inconsistent') inconsistent++;
  }
  return inconsistent;
}

/** A number as the naive check reads it: its value and half a unit of its last written digit. */
interface NaiveNumber {
  readonly x: number;
  readonly half: number;
}

const NAIVE_SCALE: Readonly<Record<string, number>> = { 'tỷ': 1e9, 'triệu': 1e6 };
const NAIVE_NUMBER = /\d[\d.,]*/;

/** The first digit run, dots dropped, comma to point, times a scale word, or ÷ 100 for a percentage. */
function naiveNumber(text: string): NaiveNumber {
  const m = NAIVE_NUMBER.exec(text);
  const digits = m?.[0] ?? '';
  const comma = digits.indexOf(',');
  const decimals = comma < 0 ? 0 : digits.length - comma - 1;
  const rest = text.slice((m?.index ?? 0) + digits.length).trim();
  const scale = rest.startsWith('%') ? 0.01 : (NAIVE_SCALE[rest.split(' ')[0] ?? ''] ?? 1);
  return { x: Number(digits.replace(/\./g, '').replace(',', '.')) * scale, half: 0.5 * 10 ** -decimals * scale };
}

/** The naive float check of a claim whose numbers are texts: recompute, compare within the stated half unit. */
function naiveCheck(c: Claim): boolean {
  const n = (t: ClaimNumber): number => naiveNumber(t as string).x;
  const stated = naiveNumber(c.stated as string);
  let v: number;
  switch (c.kind) {
    case 'sum':
      v = c.parts.reduce<number>((s, p) => s + n(p), 0);
      break;
    case 'change':
      v = n(c.current) / n(c.previous) - 1;
      break;
    case 'share':
      v = n(c.part) / n(c.whole);
      break;
    case 'average':
      v = n(c.total) / n(c.count);
      break;
    case 'completion':
      v = n(c.actual) / n(c.target);
      break;
    default:
      v = Number.NaN;
  }
  return Math.abs(v - stated.x) <= stated.half;
}

function naiveAll(claims: readonly Claim[]): number {
  let inconsistent = 0;
  for (let r = 0; r < REPEAT; r++) {
    for (const c of claims) if (!naiveCheck(c)) inconsistent++;
  }
  return inconsistent;
}

const summary = (a: AuditResult): string[] => a.findings.map((f) => `${f.report} ${f.check}: ${f.status}`);

/** The findings of test/audit/auditReport.test.ts, report by report. */
const EXPECTED_SINGLE = [
  'seed-000/bac-lieu-2014-2018-approved funding-sum: consistent',
  'seed-003/south-2013-executed funding-sum: consistent',
  'seed-003/south-2014-plan funding-sum: inconsistent',
  'seed-003/south-2014-plan average-per-member: consistent',
].join('\n');
/** With the whole set, the 2014 plan's "tăng 17,16%" is checked against the 2013 report too. */
const EXPECTED_SET = [
  'seed-000/bac-lieu-2014-2018-approved funding-sum: consistent',
  'seed-003/south-2013-executed funding-sum: consistent',
  'seed-003/south-2014-plan funding-sum: inconsistent',
  'seed-003/south-2014-plan change: consistent',
  'seed-003/south-2014-plan average-per-member: consistent',
].join('\n');

const AUDIT_REPEAT = 200;

const perSecond = (n: number, medianMs: number): string => Math.round(n / (medianMs / 1000)).toLocaleString('en');

export const claims: Benchmark = {
  name: 'claims',
  title: 'Claim checks and report audits per second (seed articles)',
  goal: 'checkClaim ≤ 4× a naive float check of the same texts; claims and report audits per second',
  run() {
    const texts = CLAIMS.map((c) => c.claim);
    const parsed = texts.map(preParsed);
    verifyClaims(texts, 'texts');
    verifyClaims(parsed, 'pre-parsed');
    const single = SEED_REPORTS.flatMap((r) => summary(auditReport(r))).join('\n');
    if (single !== EXPECTED_SINGLE) throw new Error(`claims: auditReport findings differ:\n${single}`);
    const set = summary(auditReports(SEED_REPORTS)).join('\n');
    if (set !== EXPECTED_SET) throw new Error(`claims: auditReports findings differ:\n${set}`);

    const naiveWrong = CLAIMS.filter((c) => (naiveCheck(c.claim) ? 'consistent' : 'inconsistent') !== c.expected).length;
    const n = CLAIMS.length * REPEAT;
    const vsNaive = compare({
      library: { name: 'checkClaim', run: () => checkAll(texts) },
      baseline: { name: 'naive float check', run: () => naiveAll(texts) },
      // Two of the thirteen claims are inconsistent, on every repetition.
      checkLibrary: (k) => (k === 2 * REPEAT ? undefined : `${String(k)} inconsistent verdicts, expected ${String(2 * REPEAT)}`),
      checkBaseline: () => (naiveWrong === 0 ? undefined : `${String(naiveWrong)} of ${String(CLAIMS.length)} naive verdicts differ from the hand-derived ones`),
    });
    const fromText = timeMedian(() => checkAll(texts));
    const fromParsed = timeMedian(() => checkAll(parsed));
    const reports = timeMedian(() => {
      let findings = 0;
      for (let r = 0; r < AUDIT_REPEAT; r++) for (const report of SEED_REPORTS) findings += auditReport(report).findings.length;
      return findings;
    });
    const sets = timeMedian(() => {
      let findings = 0;
      for (let r = 0; r < AUDIT_REPEAT; r++) findings += auditReports(SEED_REPORTS).findings.length;
      return findings;
    });
    const nReports = AUDIT_REPEAT * SEED_REPORTS.length;
    return {
      status: 'done',
      goalMet: vsNaive.ratio <= 4,
      lines: [
        `checkClaim on texts: median ${ms(vsNaive.libraryMs)}; naive float check: median ${ms(vsNaive.baselineMs)} (${vsNaive.baselineInexact ?? 'every naive verdict as derived by hand on these claims'})`,
        `ratio checkClaim / naive float check: ${vsNaive.ratio.toFixed(2)}× (goal ≤ 4×)`,
        `${String(CLAIMS.length)} seed claims (4 sum, 3 change, 2 share, 2 average, 2 completion; 2 inconsistent), every verdict as expected`,
        `claims, texts parsed on each check: ${perSecond(n, fromText.medianMs)} claims/s (${ms(fromText.medianMs)} for ${n.toLocaleString('en')})`,
        `claims, pre-parsed Quantity inputs: ${perSecond(n, fromParsed.medianMs)} claims/s (${ms(fromParsed.medianMs)} for ${n.toLocaleString('en')})`,
        `auditReport, each of the ${String(SEED_REPORTS.length)} seed reports: ${perSecond(nReports, reports.medianMs)} reports/s (${ms(reports.medianMs)} for ${nReports.toLocaleString('en')})`,
        `auditReports(SEED_REPORTS), the whole set with cross-year checks: ${perSecond(AUDIT_REPEAT, sets.medianMs)} sets/s (${ms(sets.medianMs)} for ${String(AUDIT_REPEAT)})`,
      ],
    };
  },
};
