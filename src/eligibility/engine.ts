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
import { compileTable, type CompiledTable, type DecisionInput, type DecisionRow, type DecisionTable, type RowOutcome, type RuleId } from './DecisionTable.js';
import type { RegimeId } from '../policy/regimes.js';
import type { EligibilityRegime, PriorityId, PriorityRule } from './EligibilityRegime.js';
import { must } from './catalogue.js';
import { SIMPLE_INPUTS } from './inputs.js';
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


/** The evaluation context of the call in progress (one object, its date set per call: no object per call). */
const CTX: { at: string } = { at: '' };

/**
 * Checks the evaluation date with the library's one validator; throws `date.invalid` naming `at`. (It reads the
 * digits directly, so no module-level cache of checked dates is kept: the engine holds no mutable state.) @internal
 */
export function checkDate(at: unknown): string {
  return checkAcceptedDate(at, AT_PATH);
}
const AT_PATH: readonly string[] = Object.freeze(['at']);

/**
 * The applicant's facts, numbered: every {@link FactPath} but `at`, in the order the applicant argument is read.
 * The paths of a group (`location.…`) are contiguous, so {@link readApplicant}'s copy keeps each group's fields together.
 */
const FACT_PATHS = Object.freeze([
  'group',
  'legalForm',
  'sizeClass',
  'location.unitKind',
  'location.wardParent',
  'location.cityClass',
  'location.convertedFromCommuneOn',
  'location.centrallyRunCity',
  'location.inRecognisedCraftVillage',
  'location.difficulty',
  'location.highlandIslandBorderOrEthnicMinority',
  'location.poorDistrict',
  'location.newRuralCommune',
  'industry',
  'owner.womenOwned',
  'owner.ethnicMinorityOwned',
  'requestedItem',
  'typicalProduct.level',
  'typicalProduct.certificateLevel',
  'typicalProduct.lowerRoundHeld',
  'appraisal.decision',
  'planYear',
  'priority.exportProduct',
  'priority.localMaterials',
  'priority.workers',
  'priority.supportingIndustryProduct',
  'clayBrickKiln',
] as const satisfies readonly Exclude<FactPath, 'at'>[]);
// Every fact path but `at` is numbered (a new FactPath fails to compile here until it is read).
const EVERY_FACT: Exclude<FactPath, 'at'> extends (typeof FACT_PATHS)[number] ? true : never = true;
void EVERY_FACT;

/** A fact path's number in {@link F}; `-1` for `at` (the evaluation date). */
const FACT_NUMBER: ReadonlyMap<FactPath, number> = new Map<FactPath, number>([['at', -1], ...FACT_PATHS.map((p, i) => [p, i] as const)]);
const factNumber = (p: FactPath): number => FACT_NUMBER.get(p) as number;

/**
 * The facts of the applicant being evaluated, by number: each property of the argument read once (by
 * {@link loadFacts}), raw, `undefined` where absent. One scratch array serves every call: evaluation is
 * synchronous and runs no caller code once the facts are loaded.
 */
const F: unknown[] = FACT_PATHS.map(() => undefined);

/** The fact of a number: the raw value read from the applicant, or the evaluation date for `-1`. */
function factAt(i: number): FactValue | undefined {
  return (i < 0 ? CTX.at : F[i]) as FactValue | undefined;
}

/** An object's fields, for the reading (optional chaining on a primitive reads nothing: only objects are walked). */
type Fields = Partial<Record<string, unknown>>;
const asObject = (v: unknown): Fields | undefined => (typeof v === 'object' && v !== null ? (v as Fields) : undefined);

/**
 * Reads the applicant argument's facts into {@link F}, field by field (named property reads: this runs once per
 * applicant), each property once, in {@link FACT_PATHS} order. Every value is read into a local first and
 * stored only once all are read: a getter that evaluates another applicant cannot mix its facts in.
 */
function loadFacts(o: Fields): void {
  const group = o['group'];
  const legalForm = o['legalForm'];
  const sizeClass = o['sizeClass'];
  const location = asObject(o['location']);
  const unitKind = location?.['unitKind'];
  const wardParent = location?.['wardParent'];
  const cityClass = location?.['cityClass'];
  const convertedFromCommuneOn = location?.['convertedFromCommuneOn'];
  const centrallyRunCity = location?.['centrallyRunCity'];
  const inRecognisedCraftVillage = location?.['inRecognisedCraftVillage'];
  const difficulty = location?.['difficulty'];
  const highlandIslandBorderOrEthnicMinority = location?.['highlandIslandBorderOrEthnicMinority'];
  const poorDistrict = location?.['poorDistrict'];
  const newRuralCommune = location?.['newRuralCommune'];
  const industry = o['industry'];
  const owner = asObject(o['owner']);
  const womenOwned = owner?.['womenOwned'];
  const ethnicMinorityOwned = owner?.['ethnicMinorityOwned'];
  const requestedItem = o['requestedItem'];
  const typicalProduct = asObject(o['typicalProduct']);
  const level = typicalProduct?.['level'];
  const certificateLevel = typicalProduct?.['certificateLevel'];
  const lowerRoundHeld = typicalProduct?.['lowerRoundHeld'];
  const decision = asObject(o['appraisal'])?.['decision'];
  const planYear = o['planYear'];
  const priority = asObject(o['priority']);
  const exportProduct = priority?.['exportProduct'];
  const localMaterials = priority?.['localMaterials'];
  const workers = priority?.['workers'];
  const supportingIndustryProduct = priority?.['supportingIndustryProduct'];
  const clayBrickKiln = o['clayBrickKiln'];
  const f = F;
  f[0] = group;
  f[1] = legalForm;
  f[2] = sizeClass;
  f[3] = unitKind;
  f[4] = wardParent;
  f[5] = cityClass;
  f[6] = convertedFromCommuneOn;
  f[7] = centrallyRunCity;
  f[8] = inRecognisedCraftVillage;
  f[9] = difficulty;
  f[10] = highlandIslandBorderOrEthnicMinority;
  f[11] = poorDistrict;
  f[12] = newRuralCommune;
  f[13] = industry;
  f[14] = womenOwned;
  f[15] = ethnicMinorityOwned;
  f[16] = requestedItem;
  f[17] = level;
  f[18] = certificateLevel;
  f[19] = lowerRoundHeld;
  f[20] = decision;
  f[21] = planYear;
  f[22] = exportProduct;
  f[23] = localMaterials;
  f[24] = workers;
  f[25] = supportingIndustryProduct;
  f[26] = clayBrickKiln;
}

/**
 * Loads the facts of an applicant argument of any JSON value; a non-object applicant, a Proxy or a getter that
 * throws gives a bilingual {@link KhuyenCongError} `eligibility.invalid-applicant`, never a TypeError.
 */
function loadApplicant(input: unknown, where: Where): void {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) badApplicant(input, where);
    loadFacts(input as Fields);
  } catch (e) {
    if (e instanceof KhuyenCongError) throw e;
    badApplicant(input, where);
  }
}

/**
 * Reads the applicant argument into a fresh plain applicant holding only the facts the rules read (every
 * {@link FactPath} but `at`; each property read once; a group object only when one of its facts is present).
 * Any JSON value is accepted where a fact is expected (a value outside a fact's domain counts as missing); a
 * non-object applicant, a Proxy or a getter that throws gives a bilingual {@link KhuyenCongError}
 * `eligibility.invalid-applicant`, never a TypeError.
 * @internal
 */
export function readApplicant(input: unknown, path: readonly (string | number)[] = []): Applicant {
  loadApplicant(input, path);
  const out: Fields = {};
  for (let i = 0; i < FACT_PATHS.length; i++) {
    const v = F[i];
    if (v === undefined) continue;
    const p = FACT_PATHS[i] as string;
    const dot = p.indexOf('.');
    if (dot < 0) out[p] = v;
    else ((out[p.slice(0, dot)] ??= {}) as Fields)[p.slice(dot + 1)] = v;
  }
  return out as Applicant;
}

/** Whether one of these facts is present. */
function anyFact(numbers: readonly number[]): boolean {
  for (let i = 0; i < numbers.length; i++) if (F[numbers[i] as number] !== undefined) return true;
  return false;
}

/**
 * The applicant of {@link F} as an {@link Applicant} for the derived inputs' `read` (no copy): each fact a
 * getter of {@link F}, a group (`location`, …) `undefined` when none of its facts is present, as in the copy
 * {@link readApplicant} makes.
 */
const VIEW: Applicant = (() => {
  const root: Fields = {};
  const groups = new Map<string, { readonly sub: Fields; readonly members: number[] }>();
  FACT_PATHS.forEach((p, i) => {
    const dot = p.indexOf('.');
    if (dot < 0) {
      Object.defineProperty(root, p, { enumerable: true, get: () => F[i] });
      return;
    }
    const name = p.slice(0, dot);
    let g = groups.get(name);
    if (g === undefined) {
      const group = { sub: {}, members: [] as number[] };
      groups.set(name, (g = group));
      Object.defineProperty(root, name, { enumerable: true, get: () => (anyFact(group.members) ? group.sub : undefined) });
    }
    g.members.push(i);
    Object.defineProperty(g.sub, p.slice(dot + 1), { enumerable: true, get: () => F[i] });
  });
  for (const g of groups.values()) Object.freeze(g.sub);
  return Object.freeze(root) as Applicant;
})();

/** Where an applicant argument is: the top (`undefined`), an index in a list, or a field path (no array per call). */
type Where = number | readonly (string | number)[] | undefined;

/** Refuses an applicant argument, at its place. */
function badApplicant(input: unknown, where: Where): never {
  return fail('eligibility.invalid-applicant', M.invalidApplicant({ value: showValue(input) }), where === undefined ? [] : typeof where === 'number' ? [where] : where);
}

/** Options of the internal evaluation. @internal */
export interface EvaluateOptions {
  /** Include the discretionary (appraisal) rules. */
  readonly discretionary: boolean;
}

/** The number of the `requestedItem` fact (the item tables apply only when it is present). */
const REQUESTED_ITEM = factNumber('requestedItem');


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

/**
 * The reasons of a table whose facts include a derived input's facts (read from the applicant or the date),
 * under one cache key: each with the values of those facts, compared on a hit. At most
 * {@link DERIVED_PER_KEY} per key, the oldest replaced.
 */
interface DerivedReasons {
  readonly values: (FactValue | undefined)[][];
  readonly reasons: EligibilityReason[];
  next: number;
}
const DERIVED_PER_KEY = 8;

/** A compiled table with the engine's cache of its decided reasons. */
interface PlannedTable {
  readonly ct: CompiledTable;
  /** The input positions whose fact is their own value: a reason reading only these is cached by its key. */
  readonly simple: number;
  /**
   * Decided reasons already built, keyed by the values of the table's inputs: frozen, shared. An array indexed
   * by the key where the key space is small (at most {@link ARRAY_KEYS}), a map otherwise.
   */
  readonly reasons: (EligibilityReason | undefined)[] | Map<number, EligibilityReason>;
  /** Decided reasons with derived facts, by key, each with its facts' values: frozen, shared. */
  readonly derived: Map<number, DerivedReasons>;
  /** Whether the table applies only when an item is requested (`scope: 'requested-item'`). */
  readonly itemOnly: boolean;
  /** Per row, its outcome as a number: {@link NOT_APPLICABLE}, {@link PASSED}, {@link FAILED} or {@link REVIEW}. */
  readonly outcomes: Int8Array;
}
/** The largest key space whose reasons are kept in an array indexed by the key. */
const ARRAY_KEYS = 4096;
const NOT_APPLICABLE = 0;
const PASSED = 1;
const FAILED = 2;
const REVIEW = 3;
const OUTCOME_CODE: { readonly [K in RowOutcome]: number } = { 'not-applicable': NOT_APPLICABLE, passed: PASSED, failed: FAILED, review: REVIEW };

/** A priority rule compiled: its flag, its fact's number and its test. */
interface PlannedPriority {
  readonly rule: PriorityRule;
  readonly flag: PriorityFlag;
  readonly fact: number;
  /** The rule's `validFrom`. */
  readonly from: string | undefined;
  /** `undefined`: the fact is `true`; a set: the fact is one of its values; `null`: {@link priorityHolds}. */
  readonly oneOf: ReadonlySet<unknown> | null | undefined;
}

/** Compiles a priority rule's test (what {@link priorityHolds} decides on the fact). */
function plannedPriority(p: PriorityRule): PlannedPriority {
  const w = p.when;
  return Object.freeze({
    rule: p,
    flag: Object.freeze({ id: p.id, fact: p.path, label: p.label, citation: p.citation }),
    fact: factNumber(p.path),
    from: p.validFrom,
    oneOf: w === undefined ? undefined : 'oneOf' in w ? new Set<unknown>(w.oneOf) : null,
  });
}

interface Plan {
  readonly regime: EligibilityRegime;
  readonly tables: readonly PlannedTable[];
  /** The priority rules with their flags and tests, built once. */
  readonly priorities: readonly PlannedPriority[];
  /** The lists of flags already built, by the bit set of the rules that hold: frozen, shared. */
  readonly flagLists: Map<number, readonly PriorityFlag[]>;
  /** What depends on the date alone, for the dates last seen (at most {@link KEPT_DATES}). */
  readonly dates: Map<string, DateRecord>;
}

/** What depends on the evaluation date alone. */
interface DateRecord {
  /** The `regime` reason: frozen, shared. */
  readonly reason: EligibilityReason;
  /** The bit set of the priority rules in force at the date. */
  readonly priorities: number;
}
/** The most dates a plan keeps a {@link DateRecord} for (all are dropped when one more comes). */
const KEPT_DATES = 64;

/** The plans, in the order of {@link REGIMES}. */
const PLANS: readonly Plan[] = REGIMES.map((regime) => {
  must(regime.priorities.length <= 31 ? true : undefined, 'more than 31 priority rules');
  const tables = [...regime.tables, ...ITEM_TABLES].map((t: DecisionTable) => compileTable(t, slotOf));
  return {
    regime,
    tables: tables.map((ct) => {
      // The cache key (decideLazy's mixed-radix value vector) must stay an exact integer.
      const keySpace = ct.inputs.reduce((m, i) => m * (i.values.length + 1), 1);
      must(keySpace <= Number.MAX_SAFE_INTEGER ? true : undefined, `${ct.table.id}: too many input values for a cache key`);
      const simple = ct.inputs.reduce((m, input, k) => (SIMPLE_INPUTS.has(input) ? m | (1 << k) : m), 0);
      return {
        ct,
        simple,
        reasons: keySpace <= ARRAY_KEYS ? new Array<EligibilityReason | undefined>(keySpace).fill(undefined) : new Map<number, EligibilityReason>(),
        derived: new Map<number, DerivedReasons>(),
        itemOnly: ct.table.scope === 'requested-item',
        outcomes: Int8Array.from(ct.table.rows, (r) => OUTCOME_CODE[r.outcome]),
      };
    }),
    priorities: Object.freeze(regime.priorities.map(plannedPriority)),
    flagLists: new Map(),
    dates: new Map(),
  };
});
/**
 * How a slot's facts are reported: 0, an enumerated fact whose value is the domain value; 1, a yes/no fact
 * (`true`/`false`); 2, anything else (a derived input): each of its paths read from the applicant.
 */
const SLOT_FACT_KIND: readonly number[] = SLOT_INPUTS.map((input) => SIMPLE_INPUTS.get(input) ?? 2);
const SLOT_VALUES: readonly ReadonlyMap<unknown, number>[] = SLOT_INPUTS.map((i) => new Map(i.values.map((v, k) => [v, k] as const)));
/** The number of each enumerated or yes/no slot's fact (`-1` for a derived input). */
const SLOT_FACT: Int8Array = Int8Array.from(SLOT_INPUTS, (i, s) => (SLOT_FACT_KIND[s] === 2 ? -1 : factNumber(i.paths[0] as FactPath)));
/** The numbers of each slot's facts (its `paths`). */
const SLOT_PATH_FACTS: readonly Int8Array[] = SLOT_INPUTS.map((i) => Int8Array.from(i.paths, factNumber));
// The yes/no inputs index `yes` 0 and `no` 1 (valueAt relies on it).
must(SLOT_INPUTS.every((i, s) => SLOT_FACT_KIND[s] !== 1 || (i.values[0] === 'yes' && i.values[1] === 'no')) ? true : undefined, 'a yes/no input out of order');
must(SLOT_INPUTS.length <= 31 ? true : undefined, 'more than 31 input slots');

/**
 * The value index of each slot for the applicant being evaluated: -2 not read yet, -1 missing. Facts are
 * lazy: a slot is read only when a row still in play constrains it, then memoised for the call (the
 * five-year conversion count, for one, is computed only for wards of type-1 cities). One scratch array
 * serves every call: evaluation is synchronous and never re-entered (no caller code runs inside it: the
 * facts were read from the argument beforehand).
 */
const VALS = new Int8Array(32);

/**
 * The value index of a slot (read and memoised on first use). An enumerated or yes/no fact is indexed
 * straight from the applicant's value (what its `read` does, in one lookup); a derived input calls `read`
 * on {@link VIEW}.
 */
function valueAt(s: number): number {
  let v = VALS[s] as number;
  if (v === -2) {
    const kind = SLOT_FACT_KIND[s] as number;
    if (kind === 0) v = (SLOT_VALUES[s] as ReadonlyMap<unknown, number>).get(F[SLOT_FACT[s] as number]) ?? -1;
    else if (kind === 1) {
      const x = F[SLOT_FACT[s] as number];
      v = x === true ? 0 : x === false ? 1 : -1;
    } else {
      const x = (SLOT_INPUTS[s] as DecisionInput).read(VIEW, CTX);
      v = x === undefined ? -1 : ((SLOT_VALUES[s] as ReadonlyMap<unknown, number>).get(x) ?? -1);
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
function decideLazy(ct: CompiledTable): void {
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
    const v = valueAt(ct.slots[k] as number);
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
function factsOf(ct: CompiledTable, used: number): Record<string, FactValue> {
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
      const numbers = SLOT_PATH_FACTS[s] as Int8Array;
      for (let p = 0; p < paths.length; p++) {
        const v = factAt(numbers[p] as number);
        if (v !== undefined) facts[paths[p] as FactPath] = v;
      }
    }
  }
  return facts;
}

/** The values of the derived facts of the used positions, in order (scratch of {@link derivedValues}). */
const DV: (FactValue | undefined)[] = [];

/**
 * Gathers the values of the derived inputs' facts among the used positions into {@link DV}; answers their
 * number, or -1 when one of them may not be kept in a shared reason (anything but a boolean, a number or a
 * short string: a caller's object, or a long text).
 */
function derivedValues(pt: PlannedTable, used: number): number {
  const ct = pt.ct;
  const derived = used & ~pt.simple;
  let m = 0;
  let keep = true;
  for (let k = 0; k < ct.inputs.length; k++) {
    if ((derived & (1 << k)) === 0) continue;
    const numbers = SLOT_PATH_FACTS[ct.slots[k] as number] as Int8Array;
    for (let p = 0; p < numbers.length; p++) {
      const v = factAt(numbers[p] as number);
      if (v !== undefined && typeof v !== 'boolean' && typeof v !== 'number' && (typeof v !== 'string' || v.length > 32)) keep = false;
      DV[m++] = v;
    }
  }
  return keep ? m : -1;
}

/** A decided reason of the current decision, built and frozen. */
function newReason(ct: CompiledTable, used: number): EligibilityReason {
  const t = ct.table;
  const r = t.rows[dRow] as DecisionRow;
  return Object.freeze({
    rule: t.rule,
    table: t.id,
    row: dRow + 1,
    status: r.outcome as ReasonStatus,
    facts: Object.freeze(factsOf(ct, used)),
    missing: NO_MISSING,
    citation: r.citation,
    message: r.message,
  });
}

/**
 * The decided reason of a table (dRow, dCandidates), shared from the table's cache: by its key where its facts
 * are the inputs' own values; by its key and the values of its derived facts otherwise.
 */
function decidedReason(pt: PlannedTable): EligibilityReason {
  const ct = pt.ct;
  let used = -1;
  // The values the table read decide which inputs it read, the candidate rows, the row and the facts of its
  // enumerated and yes/no inputs: they are the key (two applicants with the same key go through the same steps).
  if ((dRead & ~pt.simple) !== 0) used = usedPositions(ct, dCandidates);
  const key = dKey;
  if (used < 0 || (used & ~pt.simple) === 0) {
    const byKey = pt.reasons;
    const hit = Array.isArray(byKey) ? byKey[key] : byKey.get(key);
    if (hit !== undefined) return hit;
    const reason = newReason(ct, used < 0 ? usedPositions(ct, dCandidates) : used);
    if (Array.isArray(byKey)) byKey[key] = reason;
    else byKey.set(key, reason);
    return reason;
  }
  // A derived input's facts are read from the applicant or the date: compared with the cached reasons' own.
  const m = derivedValues(pt, used);
  if (m < 0) return newReason(ct, used);
  let bucket = pt.derived.get(key);
  if (bucket !== undefined) {
    for (let b = 0; b < bucket.values.length; b++) {
      // The key decides the inputs used, so every reason under it has as many derived facts (m).
      const values = bucket.values[b] as (FactValue | undefined)[];
      let same = true;
      for (let i = 0; same && i < m; i++) same = values[i] === DV[i];
      if (same) return bucket.reasons[b] as EligibilityReason;
    }
  } else pt.derived.set(key, (bucket = { values: [], reasons: [], next: 0 }));
  const reason = newReason(ct, used);
  const slot = bucket.values.length < DERIVED_PER_KEY ? bucket.values.length : bucket.next;
  bucket.values[slot] = DV.slice(0, m);
  bucket.reasons[slot] = reason;
  bucket.next = (slot + 1) % DERIVED_PER_KEY;
  return reason;
}

const NO_MISSING: readonly FactPath[] = Object.freeze([]);
const NO_PRIORITIES: readonly PriorityFlag[] = Object.freeze([]);

/** The scratch array of {@link evaluateFacts}' reasons (a regime has fewer than 16 tables). */
const REASONS: EligibilityReason[] = [];

/**
 * Evaluates one applicant at a checked date. A decided reason is frozen and shared between results (the same
 * row, candidate rows and facts give the same reason).
 * @internal
 */
export function evaluate(a: Applicant, at: string, options: EvaluateOptions): EligibilityResult {
  loadFacts(a as Fields);
  return evaluateFacts(at, options);
}

/**
 * Reads an applicant argument of any JSON value (`eligibility.invalid-applicant` when it is not an object, or
 * a getter throws: at the top, or at `index` in a list) and evaluates it at a checked date: {@link evaluate}
 * without the copy.
 * @internal
 */
export function evaluateApplicant(input: unknown, index: number | undefined, at: string, options: EvaluateOptions): EligibilityResult {
  loadApplicant(input, index);
  return evaluateFacts(at, options);
}

/** Builds and keeps what depends on the date alone (all dates are dropped when one more than the limit comes). */
function dateRecord(plan: Plan, at: string): DateRecord {
  const regime = plan.regime;
  const reason = Object.freeze({
    rule: 'regime',
    table: null,
    row: null,
    status: 'passed',
    facts: Object.freeze({ at }),
    missing: NO_MISSING,
    citation: regime.citation,
    message: regime.label,
  } satisfies EligibilityReason);
  const priorities = plan.priorities.reduce((m, p, i) => (p.from === undefined || at >= p.from ? m | (1 << i) : m), 0);
  const record: DateRecord = { reason, priorities };
  if (plan.dates.size >= KEPT_DATES) plan.dates.clear();
  plan.dates.set(at, record);
  return record;
}

/** Evaluates the facts in {@link F} at a checked date. */
function evaluateFacts(at: string, options: EvaluateOptions): EligibilityResult {
  let pi = PLANS.length - 1;
  while (pi >= 0 && at < (PLANS[pi] as Plan).regime.validFrom) pi--;
  if (pi < 0) {
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
  const plan = PLANS[pi] as Plan;
  const regime = plan.regime;
  CTX.at = at;
  VALS.fill(-2);
  const day = plan.dates.get(at) ?? dateRecord(plan, at);
  // The reasons gather in a scratch array, copied at the end to an array of their exact number.
  const reasons = REASONS;
  reasons[0] = day.reason;
  let count = 1;
  let failed = false;
  let open = false;
  let missing: FactPath[] | undefined;
  const itemRequested = F[REQUESTED_ITEM] !== undefined;
  const tables = plan.tables;
  for (let ti = 0; ti < tables.length; ti++) {
    const pt = tables[ti] as PlannedTable;
    if (pt.itemOnly && !itemRequested) continue;
    const ct = pt.ct;
    const t = ct.table;
    if (t.discretionary && !options.discretionary) continue;
    decideLazy(ct);
    if (dUnknown) {
      open = true;
      const paths: FactPath[] = [];
      for (let k = 0; k < ct.inputs.length; k++) {
        if ((dMissingPositions & (1 << k)) === 0) continue;
        const all = (ct.inputs[k] as DecisionInput).paths;
        const numbers = SLOT_PATH_FACTS[ct.slots[k] as number] as Int8Array;
        // Name the absent facts of a derived input (a plan year without the conversion date is not missing it).
        const absent = all.filter((_, p) => factAt(numbers[p] as number) === undefined);
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
        facts: factsOf(ct, usedPositions(ct, dCandidates)),
        missing: paths,
        citation: t.citation,
        message: ENGINE_TEXT.undecided,
      };
      continue;
    }
    const outcome = pt.outcomes[dRow] as number;
    if (outcome === NOT_APPLICABLE) continue;
    if (outcome === FAILED) failed = true;
    else if (outcome === REVIEW) open = true;
    reasons[count++] = decidedReason(pt);
  }
  let holding = 0;
  const rules = plan.priorities;
  const inForce = day.priorities;
  for (let i = 0; i < rules.length; i++) {
    if ((inForce & (1 << i)) === 0) continue;
    const p = rules[i] as PlannedPriority;
    const v = factAt(p.fact);
    if (p.oneOf === undefined ? v === true : p.oneOf === null ? priorityHolds(p.rule, v) : p.oneOf.has(v)) holding |= 1 << i;
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
