/**
 * Decision tables: rows of conditions over enumerated inputs → an outcome with its message and citation,
 * under a named hit policy (DMN's UNIQUE or FIRST). Tables are data; this module compiles them once into
 * bit masks and evaluates them with three-valued logic, so a missing fact yields `unknown` plus the field
 * paths that would decide it, never a guess.
 */
import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import type { Applicant, FactPath } from './Applicant.js';

/**
 * How a table picks its row (DMN hit policies): `UNIQUE`, at most one row matches any input; `FIRST`,
 * rows may overlap and the first matching row in order wins.
 * @category Eligibility
 */
export type HitPolicy = 'UNIQUE' | 'FIRST';

/**
 * What a row decides: the condition is met (`passed`), not met (`failed`), left to human judgement
 * (`review`), or the rule does not concern this applicant (`not-applicable`, left out of the reasons).
 * @category Eligibility
 */
export type RowOutcome = 'passed' | 'failed' | 'review' | 'not-applicable';

/** The evaluation context of a decision table: the date of evaluation. @category Eligibility */
export interface EvalContext {
  readonly at: string;
}

/**
 * One input column of a decision table: an enumerated fact, or a value derived from facts and the date.
 * @category Eligibility
 */
export interface DecisionInput {
  /** A stable id, usually the fact path (`'location.unitKind'`). */
  readonly id: string;
  readonly label: LocalizedText;
  /** The facts this input reads (reported as `facts` and `missing`). */
  readonly paths: readonly FactPath[];
  /** The input's domain, in display order. */
  readonly values: readonly string[];
  readonly valueLabels: { readonly [value: string]: LocalizedText };
  /** Reads the value from the applicant: a domain value, or `undefined` when the fact is missing. */
  readonly read: (applicant: Applicant, ctx: EvalContext) => string | undefined;
}

/**
 * One row: for each constrained input, the values that match (an input not named matches anything).
 * @category Eligibility
 */
export interface DecisionRow {
  readonly when: { readonly [inputId: string]: readonly string[] };
  readonly outcome: RowOutcome;
  readonly message: LocalizedText;
  readonly citation: Citation;
}

/**
 * A decision table of one rule.
 * @category Eligibility
 */
export interface DecisionTable {
  /** Unique id, `<regime or scope>/<rule>`. */
  readonly id: string;
  /** The rule the table decides (shared by the regimes' versions of it). */
  readonly rule: RuleId;
  readonly title: LocalizedText;
  readonly hitPolicy: HitPolicy;
  /** `always`, or only when the applicant requests an item (`requestedItem`). */
  readonly scope: 'always' | 'requested-item';
  /** Whether the rule is the appraisal council's judgement rather than a legal condition. */
  readonly discretionary: boolean;
  readonly inputs: readonly DecisionInput[];
  readonly rows: readonly DecisionRow[];
  /** Cited when the table cannot decide (a fact is missing). */
  readonly citation: Citation;
}

/**
 * The rules of the engine. Each regime provides its own table for the beneficiary and industry rules;
 * the item rules are shared and take the date as an input.
 * @category Eligibility
 */
export type RuleId =
  | 'regime'
  | 'beneficiary.group'
  | 'beneficiary.legal-form'
  | 'beneficiary.location'
  | 'industry'
  | 'industry.clay-brick-kiln'
  | 'item.enterprise-founding'
  | 'item.typical-product-entry'
  | 'item.appraisal';

/** A table compiled to masks. @internal */
export interface CompiledTable {
  readonly table: DecisionTable;
  readonly inputs: readonly DecisionInput[];
  /** Per input position: the slot of its value in the value array `decide` reads. */
  readonly slots: Int8Array;
  /** Per input: value → index. */
  readonly index: readonly ReadonlyMap<string, number>[];
  /** Per row: constrained input slots and their allowed-value masks. */
  readonly rowInputs: readonly Int8Array[];
  readonly rowMasks: readonly Int32Array[];
  /**
   * Per input position, per value index: the bit set of the rows that value allows (a row that does not
   * constrain the input allows every value). The rows matching known values are the AND of these sets.
   */
  readonly compat: readonly Int32Array[];
  /** Per input position: the bit set of the rows that constrain the input (read it only for these). */
  readonly constrainedBy: Int32Array;
  /** The bit set of all rows. */
  readonly allRows: number;
  /** Per row: the bit set of the rows with the same outcome. */
  readonly sameOutcome: Int32Array;
}

/**
 * Compiles a table; throws on a row that names an unknown input or value (a bug in the data).
 * `slotOf` places each input in the value array that {@link decide} reads (default: its position).
 * @internal
 */
export function compileTable(
  table: DecisionTable,
  slotOf: (input: DecisionInput, position: number) => number = (_i, p) => p,
): CompiledTable {
  const slots = Int8Array.from(table.inputs.map((input, p) => slotOf(input, p)));
  const index = table.inputs.map((input) => {
    if (input.values.length > MAX_VALUES) throw new Error(`${table.id}: input ${input.id} has more than ${String(MAX_VALUES)} values`);
    return new Map(input.values.map((v, i) => [v, i] as const));
  });
  if (table.rows.length > 31) throw new Error(`${table.id}: more than 31 rows`);
  const rowInputs: Int8Array[] = [];
  const rowMasks: Int32Array[] = [];
  table.rows.forEach((row, r) => {
    const positions: number[] = [];
    const masks: number[] = [];
    for (const [id, allowed] of Object.entries(row.when)) {
      const pos = table.inputs.findIndex((i) => i.id === id);
      if (pos < 0) throw new Error(`${table.id} row ${String(r + 1)}: unknown input ${id}`);
      // Two 31-bit words per constraint: values 0–30 in the first, 31–61 in the second.
      let lo = 0;
      let hi = 0;
      for (const v of allowed) {
        const vi = index[pos]?.get(v);
        if (vi === undefined) throw new Error(`${table.id} row ${String(r + 1)}: ${id} has no value ${v}`);
        if (vi < WORD_BITS) lo |= 1 << vi;
        else hi |= 1 << (vi - WORD_BITS);
      }
      positions.push(slots[pos] as number);
      masks.push(lo, hi);
    }
    rowInputs.push(Int8Array.from(positions));
    rowMasks.push(Int32Array.from(masks));
  });
  const allRows = table.rows.length === 0 ? 0 : (2 ** table.rows.length - 1) | 0;
  const constrainedBy = Int32Array.from(table.inputs, (input) => rowsWhere(table, (row) => row.when[input.id] !== undefined));
  const compat = table.inputs.map((input) =>
    Int32Array.from(input.values, (v) => rowsWhere(table, (row) => row.when[input.id]?.includes(v) ?? true)),
  );
  const sameOutcome = Int32Array.from(table.rows, (r) => rowsWhere(table, (row) => row.outcome === r.outcome));
  return Object.freeze({ table, inputs: table.inputs, slots, index, rowInputs, rowMasks, compat, constrainedBy, allRows, sameOutcome });
}

/** The bit set of a table's rows that satisfy a test. */
function rowsWhere(table: DecisionTable, test: (row: DecisionRow) => boolean): number {
  let m = 0;
  table.rows.forEach((row, r) => {
    if (test(row)) m |= 1 << r;
  });
  return m;
}

/** Bits per mask word (31 keeps every word a positive Int32). */
const WORD_BITS = 31;
/** The most values one input may have: two mask words (the policy catalogue's support items exceed 31). */
const MAX_VALUES = 2 * WORD_BITS;

/** How one row relates to the values (indexed by slot): 0 no match, 1 match, 2 depends on a missing value. @internal */
export function rowMatch(ct: CompiledTable, r: number, vals: ArrayLike<number>): 0 | 1 | 2 {
  const positions = ct.rowInputs[r] as Int8Array;
  const masks = ct.rowMasks[r] as Int32Array;
  let result: 0 | 1 | 2 = 1;
  for (let k = 0; k < positions.length; k++) {
    const v = vals[positions[k] as number] as number;
    if (v < 0) result = 2;
    else if (v < WORD_BITS ? ((masks[2 * k] as number) & (1 << v)) === 0 : ((masks[2 * k + 1] as number) & (1 << (v - WORD_BITS))) === 0) return 0;
  }
  return result;
}

/** The decision of a table for one applicant. @internal */
export interface TableDecision {
  /** The outcome, or `unknown` when the candidate rows disagree because of missing values. */
  readonly outcome: RowOutcome | 'unknown';
  /**
   * The deciding row (0-based), whose conditions all hold for the known facts; for `unknown`, the first
   * candidate row; `-1` when no row matches.
   */
  readonly row: number;
  /** Bit set of the slots whose missing value leaves the decision open. */
  readonly missingInputs: number;
  /** Bit set of the candidate rows (matching or possibly matching) that the decision rests on. */
  readonly candidates: number;
}

/**
 * Evaluates a compiled table on value indexes by slot (`-1` = missing) with three-valued logic.
 * Candidate rows are the rows that match or might match (FIRST: up to the first certain match). The
 * decision stands when all candidates agree and one of them matches for certain (that row is cited: its
 * conditions all hold for the known facts); otherwise it is `unknown` and names the missing inputs.
 * @internal
 */
export function decide(ct: CompiledTable, vals: ArrayLike<number>): TableDecision {
  const rows = ct.table.rows;
  const first = ct.table.hitPolicy === 'FIRST';
  let firstCandidate = -1;
  let sure = -1;
  let agreed: RowOutcome | undefined;
  let disagree = false;
  let maybeMask = 0;
  let candidates = 0;
  for (let r = 0; r < rows.length; r++) {
    const m = rowMatch(ct, r, vals);
    if (m === 0) continue;
    candidates |= 1 << r;
    const outcome = (rows[r] as DecisionRow).outcome;
    if (firstCandidate < 0) firstCandidate = r;
    if (agreed === undefined) agreed = outcome;
    else if (agreed !== outcome) disagree = true;
    if (m === 2) {
      const positions = ct.rowInputs[r] as Int8Array;
      for (let k = 0; k < positions.length; k++) {
        const p = positions[k] as number;
        if ((vals[p] as number) < 0) maybeMask |= 1 << p;
      }
    } else {
      if (sure < 0) sure = r;
      if (first) break;
    }
  }
  if (agreed === undefined) return { outcome: 'unknown', row: -1, missingInputs: 0, candidates };
  // A row is cited only when the known facts satisfy every one of its conditions. When the candidates
  // disagree, or agree but none is certain (each depends on a missing fact), a missing fact could change
  // the matching row: the decision stays open and names the missing inputs, never a guessed row.
  if (disagree || sure < 0) return { outcome: 'unknown', row: firstCandidate, missingInputs: maybeMask, candidates };
  return { outcome: agreed, row: sure, missingInputs: 0, candidates };
}
