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
import { compileTable, decide, type CompiledTable, type DecisionInput, type DecisionTable, type EvalContext, type RuleId } from './DecisionTable.js';
import type { RegimeId } from '../policy/regimes.js';
import type { EligibilityRegime, PriorityId, PriorityRule } from './EligibilityRegime.js';
import { must } from './catalogue.js';
import { readFact } from './inputs.js';
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

interface Plan {
  readonly regime: EligibilityRegime;
  readonly tables: readonly CompiledTable[];
}

const PLANS = new Map<RegimeId, Plan>();
for (const regime of REGIMES) {
  PLANS.set(regime.id, {
    regime,
    tables: [...regime.tables, ...ITEM_TABLES].map((t: DecisionTable) => compileTable(t, slotOf)),
  });
}
const SLOT_VALUES: readonly ReadonlyMap<string, number>[] = SLOT_INPUTS.map((i) => new Map(i.values.map((v, k) => [v, k] as const)));
must(SLOT_INPUTS.length <= 31 ? true : undefined, 'more than 31 input slots');

/** Checks the evaluation date; throws a bilingual error naming `at`. @internal */
export function checkDate(at: unknown): string {
  return checkAcceptedDate(at, ['at']);
}

/** Every applicant fact path (the evaluation date aside), for {@link readApplicant}. */
const APPLICANT_PATHS: readonly Exclude<FactPath, 'at'>[] = Object.freeze([
  'group', 'legalForm', 'sizeClass', 'location.unitKind', 'location.wardParent', 'location.cityClass',
  'location.convertedFromCommuneOn', 'location.centrallyRunCity', 'location.inRecognisedCraftVillage',
  'location.difficulty', 'industry', 'owner.womenOwned', 'owner.ethnicMinorityOwned', 'requestedItem',
  'typicalProduct.level', 'typicalProduct.certificateLevel', 'typicalProduct.lowerRoundHeld', 'appraisal.decision',
  'planYear', 'location.highlandIslandBorderOrEthnicMinority', 'location.poorDistrict', 'location.newRuralCommune',
  'priority.exportProduct', 'priority.localMaterials', 'priority.workers', 'priority.supportingIndustryProduct', 'clayBrickKiln',
] as const);

/**
 * Reads the applicant argument into a fresh plain applicant holding only the facts the rules read. Any
 * JSON value is accepted where a fact is expected (a value outside a fact's domain counts as missing);
 * a non-object applicant, a Proxy or a getter that throws gives a bilingual {@link KhuyenCongError}
 * `eligibility.invalid-applicant`, never a TypeError.
 * @internal
 */
export function readApplicant(input: unknown, path: readonly (string | number)[] = []): Applicant {
  const bad = (): never => fail('eligibility.invalid-applicant', M.invalidApplicant({ value: showValue(input) }), path);
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return bad();
    const out: Record<string, unknown> = {};
    const ctx: EvalContext = { at: '' };
    for (const p of APPLICANT_PATHS) {
      // Optional chaining on a primitive (location: 5) reads undefined; only objects are walked.
      const dot = p.indexOf('.');
      if (dot >= 0) {
        const head = p.slice(0, dot);
        const parent = (input as Record<string, unknown>)[head];
        if (typeof parent !== 'object' || parent === null) continue;
      }
      const v = readFact(input as Applicant, p, ctx);
      if (v === undefined) continue;
      if (dot < 0) out[p] = v;
      else ((out[p.slice(0, dot)] ??= {}) as Record<string, unknown>)[p.slice(dot + 1)] = v;
    }
    return out as Applicant;
  } catch (e) {
    if (e instanceof KhuyenCongError) throw e;
    return bad();
  }
}

/** Options of the internal evaluation. @internal */
export interface EvaluateOptions {
  /** Include the discretionary (appraisal) rules. */
  readonly discretionary: boolean;
}

/** The known facts read by the candidate rows' conditions. */
function factsOf(ct: CompiledTable, rows: number, a: Applicant, ctx: EvalContext, vals: Int8Array): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {};
  let used = 0;
  for (let r = 0; r < ct.rowInputs.length; r++) {
    if ((rows & (1 << r)) === 0) continue;
    const slots = ct.rowInputs[r] as Int8Array;
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k] as number;
      if ((vals[s] as number) >= 0) used |= 1 << s;
    }
  }
  for (let k = 0; k < ct.slots.length; k++) {
    const s = ct.slots[k] as number;
    if ((used & (1 << s)) === 0) continue;
    const paths = (SLOT_INPUTS[s] as DecisionInput).paths;
    for (let p = 0; p < paths.length; p++) {
      const path = paths[p] as FactPath;
      const v = readFact(a, path, ctx);
      if (v !== undefined) facts[path] = v;
    }
  }
  return facts;
}

const NO_MISSING: readonly FactPath[] = Object.freeze([]);
const NO_PRIORITIES: readonly PriorityFlag[] = Object.freeze([]);

/**
 * Evaluates one applicant at a checked date.
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
  const vals = new Int8Array(SLOT_INPUTS.length);
  for (let s = 0; s < SLOT_INPUTS.length; s++) {
    const v = (SLOT_INPUTS[s] as DecisionInput).read(a, ctx);
    vals[s] = v === undefined ? -1 : ((SLOT_VALUES[s] as ReadonlyMap<string, number>).get(v) ?? -1);
  }
  const reasons: EligibilityReason[] = [
    { rule: 'regime', table: null, row: null, status: 'passed', facts: { at }, missing: NO_MISSING, citation: regime.citation, message: regime.label },
  ];
  let failed = false;
  let open = false;
  let missing: FactPath[] | undefined;
  const itemRequested = a.requestedItem !== undefined;
  for (const ct of plan.tables) {
    const t = ct.table;
    if (t.scope === 'requested-item' && !itemRequested) continue;
    if (t.discretionary && !options.discretionary) continue;
    const d = decide(ct, vals);
    if (d.outcome === 'not-applicable') continue;
    if (d.outcome === 'unknown') {
      open = true;
      const paths: FactPath[] = [];
      for (let k = 0; k < ct.inputs.length; k++) {
        if ((d.missingInputs & (1 << (ct.slots[k] as number))) === 0) continue;
        const all = (ct.inputs[k] as DecisionInput).paths;
        // Name the absent facts of a derived input (a plan year without the conversion date is not missing it).
        const absent = all.filter((p) => readFact(a, p, ctx) === undefined);
        for (const p of absent.length > 0 ? absent : all) {
          if (!paths.includes(p)) paths.push(p);
          missing ??= [];
          if (!missing.includes(p)) missing.push(p);
        }
      }
      reasons.push({
        rule: t.rule,
        table: t.id,
        row: null,
        status: 'unknown',
        facts: factsOf(ct, d.candidates, a, ctx, vals),
        missing: paths,
        citation: t.citation,
        message: ENGINE_TEXT.undecided,
      });
      continue;
    }
    if (d.outcome === 'failed') failed = true;
    else if (d.outcome === 'review') open = true;
    const r = t.rows[d.row] as DecisionTable['rows'][number];
    reasons.push({
      rule: t.rule,
      table: t.id,
      row: d.row + 1,
      status: d.outcome,
      facts: factsOf(ct, d.candidates, a, ctx, vals),
      missing: NO_MISSING,
      citation: r.citation,
      message: r.message,
    });
  }
  let priorities: PriorityFlag[] | undefined;
  for (const p of regime.priorities) {
    if (p.validFrom !== undefined && at < p.validFrom) continue;
    if (priorityHolds(p, readFact(a, p.path, ctx))) (priorities ??= []).push({ id: p.id, fact: p.path, label: p.label, citation: p.citation });
  }
  return {
    at,
    outcome: failed ? 'ineligible' : open ? 'needs-review' : 'eligible',
    regime: regime.id,
    reasons,
    missing: missing ?? NO_MISSING,
    priorities: priorities ?? NO_PRIORITIES,
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
