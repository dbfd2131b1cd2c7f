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

// Dates in every era of the tables: before TT 46/2012, TTLT 26/2014 before TT 26/2014, district entry, commune
// entry under the 2012 text, and the 2025 text.
const DATES = ['2013-01-15', '2014-06-01', '2016-06-01', '2020-03-01', '2025-08-01', '2025-10-14', '2025-10-15', '2027-01-01'] as const;

interface Case {
  readonly applicant: Applicant;
  readonly at: string;
}

/**
 * N complete applicants (every fact a rule reads is known, so no engine has to say "unknown"; a third request
 * an item), each with an evaluation date and a plan year around it.
 */
export function syntheticApplicants(n: number, seed = 20251015): Case[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rnd() % xs.length] as T;
  const values = (labels: object) => valuesOf(labels as never) as string[];
  const out: Case[] = [];
  for (let i = 0; i < n; i++) {
    const at = pick(DATES);
    const base = {
      planYear: Number(at.slice(0, 4)) + (rnd() % 3) - 1,
      clayBrickKiln: rnd() % 4 === 0,
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
            typicalProduct: {
              level: pick(values(SELECTION_LEVEL_LABELS)),
              certificateLevel: pick(values(CERTIFICATE_LEVEL_LABELS)),
              lowerRoundHeld: rnd() % 2 === 0,
            },
            appraisal: rnd() % 2 === 0 ? {} : { decision: pick(values(APPRAISAL_DECISION_LABELS)) },
          }
        : base;
    out.push({ applicant: applicant as Applicant, at });
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
    // TT 46/2012 Art. 3(1)(đ): five years counted to 31 December of the year before the plan year.
    engine.addFact('location.conversionAge', async (_p, almanac) => {
      const d = (await almanac.factValue('location.convertedFromCommuneOn')) as string | undefined;
      const at = (await almanac.factValue('at')) as string;
      const planYear = (await almanac.factValue('planYear')) as number | undefined;
      if (d === undefined) return undefined;
      if (d > at) return 'after-date';
      if (planYear === undefined) return undefined;
      return `${String(planYear - 1)}-12-31` <= `${String(Number(d.slice(0, 4)) + 5)}${d.slice(4)}` ? 'within-5-years' : 'more-than-5-years';
    });
    engine.addFact('at.tt46', async (_p, almanac) => (((await almanac.factValue('at')) as string) < '2013-02-10' ? 'before-TT-46-2012' : 'TT-46-2012'));
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
    'typicalProduct.lowerRoundHeld': a.typicalProduct?.lowerRoundHeld,
    'appraisal.given': a.appraisal?.decision,
    planYear: a.planYear,
    clayBrickKiln: a.clayBrickKiln,
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

// ---- The same rules as a hand-written predicate ----------------------------------------------------------
//
// The baseline the issue asks for: the decision tables of src/eligibility written by hand as plain code (one
// function per table returning the deciding row, numbered from 1 as in docs/decision-tables.md; 0 when no row
// matches), the row outcomes as literal arrays, the dates of the instruments as literals. No citations, no
// messages, no facts: only the answer. The deciding rows are written to a scratch array so that the check
// compares them with the library's for every applicant; the timed rounds run the same function.

const A = 'RURAL_INDUSTRIAL_ESTABLISHMENT';
const B = 'CLEANER_PRODUCTION_ESTABLISHMENT';
const TPE = 'TYPICAL_PRODUCT_ENTRY';
const P = 1; // passed
const F = 2; // failed
const R = 3; // review
const N = 0; // not applicable
type Outcomes = readonly number[];

// Row outcomes per table (index 0: no row matched, i.e. undecided).
const GROUP_2012: Outcomes = [R, P, P, P, F, F];
const GROUP_2025: Outcomes = [R, P, P, R, P, P];
const LEGAL_2012: Outcomes = [R, N, P, F, P, P, F, P, F];
const LEGAL_2025: Outcomes = [R, N, P, F, P, P, P, P, F, P, F];
const LOCATION_2012: Outcomes = [R, N, P, P, P, P, F, R, P, P, F, P, F, R];
const LOCATION_2025: Outcomes = [R, N, P, P, P, P, F, R];
const INDUSTRY_2012: Outcomes = [R, N, P, P, P, P, P, P, P, F, P, R, R, R, R, R, F];
const INDUSTRY_2025: Outcomes = [R, N, R, P, P, R, P, R, R, R, P, P, P, P, P, F];
const CLAY_2012: Outcomes = [R, N, N, N, F, P];
const FOUNDING: Outcomes = [R, N, R, P, F, P, F];
const ENTRY: Outcomes = [R, N, F, R, F, F, P, P, P, P, P, F, R, F, R, R, P, F, P, F];
const APPRAISAL: Outcomes = [R, N, P, F, R];

function groupRow(g: unknown): number {
  return g === A ? 1 : g === B ? 2 : g === 'KC_MANAGER_OR_SERVICE_PROVIDER' ? 3 : g === 'CCN_INFRA_INVESTOR' ? 4 : g === 'ARTISAN' ? 5 : 0;
}
function legalFormRow(a: Applicant, y2025: boolean): number {
  const g = a.group;
  if (g === 'CCN_INFRA_INVESTOR' && y2025) return a.legalForm === 'ENTERPRISE' || a.legalForm === 'COOPERATIVE' ? 9 : 10;
  if (g !== A) return 1;
  switch (a.legalForm) {
    case 'ENTERPRISE':
      return a.sizeClass === 'LARGE' ? 3 : 2;
    case 'COOPERATIVE':
      return 4;
    case 'COOPERATIVE_GROUP':
      return 5;
    case 'UNION_OF_COOPERATIVES':
      return 6;
    case 'BUSINESS_HOUSEHOLD':
      return 7;
    default:
      return 8;
  }
}
function location2012Row(a: Applicant, at: string): number {
  if (a.group !== A) return 1;
  const l = a.location as NonNullable<Applicant['location']>;
  switch (l.unitKind) {
    case 'HUYEN':
      return 2;
    case 'THI_XA':
      return 3;
    case 'THI_TRAN':
      return 4;
    case 'XA':
      return 5;
    case 'QUAN':
      return 6;
    case 'DAC_KHU':
      return 7;
    default: // PHUONG
      if (l.wardParent === 'THI_XA') return 8;
      if (l.cityClass === 'TYPE_2' || l.cityClass === 'TYPE_3') return 9;
      if (l.cityClass === 'SPECIAL') return 10;
      {
        const d = l.convertedFromCommuneOn as string;
        if (d > at) return 13;
        const fifth = `${String(Number(d.slice(0, 4)) + 5)}${d.slice(4)}`;
        return `${String((a.planYear as number) - 1)}-12-31` <= fifth ? 11 : 12;
      }
  }
}
function location2025Row(a: Applicant): number {
  if (a.group !== A) return 1;
  const l = a.location as NonNullable<Applicant['location']>;
  if (l.inRecognisedCraftVillage === true) return 2;
  const k = l.unitKind;
  if (k === 'XA') return 3;
  if (k === 'DAC_KHU') return 4;
  if (k === 'PHUONG') return l.centrallyRunCity === true ? 6 : 5;
  return 7;
}
const INDUSTRY_ROWS_2012: Readonly<Record<string, number>> = {
  AGRO_FOREST_FISHERY_FOOD_PROCESSING: 3, CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS: 4, AGRI_CHEMICALS_AND_BUILDING_MATERIALS: 5,
  MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY: 6, HANDICRAFT: 7, CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT: 10,
  HIGH_TECH: 11, CLEAN_INDUSTRY: 12, ENERGY_SAVING: 13, ENVIRONMENTAL_INDUSTRY: 14, GREEN_ENERGY: 15, OTHER: 16,
};
const INDUSTRY_ROWS_2025: Readonly<Record<string, number>> = {
  AGRO_FOREST_FISHERY_FOOD_PROCESSING: 3, CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS: 4, AGRI_CHEMICALS_AND_BUILDING_MATERIALS: 5,
  MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY: 6, HANDICRAFT: 7, MINING_IN_DIFFICULT_AREAS: 8,
  CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT: 9, HIGH_TECH: 10, CLEAN_INDUSTRY: 11, ENERGY_SAVING: 12, ENVIRONMENTAL_INDUSTRY: 13,
  GREEN_ENERGY: 14, OTHER: 15,
};
function industryRow(a: Applicant, y2025: boolean): number {
  const g = a.group;
  if (g === B) return 2;
  if (g !== A) return 1;
  const i = a.industry as string;
  if (!y2025 && i === 'MINING_IN_DIFFICULT_AREAS') return a.location?.difficulty === 'NONE' ? 9 : 8;
  return (y2025 ? INDUSTRY_ROWS_2025 : INDUSTRY_ROWS_2012)[i] ?? 0;
}
function clayBrickRow(a: Applicant, at: string): number {
  if (a.group !== A) return 1;
  if (a.industry !== 'AGRI_CHEMICALS_AND_BUILDING_MATERIALS') return 2;
  if (at < '2013-02-10') return 3;
  return a.clayBrickKiln === true ? 4 : 5;
}
function foundingRow(a: Applicant, at: string): number {
  if (a.requestedItem !== 'ENTERPRISE_FOUNDING') return 1;
  if (at < '2014-04-08') return 2;
  const hard = a.location?.difficulty !== 'NONE';
  return at < '2018-05-11' ? (hard ? 3 : 4) : hard ? 5 : 6;
}
function entryRow(a: Applicant, at: string): number {
  if (a.requestedItem !== TPE) return 1;
  if (a.group !== A) return 2;
  if (at < '2014-10-21') return 3;
  const commune = at >= '2025-07-01';
  const t = a.typicalProduct as NonNullable<Applicant['typicalProduct']>;
  const c = t.certificateLevel;
  switch (t.level) {
    case 'DISTRICT':
      return commune ? 4 : 6;
    case 'COMMUNE':
      return commune ? 7 : 5;
    case 'PROVINCE':
      if (c === 'NONE') return commune ? (t.lowerRoundHeld === true ? 13 : 12) : t.lowerRoundHeld === true ? 11 : 10;
      if (commune) return c === 'DISTRICT' ? 15 : 9;
      return c === 'COMMUNE' ? 14 : 8;
    case 'REGION':
      return c === 'PROVINCE' || c === 'REGION' || c === 'NATIONAL' ? 16 : 17;
    case 'NATIONAL':
      return c === 'REGION' || c === 'NATIONAL' ? 18 : 19;
    default:
      return 0;
  }
}
function appraisalRow(a: Applicant): number {
  if (a.requestedItem === TPE) return 1;
  const d = a.appraisal?.decision;
  return d === 'approved' ? 2 : d === 'rejected' ? 3 : 4;
}

/** The deciding row of each table, in the library's table order (0: table not evaluated or undecided). */
const predicateRows = new Int8Array(8);
const OUTCOME_NAMES = ['eligible', 'ineligible', 'needs-review'] as const;

/**
 * The hand-written predicate: the outcome (0 eligible, 1 ineligible, 2 needs-review) of a complete applicant,
 * with the deciding rows left in `predicateRows`.
 */
export function predicate(a: Applicant, at: string): number {
  const y2025 = at >= '2025-10-15';
  const rows = predicateRows;
  rows.fill(-1);
  rows[0] = groupRow(a.group);
  rows[1] = legalFormRow(a, y2025);
  rows[2] = y2025 ? location2025Row(a) : location2012Row(a, at);
  rows[3] = industryRow(a, y2025);
  let k = 4;
  if (!y2025) rows[k++] = clayBrickRow(a, at);
  const tables = y2025 ? PREDICATE_TABLES_2025 : PREDICATE_TABLES_2012;
  if (a.requestedItem !== undefined) {
    rows[k++] = foundingRow(a, at);
    rows[k++] = entryRow(a, at);
    rows[k++] = appraisalRow(a);
  }
  let failed = false;
  let open = false;
  for (let i = 0; i < k; i++) {
    const o = (tables[i] as Outcomes)[rows[i] as number] as number;
    if (o === F) failed = true;
    else if (o === R) open = true;
  }
  return failed ? 1 : open ? 2 : 0;
}
const PREDICATE_TABLES_2012: readonly Outcomes[] = [GROUP_2012, LEGAL_2012, LOCATION_2012, INDUSTRY_2012, CLAY_2012, FOUNDING, ENTRY, APPRAISAL];
const PREDICATE_TABLES_2025: readonly Outcomes[] = [GROUP_2025, LEGAL_2025, LOCATION_2025, INDUSTRY_2025, FOUNDING, ENTRY, APPRAISAL];
const STATUS_NAMES = ['not-applicable', 'passed', 'failed', 'review'] as const;

/** The predicate's decision in the shape of the comparison (run once per applicant by the check). */
function predicateDecision(c: Case): Decision {
  const outcome = OUTCOME_NAMES[predicate(c.applicant, c.at)] as string;
  const y2025 = c.at >= '2025-10-15';
  const tables = y2025 ? PREDICATE_TABLES_2025 : PREDICATE_TABLES_2012;
  const rules = y2025 ? RULES_2025 : RULES_2012;
  const steps: string[] = [];
  for (let i = 0; i < tables.length; i++) {
    const r = predicateRows[i] as number;
    if (r < 0) continue;
    const o = (tables[i] as Outcomes)[r] as number;
    if (o === N) continue;
    steps.push(r === 0 ? `${rules[i] as string}:null:unknown` : `${rules[i] as string}:${String(r)}:${STATUS_NAMES[o] as string}`);
  }
  return { outcome, steps: steps.join(',') };
}
const RULES_2025 = ['beneficiary.group', 'beneficiary.legal-form', 'beneficiary.location', 'industry', 'item.enterprise-founding', 'item.typical-product-entry', 'item.appraisal'];
const RULES_2012 = [...RULES_2025.slice(0, 4), 'industry.clay-brick-kiln', ...RULES_2025.slice(4)];

// ---- The benchmark --------------------------------------------------------------------------------------

/** Runs the benchmark and reports throughputs and the ratios. */
export async function runEligibilityBenchmark(n = 100_000, jreTimedN = 5_000, rounds = 7, warmup = 2): Promise<BenchOutcome> {
  const cases = syntheticApplicants(n);
  const timedJre = cases.slice(0, Math.min(n, jreTimedN));
  const setup = jreSetup();
  const runLibrary = (): EligibilityResult[] => cases.map((c) => checkEligibility(c.applicant, { at: c.at }));
  const runPredicate = (): Uint8Array => {
    const out = new Uint8Array(cases.length);
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i] as Case;
      out[i] = predicate(c.applicant, c.at);
    }
    return out;
  };
  const runJre = async (subset: readonly Case[] = cases): Promise<Decision[]> => {
    const out: Decision[] = [];
    for (const c of subset) out.push(await jreDecide(setup, c));
    return out;
  };

  // Equality check before any timing counts: every applicant, outcome and deciding rows, on all three sides.
  const lib = runLibrary();
  const jre = await runJre();
  const counts: Record<string, number> = { eligible: 0, ineligible: 0, 'needs-review': 0 };
  for (let i = 0; i < n; i++) {
    const a = libraryDecision(lib[i] as EligibilityResult);
    const b = jre[i] as Decision;
    const p = predicateDecision(cases[i] as Case);
    if (a.outcome !== b.outcome || a.steps !== b.steps) {
      throw new Error(`applicant ${String(i)}: library ${JSON.stringify(a)} ≠ json-rules-engine ${JSON.stringify(b)}`);
    }
    if (a.outcome !== p.outcome || a.steps !== p.steps) {
      throw new Error(`applicant ${String(i)}: library ${JSON.stringify(a)} ≠ predicate ${JSON.stringify(p)}`);
    }
    counts[a.outcome] = (counts[a.outcome] ?? 0) + 1;
  }
  const predicateOutcomes = runPredicate();
  for (let i = 0; i < n; i++) {
    if (OUTCOME_NAMES[predicateOutcomes[i] as number] !== (lib[i] as EligibilityResult).outcome) throw new Error(`applicant ${String(i)}: predicate outcome differs`);
  }

  const libMs: number[] = [];
  const predMs: number[] = [];
  const jreMs: number[] = [];
  let sink: unknown;
  for (let i = 0; i < warmup + rounds; i++) {
    // Alternate library and predicate so that neither always runs right after the other's garbage.
    const t0 = performance.now();
    sink = i % 2 === 0 ? runLibrary() : runPredicate();
    const t1 = performance.now();
    sink = i % 2 === 0 ? runPredicate() : runLibrary();
    const t2 = performance.now();
    sink = await runJre(timedJre);
    const t3 = performance.now();
    if (i >= warmup) {
      libMs.push(i % 2 === 0 ? t1 - t0 : t2 - t1);
      predMs.push(i % 2 === 0 ? t2 - t1 : t1 - t0);
      jreMs.push(t3 - t2);
    }
  }
  void sink;
  const l = median(libMs);
  const p = median(predMs);
  const j = median(jreMs);
  const libRate = (n / l) * 1000;
  const predRate = (n / p) * 1000;
  const jreRate = (timedJre.length / j) * 1000;
  const ratio = libRate / jreRate;
  const vsPredicate = libRate / predRate;
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  const roundsOf = (xs: readonly number[]) => xs.map((x) => x.toFixed(x < 100 ? 1 : 0)).join(', ');
  return {
    status: 'done',
    goalMet: ratio >= 20 && vsPredicate >= 0.2,
    lines: [
      `applicants: ${n.toLocaleString('en-US')} (eligible ${String(counts['eligible'])}, ineligible ${String(counts['ineligible'])}, needs-review ${String(counts['needs-review'])}); identical outcomes and deciding rows (library, predicate, json-rules-engine): yes`,
      `library checkEligibility (full reasons), ${fmt(n)} applicants per round: median ${l.toFixed(0)} ms → ${fmt(libRate)} applicants/s (rounds: ${roundsOf(libMs)})`,
      `hand-written predicate (same tables, outcome only), ${fmt(n)} applicants per round: median ${p.toFixed(1)} ms → ${fmt(predRate)} applicants/s (rounds: ${roundsOf(predMs)})`,
      `json-rules-engine (same tables, ${String(setup.tablesByRegime.get('ND45-2012')?.reduce((s, t) => s + t.rows.length, 0))} / ${String(setup.tablesByRegime.get('ND45-as-amended-ND235')?.reduce((s, t) => s + t.rows.length, 0))} rules), ${fmt(timedJre.length)} applicants per round: median ${j.toFixed(0)} ms → ${fmt(jreRate)} applicants/s (rounds: ${roundsOf(jreMs)})`,
      `library / predicate throughput: ${vsPredicate.toFixed(2)}× (goal ≥ 0.2×: ${vsPredicate >= 0.2 ? 'met' : 'NOT met'})`,
      `library / json-rules-engine throughput: ${ratio.toFixed(1)}× (goal ≥ 20×: ${ratio >= 20 ? 'met' : 'NOT met'})`,
    ],
  };
}

/** The benchmark in the shape of the project's harness (`Benchmark`). */
export const eligibility: Benchmark = {
  name: 'eligibility',
  title: 'Eligibility: 100 000 applicants, library vs a hand-written predicate and json-rules-engine',
  goal: 'library throughput ≥ 0.2× the hand-written predicate and ≥ 20× json-rules-engine, identical decisions',
  run: () => runEligibilityBenchmark(),
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 100_000);
  const jreTimedN = Number(process.argv[3] ?? 5_000);
  const r = await runEligibilityBenchmark(n, jreTimedN);
  if (r.status === 'done') for (const line of r.lines) console.log(line);
  if (r.status === 'done' && r.goalMet === false) process.exitCode = 1;
}
