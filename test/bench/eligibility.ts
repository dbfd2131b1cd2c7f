/**
 * Benchmark: eligibility. 100 000 deterministic synthetic applicants decided by the library's
 * `checkEligibility` (full results: every reason with its facts, citation and bilingual message) against the
 * same decision tables written as json-rules-engine rules (one JRE rule per table row, the derived inputs as
 * JRE dynamic facts; async API), in the same process.
 *
 * Registered in run.ts (`npm run bench -- eligibility`), with the harness's mulberry32 and median: deterministic
 * data, the decisions of both sides are compared for every applicant before any timing counts, then 2 warm-up
 * rounds and 7 timed rounds (library, then json-rules-engine, in each round), medians, ratio of throughputs.
 * Goal: library throughput ≥ 20× json-rules-engine, identical outcomes.
 *
 * json-rules-engine decides about a thousand applicants per CPU-second here, so 9 rounds of 100 000 would
 * take most of an hour: every one of the 100 000 applicants is decided by both sides and compared, but the
 * json-rules-engine rounds time the first `jreTimedN` (default 5 000) of them; the library rounds time all
 * 100 000. The ratio compares throughputs (applicants per second).
 *
 * Run: `npx tsx test/bench/eligibility.ts [N] [jreTimedN]`.
 */
import { pathToFileURL } from 'node:url';
import { Engine, type RuleProperties } from 'json-rules-engine';
import { checkEligibility, type Applicant, type EligibilityResult } from '../../src/eligibility/index.js';
import { allTables } from '../../src/eligibility/engine.js';
import type { DecisionTable } from '../../src/eligibility/DecisionTable.js';
import {
  APPRAISAL_DECISION_LABELS,
  BENEFICIARY_GROUP_LABELS,
  CERTIFICATE_LEVEL_LABELS,
  CITY_CLASS_LABELS,
  DIFFICULTY_LABELS,
  INDUSTRY_LABELS,
  LEGAL_FORM_LABELS,
  REQUESTED_ITEM_LABELS,
  SELECTION_LEVEL_LABELS,
  SIZE_CLASS_LABELS,
  UNIT_KIND_LABELS,
  valuesOf,
  WARD_PARENT_LABELS,
} from '../../src/eligibility/vocabulary.js';
import { median, mulberry32, type Benchmark, type BenchOutcome } from './harness.js';

const DATES = ['2016-06-01', '2020-03-01', '2025-08-01', '2025-10-14', '2025-10-15', '2027-01-01'] as const;

interface Case {
  readonly applicant: Applicant;
  readonly at: string;
}

/** N complete applicants (every fact known; a third request an item), each with an evaluation date. */
export function syntheticApplicants(n: number, seed = 20251015): Case[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rnd() % xs.length] as T;
  const values = (labels: object) => valuesOf(labels as never) as string[];
  const out: Case[] = [];
  for (let i = 0; i < n; i++) {
    const base = {
      // Mostly rural establishments, as in a provincial register.
      group: rnd() % 4 === 0 ? pick(values(BENEFICIARY_GROUP_LABELS)) : 'RURAL_INDUSTRIAL_ESTABLISHMENT',
      legalForm: pick(values(LEGAL_FORM_LABELS)),
      sizeClass: pick(values(SIZE_CLASS_LABELS)),
      location: {
        unitKind: pick(values(UNIT_KIND_LABELS)),
        wardParent: pick(values(WARD_PARENT_LABELS)),
        cityClass: pick(values(CITY_CLASS_LABELS)),
        convertedFromCommuneOn: `${String(2008 + (rnd() % 20))}-0${String(1 + (rnd() % 9))}-1${String(rnd() % 10)}`,
        centrallyRunCity: rnd() % 5 === 0,
        inRecognisedCraftVillage: rnd() % 7 === 0,
        difficulty: pick(values(DIFFICULTY_LABELS)),
      },
      industry: pick(values(INDUSTRY_LABELS)),
      owner: { womenOwned: rnd() % 3 === 0, ethnicMinorityOwned: rnd() % 9 === 0 },
    };
    const applicant =
      rnd() % 3 === 0
        ? {
            ...base,
            requestedItem: pick(values(REQUESTED_ITEM_LABELS)),
            typicalProduct: { level: pick(values(SELECTION_LEVEL_LABELS)), certificateLevel: pick(values(CERTIFICATE_LEVEL_LABELS)) },
            appraisal: rnd() % 2 === 0 ? {} : { decision: pick(values(APPRAISAL_DECISION_LABELS)) },
          }
        : base;
    out.push({ applicant: applicant as Applicant, at: pick(DATES) });
  }
  return out;
}

// ---- The same rules for json-rules-engine --------------------------------------------------------------

type Decision = { readonly outcome: string; readonly steps: string };

interface JreSetup {
  readonly engines: ReadonlyMap<string, Engine>;
  readonly tablesByRegime: ReadonlyMap<string, readonly DecisionTable[]>;
}

/** One JRE rule per decision-table row; the table's derived inputs become JRE dynamic facts. */
function jreSetup(): JreSetup {
  const tables = allTables();
  const itemTables = tables.filter((t) => t.id.startsWith('items/'));
  const tablesByRegime = new Map<string, readonly DecisionTable[]>();
  const engines = new Map<string, Engine>();
  for (const prefix of ['ND45-2012', 'ND45-as-amended-ND235']) {
    const regimeTables = [...tables.filter((t) => t.id.startsWith(`${prefix}/`)), ...itemTables];
    tablesByRegime.set(prefix, regimeTables);
    const engine = new Engine([], { allowUndefinedFacts: true });
    regimeTables.forEach((t, ti) => {
      t.rows.forEach((row, r) => {
        const all = Object.entries(row.when).map(([fact, allowed]) => {
          const input = t.inputs.find((i) => i.id === fact);
          const boolean = input?.values.length === 2 && input.values[0] === 'yes';
          return { fact, operator: 'in', value: boolean ? allowed.map((v) => v === 'yes') : [...allowed] };
        });
        const rule: RuleProperties = {
          conditions: all.length === 0 ? { all: [{ fact: 'at', operator: 'notEqual', value: null }] } : { all },
          event: { type: 'row', params: { table: ti, row: r } },
        };
        engine.addRule(rule);
      });
    });
    // Derived inputs (the dates are those of the instruments; docs/legal-sources.md, "Instruments and dates").
    engine.addFact('location.conversionAge', async (_p, almanac) => {
      const d = (await almanac.factValue('location.convertedFromCommuneOn')) as string | undefined;
      const at = (await almanac.factValue('at')) as string;
      if (d === undefined) return undefined;
      if (d > at) return 'after-date';
      return at <= `${String(Number(d.slice(0, 4)) + 5)}${d.slice(4)}` ? 'within-5-years' : 'more-than-5-years';
    });
    engine.addFact('at.fundingCircular', async (_p, almanac) => {
      const at = (await almanac.factValue('at')) as string;
      return at < '2014-04-08' ? 'before-TTLT-26-2014' : at < '2018-05-11' ? 'TTLT-26-2014-BTC-BCT' : 'TT-28-2018-BTC';
    });
    engine.addFact('at.selectionEra', async (_p, almanac) => {
      const at = (await almanac.factValue('at')) as string;
      return at < '2014-10-21' ? 'before-TT-26-2014' : at < '2025-07-01' ? 'district-entry' : 'commune-entry';
    });
    engine.addFact('appraisal.decision', async (_p, almanac) => ((await almanac.factValue('appraisal.given')) as string | undefined) ?? 'pending');
    engines.set(prefix, engine);
  }
  return { engines, tablesByRegime };
}

function flatten(a: Applicant, at: string): Record<string, unknown> {
  return {
    at,
    group: a.group,
    legalForm: a.legalForm,
    sizeClass: a.sizeClass,
    'location.unitKind': a.location?.unitKind,
    'location.wardParent': a.location?.wardParent,
    'location.cityClass': a.location?.cityClass,
    'location.convertedFromCommuneOn': a.location?.convertedFromCommuneOn,
    'location.centrallyRunCity': a.location?.centrallyRunCity,
    'location.inRecognisedCraftVillage': a.location?.inRecognisedCraftVillage,
    'location.difficulty': a.location?.difficulty,
    industry: a.industry,
    requestedItem: a.requestedItem,
    'typicalProduct.level': a.typicalProduct?.level,
    'typicalProduct.certificateLevel': a.typicalProduct?.certificateLevel,
    'appraisal.given': a.appraisal?.decision,
  };
}

async function jreDecide(setup: JreSetup, c: Case): Promise<Decision> {
  const prefix = c.at >= '2025-10-15' ? 'ND45-as-amended-ND235' : 'ND45-2012';
  const tables = setup.tablesByRegime.get(prefix) as readonly DecisionTable[];
  const { events } = await (setup.engines.get(prefix) as Engine).run(flatten(c.applicant, c.at));
  // FIRST / UNIQUE: the lowest matching row of each table decides.
  const first = new Map<number, number>();
  for (const e of events) {
    const { table, row } = e.params as { table: number; row: number };
    const prev = first.get(table);
    if (prev === undefined || row < prev) first.set(table, row);
  }
  let failed = false;
  let open = false;
  const steps: string[] = [];
  tables.forEach((t, ti) => {
    const r = first.get(ti);
    if (r === undefined) return;
    const outcome = (t.rows[r] as DecisionTable['rows'][number]).outcome;
    if (outcome === 'not-applicable') return;
    if (outcome === 'failed') failed = true;
    if (outcome === 'review') open = true;
    steps.push(`${t.rule}:${String(r + 1)}:${outcome}`);
  });
  return { outcome: failed ? 'ineligible' : open ? 'needs-review' : 'eligible', steps: steps.join(',') };
}

function libraryDecision(r: EligibilityResult): Decision {
  return {
    outcome: r.outcome,
    steps: r.reasons
      .filter((x) => x.rule !== 'regime')
      .map((x) => `${x.rule}:${String(x.row)}:${x.status}`)
      .join(','),
  };
}

// ---- The benchmark --------------------------------------------------------------------------------------

/** Runs the benchmark and reports throughputs and the ratio. */
export async function runEligibilityBenchmark(n = 100_000, jreTimedN = 5_000, rounds = 7, warmup = 2): Promise<BenchOutcome> {
  const cases = syntheticApplicants(n);
  const timedJre = cases.slice(0, Math.min(n, jreTimedN));
  const setup = jreSetup();
  const runLibrary = (): EligibilityResult[] => cases.map((c) => checkEligibility(c.applicant, { at: c.at }));
  const runJre = async (subset: readonly Case[] = cases): Promise<Decision[]> => {
    const out: Decision[] = [];
    for (const c of subset) out.push(await jreDecide(setup, c));
    return out;
  };

  // Equality check before any timing counts: every applicant, outcome and deciding rows.
  const lib = runLibrary();
  const jre = await runJre();
  const counts: Record<string, number> = { eligible: 0, ineligible: 0, 'needs-review': 0 };
  for (let i = 0; i < n; i++) {
    const a = libraryDecision(lib[i] as EligibilityResult);
    const b = jre[i] as Decision;
    if (a.outcome !== b.outcome || a.steps !== b.steps) {
      throw new Error(`applicant ${String(i)}: library ${JSON.stringify(a)} ≠ json-rules-engine ${JSON.stringify(b)}`);
    }
    counts[a.outcome] = (counts[a.outcome] ?? 0) + 1;
  }

  const libMs: number[] = [];
  const jreMs: number[] = [];
  let sink: unknown;
  for (let i = 0; i < warmup + rounds; i++) {
    const t0 = performance.now();
    sink = runLibrary();
    const t1 = performance.now();
    sink = await runJre(timedJre);
    const t2 = performance.now();
    if (i >= warmup) {
      libMs.push(t1 - t0);
      jreMs.push(t2 - t1);
    }
  }
  void sink;
  const l = median(libMs);
  const j = median(jreMs);
  const libRate = (n / l) * 1000;
  const jreRate = (timedJre.length / j) * 1000;
  const ratio = libRate / jreRate;
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  return {
    status: 'done',
    goalMet: ratio >= 20,
    lines: [
      `applicants: ${n.toLocaleString('en-US')} (eligible ${String(counts['eligible'])}, ineligible ${String(counts['ineligible'])}, needs-review ${String(counts['needs-review'])}); identical outcomes and deciding rows: yes`,
      `library checkEligibility (full reasons), ${fmt(n)} applicants per round: median ${l.toFixed(0)} ms → ${fmt(libRate)} applicants/s (rounds: ${libMs.map((x) => x.toFixed(0)).join(', ')})`,
      `json-rules-engine (same tables, ${String(setup.tablesByRegime.get('ND45-2012')?.reduce((s, t) => s + t.rows.length, 0))} / ${String(setup.tablesByRegime.get('ND45-as-amended-ND235')?.reduce((s, t) => s + t.rows.length, 0))} rules), ${fmt(timedJre.length)} applicants per round: median ${j.toFixed(0)} ms → ${fmt(jreRate)} applicants/s (rounds: ${jreMs.map((x) => x.toFixed(0)).join(', ')})`,
      `throughput ratio: ${ratio.toFixed(1)}× (goal ≥ 20×: ${ratio >= 20 ? 'met' : 'NOT met'})`,
    ],
  };
}

/** The benchmark in the shape of the project's harness (`Benchmark`). */
export const eligibility: Benchmark = {
  name: 'eligibility',
  title: 'Eligibility: 100 000 applicants, library vs json-rules-engine',
  goal: 'library throughput ≥ 20× json-rules-engine, identical decisions',
  run: () => runEligibilityBenchmark(),
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 100_000);
  const jreTimedN = Number(process.argv[3] ?? 5_000);
  const r = await runEligibilityBenchmark(n, jreTimedN);
  if (r.status === 'done') for (const line of r.lines) console.log(line);
  if (r.status === 'done' && r.goalMet === false) process.exitCode = 1;
}
