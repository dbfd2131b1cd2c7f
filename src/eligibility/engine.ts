/**
 * The engine's core: plans compiled once per regime (tables → bit masks, inputs → slots), and the
 * evaluation of one applicant into reasons. No zod, no string building: messages are the tables' own
 * frozen texts.
 */
import { fail, KhuyenCongError } from '../internal/errors.js';
import type { LocalizedText } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import type { Citation } from '../policy/citation.js';
import { checkDate as checkAcceptedDate } from '../internal/date.js';
import type { Applicant, FactPath, FactValue } from './Applicant.js';
import { compileTable, type CompiledTable, type DecisionInput, type DecisionRow, type DecisionTable, type EvalContext, type RuleId } from './DecisionTable.js';
import type { RegimeId } from '../policy/regimes.js';
import type { EligibilityRegime, PriorityId, PriorityRule } from './EligibilityRegime.js';
import { must } from './catalogue.js';
import { factGetter, readFact, SIMPLE_INPUTS } from './inputs.js';
import { ITEM_TABLES } from './itemRules.js';
import { REGIMES as POLICY_REGIMES } from '../policy/regimes.js';
import { ENGINE_TEXT, M } from './messages.js';
import { REGIME_2012 } from './regime2012.js';
import { REGIME_2025 } from './regime2025.js';

/**
 * The status of one reason: the condition is met, not met, cannot be decided for lack of facts, or is
 * left to human judgement.
 * @category Eligibility
 */
export type ReasonStatus = 'passed' | 'failed' | 'unknown' | 'review';

/**
 * The overall answer.
 * @category Eligibility
 */
export type EligibilityOutcome = 'eligible' | 'ineligible' | 'needs-review';

/**
 * One step of the decision: the rule, its status, the facts it used, the missing facts, the citation and
 * a message in both languages.
 * @category Eligibility
 */
export interface EligibilityReason {
  readonly rule: RuleId;
  /** The decision table (`null` for the `regime` step). */
  readonly table: string | null;
  /** The deciding row, numbered from 1 as in the rendered tables (`null` when undecided). */
  readonly row: number | null;
  readonly status: ReasonStatus;
  /** The facts used: field path → value. */
  readonly facts: { readonly [path: string]: FactValue };
  /** For `unknown`: the facts that would decide the rule. */
  readonly missing: readonly FactPath[];
  readonly citation: Citation;
  readonly message: LocalizedText;
}

/**
 * A priority flag (from 2025-10-15): it does not decide eligibility.
 * @category Eligibility
 */
export interface PriorityFlag {
  readonly id: PriorityId;
  /** The fact that raised the flag. */
  readonly fact: FactPath;
  readonly label: LocalizedText;
  readonly citation: Citation;
}

/**
 * The result of {@link checkEligibility}.
 * @category Eligibility
 */
export interface EligibilityResult {
  /** The evaluation date. */
  readonly at: string;
  readonly outcome: EligibilityOutcome;
  /** The regime in force at the date (`null` before 2012-07-05). */
  readonly regime: RegimeId | null;
  readonly reasons: readonly EligibilityReason[];
  /** The field paths of the missing facts that keep a rule `unknown`, in rule order, without repeats. */
  readonly missing: readonly FactPath[];
  readonly priorities: readonly PriorityFlag[];
}

/** The regimes, oldest first. @internal */
export const REGIMES: readonly EligibilityRegime[] = Object.freeze([REGIME_2012, REGIME_2025]);

/**
 * The regime in force on a date, or `undefined` before the first one.
 * @param at - an ISO date.
 * @internal
 */
export function regimeAt(at: string): EligibilityRegime | undefined {
  for (let i = REGIMES.length - 1; i >= 0; i--) {
    const r = REGIMES[i] as EligibilityRegime;
    if (at >= r.validFrom) return r;
  }
  return undefined;
}

/** Every input of every table, each in one slot. */
const SLOT_INPUTS: DecisionInput[] = [];
const slotIndex = new Map<DecisionInput, number>();
function slotOf(input: DecisionInput): number {
  let s = slotIndex.get(input);
  if (s === undefined) {
    s = SLOT_INPUTS.length;
    SLOT_INPUTS.push(input);
    slotIndex.set(input, s);
  }
  return s;
}

/** A compiled table with the engine's cache of its decided reasons. */
interface PlannedTable {
  readonly ct: CompiledTable;
  /** The input positions whose fact is their own value: a reason reading only these is cached. */
  readonly simple: number;
  /** Decided reasons already built, keyed by the values of the table's inputs: frozen, shared. */
  readonly reasons: Map<number, EligibilityReason>;
}

/** A priority rule compiled: its flag, and whether it holds for an applicant. */
interface PlannedPriority {
  readonly rule: PriorityRule;
  readonly flag: PriorityFlag;
  readonly holds: (a: Applicant) => boolean;
}

/** Compiles a priority rule's test (what {@link priorityHolds} decides on the fact {@link readFact} reads). */
function plannedPriority(p: PriorityRule): PlannedPriority {
  const get = factGetter(p.path as Exclude<FactPath, 'at'>);
  const w = p.when;
  let holds: (a: Applicant) => boolean;
  if (w === undefined) holds = (a) => get(a) === true;
  else if ('oneOf' in w) {
    const oneOf = new Set<unknown>(w.oneOf);
    holds = (a) => oneOf.has(get(a));
  } else holds = (a) => priorityHolds(p, get(a));
  return Object.freeze({ rule: p, flag: Object.freeze({ id: p.id, fact: p.path, label: p.label, citation: p.citation }), holds });
}

interface Plan {
  readonly regime: EligibilityRegime;
  readonly tables: readonly PlannedTable[];
  /** The priority rules with their flags and tests, built once. */
  readonly priorities: readonly PlannedPriority[];
  /** The lists of flags already built, by the bit set of the rules that hold: frozen, shared. */
  readonly flagLists: Map<number, readonly PriorityFlag[]>;
}

const PLANS = new Map<RegimeId, Plan>();
for (const regime of REGIMES) {
  const tables = [...regime.tables, ...ITEM_TABLES].map((t: DecisionTable) => compileTable(t, slotOf));
  PLANS.set(regime.id, {
    regime,
    tables: tables.map((ct) => {
      // The cache key (decideLazy's mixed-radix value vector) must stay an exact integer.
      const keySpace = ct.inputs.reduce((m, i) => m * (i.values.length + 1), 1);
      must(keySpace <= Number.MAX_SAFE_INTEGER ? true : undefined, `${ct.table.id}: too many input values for a cache key`);
      const simple = ct.inputs.reduce((m, input, k) => (SIMPLE_INPUTS.has(input) ? m | (1 << k) : m), 0);
      return { ct, simple, reasons: new Map<number, EligibilityReason>() };
    }),
    priorities: Object.freeze(regime.priorities.map(plannedPriority)),
    flagLists: new Map(),
  });
  must(regime.priorities.length <= 31 ? true : undefined, 'more than 31 priority rules');
}
/**
 * How a slot's facts are reported: 0, an enumerated fact whose value is the domain value; 1, a yes/no fact
 * (`true`/`false`); 2, anything else (a derived input): each of its paths read from the applicant.
 */
const SLOT_FACT_KIND: readonly number[] = SLOT_INPUTS.map((input) => SIMPLE_INPUTS.get(input) ?? 2);
const SLOT_VALUES: readonly ReadonlyMap<string, number>[] = SLOT_INPUTS.map((i) => new Map(i.values.map((v, k) => [v, k] as const)));
/** The reader of each enumerated or yes/no slot's fact (`undefined` for a derived input). */
const SLOT_GET: readonly (((a: Applicant) => FactValue | undefined) | undefined)[] = SLOT_INPUTS.map((i, s) =>
  SLOT_FACT_KIND[s] === 2 ? undefined : factGetter(i.paths[0] as Exclude<FactPath, 'at'>),
);
// The yes/no inputs index `yes` 0 and `no` 1 (valueAt relies on it).
must(SLOT_INPUTS.every((i, s) => SLOT_FACT_KIND[s] !== 1 || (i.values[0] === 'yes' && i.values[1] === 'no')) ? true : undefined, 'a yes/no input out of order');
must(SLOT_INPUTS.length <= 31 ? true : undefined, 'more than 31 input slots');

/**
 * Checks the evaluation date with the library's one validator; throws `date.invalid` naming `at`. (It reads the
 * digits directly, so no module-level cache of checked dates is kept: the engine holds no mutable state.) @internal
 */
export function checkDate(at: unknown): string {
  return checkAcceptedDate(at, ['at']);
}

/**
 * Reads the applicant argument into a fresh plain applicant holding only the facts the rules read (every
 * {@link FactPath} but `at`; each property read once). Any JSON value is accepted where a fact is expected
 * (a value outside a fact's domain counts as missing); a non-object applicant, a Proxy or a getter that
 * throws gives a bilingual {@link KhuyenCongError} `eligibility.invalid-applicant`, never a TypeError.
 * @internal
 */
export function readApplicant(input: unknown, path: readonly (string | number)[] = []): Applicant {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return badApplicant(input, path);
    return copyApplicant(input as Partial<Record<keyof Applicant, unknown>>);
  } catch (e) {
    if (e instanceof KhuyenCongError) throw e;
    return badApplicant(input, path);
  }
}

/** An object's fields, for the copy (optional chaining on a primitive reads nothing: only objects are walked). */
type Fields = Partial<Record<string, unknown>>;
const asObject = (v: unknown): Fields | undefined => (typeof v === 'object' && v !== null ? (v as Fields) : undefined);

/**
 * The copy, written out field by field (named property reads and stores: this runs once per applicant).
 * test/eligibility/readApplicant.test.ts checks that it copies exactly the fact paths.
 */
function copyApplicant(o: Partial<Record<keyof Applicant, unknown>>): Applicant {
  const out: Fields = {};
  let v: unknown;
  if ((v = o.group) !== undefined) out['group'] = v;
  if ((v = o.legalForm) !== undefined) out['legalForm'] = v;
  if ((v = o.sizeClass) !== undefined) out['sizeClass'] = v;
  const location = asObject(o.location);
  if (location !== undefined) {
    const l: Fields = {};
    let n = 0;
    if ((v = location['unitKind']) !== undefined) (l['unitKind'] = v), n++;
    if ((v = location['wardParent']) !== undefined) (l['wardParent'] = v), n++;
    if ((v = location['cityClass']) !== undefined) (l['cityClass'] = v), n++;
    if ((v = location['convertedFromCommuneOn']) !== undefined) (l['convertedFromCommuneOn'] = v), n++;
    if ((v = location['centrallyRunCity']) !== undefined) (l['centrallyRunCity'] = v), n++;
    if ((v = location['inRecognisedCraftVillage']) !== undefined) (l['inRecognisedCraftVillage'] = v), n++;
    if ((v = location['difficulty']) !== undefined) (l['difficulty'] = v), n++;
    if ((v = location['highlandIslandBorderOrEthnicMinority']) !== undefined) (l['highlandIslandBorderOrEthnicMinority'] = v), n++;
    if ((v = location['poorDistrict']) !== undefined) (l['poorDistrict'] = v), n++;
    if ((v = location['newRuralCommune']) !== undefined) (l['newRuralCommune'] = v), n++;
    if (n > 0) out['location'] = l;
  }
  if ((v = o.industry) !== undefined) out['industry'] = v;
  const owner = asObject(o.owner);
  if (owner !== undefined) {
    const w: Fields = {};
    let n = 0;
    if ((v = owner['womenOwned']) !== undefined) (w['womenOwned'] = v), n++;
    if ((v = owner['ethnicMinorityOwned']) !== undefined) (w['ethnicMinorityOwned'] = v), n++;
    if (n > 0) out['owner'] = w;
  }
  if ((v = o.requestedItem) !== undefined) out['requestedItem'] = v;
  const typicalProduct = asObject(o.typicalProduct);
  if (typicalProduct !== undefined) {
    const t: Fields = {};
    let n = 0;
    if ((v = typicalProduct['level']) !== undefined) (t['level'] = v), n++;
    if ((v = typicalProduct['certificateLevel']) !== undefined) (t['certificateLevel'] = v), n++;
    if ((v = typicalProduct['lowerRoundHeld']) !== undefined) (t['lowerRoundHeld'] = v), n++;
    if (n > 0) out['typicalProduct'] = t;
  }
  const appraisal = asObject(o.appraisal);
  if (appraisal !== undefined && (v = appraisal['decision']) !== undefined) out['appraisal'] = { decision: v };
  if ((v = o.planYear) !== undefined) out['planYear'] = v;
  const priority = asObject(o.priority);
  if (priority !== undefined) {
    const p: Fields = {};
    let n = 0;
    if ((v = priority['exportProduct']) !== undefined) (p['exportProduct'] = v), n++;
    if ((v = priority['localMaterials']) !== undefined) (p['localMaterials'] = v), n++;
    if ((v = priority['workers']) !== undefined) (p['workers'] = v), n++;
    if ((v = priority['supportingIndustryProduct']) !== undefined) (p['supportingIndustryProduct'] = v), n++;
    if (n > 0) out['priority'] = p;
  }
  if ((v = o.clayBrickKiln) !== undefined) out['clayBrickKiln'] = v;
  return out as Applicant;
}

function badApplicant(input: unknown, path: readonly (string | number)[]): never {
  return fail('eligibility.invalid-applicant', M.invalidApplicant({ value: showValue(input) }), path);
}

/** Options of the internal evaluation. @internal */
export interface EvaluateOptions {
  /** Include the discretionary (appraisal) rules. */
  readonly discretionary: boolean;
}

/**
 * The value index of each slot for the applicant being evaluated: -2 not read yet, -1 missing. Facts are
 * lazy: a slot is read only when a row still in play constrains it, then memoised for the call (the
 * five-year conversion count, for one, is computed only for wards of type-1 cities). One scratch array
 * serves every call: evaluation is synchronous and never re-entered (no caller code runs inside it: the
 * applicant is a plain copy made by {@link readApplicant}).
 */
const VALS = new Int8Array(32);

/**
 * The value index of a slot (read and memoised on first use). An enumerated or yes/no fact is indexed
 * straight from the applicant's value (what its `read` does, in one lookup); a derived input calls `read`.
 */
function valueAt(s: number, a: Applicant, ctx: EvalContext): number {
  let v = VALS[s] as number;
  if (v === -2) {
    const kind = SLOT_FACT_KIND[s] as number;
    if (kind === 0) v = (SLOT_VALUES[s] as ReadonlyMap<unknown, number>).get((SLOT_GET[s] as (a: Applicant) => unknown)(a)) ?? -1;
    else if (kind === 1) {
      const x = (SLOT_GET[s] as (a: Applicant) => unknown)(a);
      v = x === true ? 0 : x === false ? 1 : -1;
    } else {
      const x = (SLOT_INPUTS[s] as DecisionInput).read(a, ctx);
      v = x === undefined ? -1 : ((SLOT_VALUES[s] as ReadonlyMap<string, number>).get(x) ?? -1);
    }
    VALS[s] = v;
  }
  return v;
}

// The decision of the current table, set by decideLazy (no object per table).
let dRow = -1;
let dCandidates = 0;
let dMissingPositions = 0;
let dUnknown = false;
/** The values the table read (a missing one and one not read count 0), mixed-radix: the reason's cache key. */
let dKey = 0;
/** The input positions the table read. */
let dRead = 0;

/**
 * Decides a compiled table on lazily read values: the same decision as `decide` (DecisionTable.ts) on all the values
 * (the candidate rows, the cited row, the missing inputs), reading only the inputs that a row still in
 * play constrains. The candidate rows are the AND of each known value's row set.
 */
function decideLazy(ct: CompiledTable, a: Applicant, ctx: EvalContext): void {
  const n = ct.inputs.length;
  let cand = ct.allRows;
  let missRows = 0;
  let missingPositions = 0;
  let key = 0;
  let read = 0;
  for (let k = 0; k < n; k++) {
    const by = ct.constrainedBy[k] as number;
    const compat = ct.compat[k] as Int32Array;
    key *= compat.length + 1;
    if ((cand & by) === 0) continue;
    read |= 1 << k;
    const v = valueAt(ct.slots[k] as number, a, ctx);
    if (v < 0) {
      missRows |= by;
      missingPositions |= 1 << k;
    } else {
      cand &= compat[v] as number;
      key += v + 1;
    }
  }
  dKey = key;
  dRead = read;
  // FIRST: the rows up to the first one that matches for certain.
  if (ct.table.hitPolicy === 'FIRST') {
    const sure = cand & ~missRows;
    if (sure !== 0) cand &= ((sure & -sure) << 1) - 1;
  }
  dCandidates = cand;
  // No candidate at all (first = -1, sure = 0) is unknown too, with no missing input and no row.
  const first = 31 - Math.clz32(cand & -cand);
  const maybe = cand & missRows;
  const sure = cand & ~maybe;
  if (sure === 0 || (cand & ~(ct.sameOutcome[first] as number)) !== 0) {
    dUnknown = true;
    dRow = first;
    // The missing inputs constrained by a candidate row that depends on a missing fact.
    let positions = 0;
    for (let k = 0; k < n; k++) if ((missingPositions & (1 << k)) !== 0 && (maybe & (ct.constrainedBy[k] as number)) !== 0) positions |= 1 << k;
    dMissingPositions = positions;
    return;
  }
  dUnknown = false;
  dRow = 31 - Math.clz32(sure & -sure);
  dMissingPositions = 0;
}

/** The input positions whose known values the candidate rows read. */
function usedPositions(ct: CompiledTable, cand: number): number {
  let used = 0;
  for (let k = 0; k < ct.inputs.length; k++) {
    if ((cand & (ct.constrainedBy[k] as number)) !== 0 && (VALS[ct.slots[k] as number] as number) >= 0) used |= 1 << k;
  }
  return used;
}

/** The known facts read by the candidate rows' conditions, in input order. */
function factsOf(ct: CompiledTable, used: number, a: Applicant, ctx: EvalContext): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {};
  for (let k = 0; k < ct.inputs.length; k++) {
    if ((used & (1 << k)) === 0) continue;
    const s = ct.slots[k] as number;
    const kind = SLOT_FACT_KIND[s] as number;
    const input = ct.inputs[k] as DecisionInput;
    if (kind === 0) facts[input.paths[0] as FactPath] = input.values[VALS[s] as number] as string;
    else if (kind === 1) facts[input.paths[0] as FactPath] = VALS[s] === 0;
    else {
      const paths = input.paths;
      for (let p = 0; p < paths.length; p++) {
        const path = paths[p] as FactPath;
        const v = readFact(a, path, ctx);
        if (v !== undefined) facts[path] = v;
      }
    }
  }
  return facts;
}

/** The decided reason of a table (dRow, dCandidates), shared from the table's cache where its facts allow. */
function decidedReason(pt: PlannedTable, a: Applicant, ctx: EvalContext): EligibilityReason {
  const ct = pt.ct;
  let used = -1;
  let key = -1;
  // The values the table read decide which inputs it read, the candidate rows, the row and the facts: they
  // are the key (two applicants with the same key go through the same steps).
  if ((dRead & ~pt.simple) !== 0) used = usedPositions(ct, dCandidates);
  if (used < 0 || (used & ~pt.simple) === 0) {
    key = dKey;
    const hit = pt.reasons.get(key);
    if (hit !== undefined) return hit;
  }
  if (used < 0) used = usedPositions(ct, dCandidates);
  const t = ct.table;
  const r = t.rows[dRow] as DecisionRow;
  const reason: EligibilityReason = {
    rule: t.rule,
    table: t.id,
    row: dRow + 1,
    status: r.outcome as ReasonStatus,
    facts: factsOf(ct, used, a, ctx),
    missing: NO_MISSING,
    citation: r.citation,
    message: r.message,
  };
  if (key < 0) return reason;
  Object.freeze(reason.facts);
  pt.reasons.set(key, Object.freeze(reason));
  return reason;
}

const NO_MISSING: readonly FactPath[] = Object.freeze([]);
const NO_PRIORITIES: readonly PriorityFlag[] = Object.freeze([]);

/** The scratch array of {@link evaluate}'s reasons (a regime has fewer than 16 tables). */
const REASONS: EligibilityReason[] = [];

/** The `regime` reason of the last date seen, per regime (a batch uses one date). */
const REGIME_REASONS = new Map<RegimeId, EligibilityReason>();

/**
 * Evaluates one applicant at a checked date. A decided reason whose facts are the inputs' own values is
 * frozen and shared between results (the same row, candidate rows and facts give the same reason).
 * @internal
 */
export function evaluate(a: Applicant, at: string, options: EvaluateOptions): EligibilityResult {
  const regime = regimeAt(at);
  if (regime === undefined) {
    return {
      at,
      outcome: 'needs-review',
      regime: null,
      reasons: [
        { rule: 'regime', table: null, row: null, status: 'review', facts: { at }, missing: NO_MISSING, citation: POLICY_REGIMES[0].citation, message: ENGINE_TEXT.beforeNd45 },
      ],
      missing: NO_MISSING,
      priorities: NO_PRIORITIES,
    };
  }
  const plan = PLANS.get(regime.id) as Plan;
  const ctx: EvalContext = { at };
  VALS.fill(-2);
  let regimeReason = REGIME_REASONS.get(regime.id);
  if (regimeReason?.facts['at'] !== at) {
    regimeReason = Object.freeze({
      rule: 'regime',
      table: null,
      row: null,
      status: 'passed',
      facts: Object.freeze({ at }),
      missing: NO_MISSING,
      citation: regime.citation,
      message: regime.label,
    } satisfies EligibilityReason);
    REGIME_REASONS.set(regime.id, regimeReason);
  }
  // The reasons gather in a scratch array, copied at the end to an array of their exact number.
  const reasons = REASONS;
  reasons[0] = regimeReason;
  let count = 1;
  let failed = false;
  let open = false;
  let missing: FactPath[] | undefined;
  const itemRequested = a.requestedItem !== undefined;
  const tables = plan.tables;
  for (let ti = 0; ti < tables.length; ti++) {
    const pt = tables[ti] as PlannedTable;
    const ct = pt.ct;
    const t = ct.table;
    if (t.scope === 'requested-item' && !itemRequested) continue;
    if (t.discretionary && !options.discretionary) continue;
    decideLazy(ct, a, ctx);
    if (dUnknown) {
      open = true;
      const paths: FactPath[] = [];
      for (let k = 0; k < ct.inputs.length; k++) {
        if ((dMissingPositions & (1 << k)) === 0) continue;
        const all = (ct.inputs[k] as DecisionInput).paths;
        // Name the absent facts of a derived input (a plan year without the conversion date is not missing it).
        const absent = all.filter((p) => readFact(a, p, ctx) === undefined);
        for (const p of absent.length > 0 ? absent : all) {
          if (!paths.includes(p)) paths.push(p);
          missing ??= [];
          if (!missing.includes(p)) missing.push(p);
        }
      }
      reasons[count++] = {
        rule: t.rule,
        table: t.id,
        row: null,
        status: 'unknown',
        facts: factsOf(ct, usedPositions(ct, dCandidates), a, ctx),
        missing: paths,
        citation: t.citation,
        message: ENGINE_TEXT.undecided,
      };
      continue;
    }
    const outcome = (t.rows[dRow] as DecisionRow).outcome;
    if (outcome === 'not-applicable') continue;
    if (outcome === 'failed') failed = true;
    else if (outcome === 'review') open = true;
    reasons[count++] = decidedReason(pt, a, ctx);
  }
  let holding = 0;
  const rules = plan.priorities;
  for (let i = 0; i < rules.length; i++) {
    const p = rules[i] as PlannedPriority;
    const from = p.rule.validFrom;
    if (from !== undefined && at < from) continue;
    if (p.holds(a)) holding |= 1 << i;
  }
  let priorities = NO_PRIORITIES;
  if (holding !== 0) {
    const known = plan.flagLists.get(holding);
    if (known !== undefined) priorities = known;
    else {
      priorities = Object.freeze(rules.filter((_, i) => (holding & (1 << i)) !== 0).map((p) => p.flag));
      plan.flagLists.set(holding, priorities);
    }
  }
  return {
    at,
    outcome: failed ? 'ineligible' : open ? 'needs-review' : 'eligible',
    regime: regime.id,
    reasons: REASONS.slice(0, count),
    missing: missing ?? NO_MISSING,
    priorities,
  };
}

/** Whether a priority rule's condition holds for a fact's value. @internal */
export function priorityHolds(p: PriorityRule, v: FactValue | undefined): boolean {
  const w = p.when;
  if (w === undefined) return v === true;
  if ('oneOf' in w) return typeof v === 'string' && w.oneOf.includes(v);
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= w.atLeast;
}

/** All compiled tables, for the docs and the tests. @internal */
export function allTables(): readonly DecisionTable[] {
  return [...REGIMES.flatMap((r) => r.tables), ...ITEM_TABLES];
}
