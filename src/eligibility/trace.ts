/**
 * The decision trace: a versioned, documented JSON form of an {@link EligibilityResult} that a portal can
 * store with a file and show later (`schemaVersion: 'khuyencong.trace.v1'`).
 */
import * as z from 'zod';
import { KhuyenCongError, toSafe, type SafeParseResult } from '../internal/errors.js';
import { guarded } from '../internal/plain.js';
import { readResult } from './readResult.js';
import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import { INSTRUMENT_IDS } from '../policy/instruments.js';
import { issuesFromZod } from '../schema/zodIssues.js';
import { IsoDateSchema } from '../schema/primitives.js';
import type { FactPath } from './Applicant.js';
import type { RuleId } from './DecisionTable.js';
import type { PriorityId } from './EligibilityRegime.js';
import type { EligibilityOutcome, EligibilityReason, EligibilityResult } from './engine.js';
import type { RegimeId } from '../policy/regimes.js';

/** The trace format's version tag. @category Eligibility */
export const TRACE_SCHEMA_VERSION = 'khuyencong.trace.v1';

/**
 * One step of a stored trace: the same fields as {@link EligibilityReason}, which are JSON-safe already.
 * @category Eligibility
 */
export type TraceReason = EligibilityReason;

/**
 * A stored decision, version 1 (JSON-safe: strings, numbers, booleans, arrays, plain objects).
 * @category Eligibility
 */
export interface EligibilityTrace {
  readonly schemaVersion: typeof TRACE_SCHEMA_VERSION;
  readonly at: string;
  readonly outcome: EligibilityOutcome;
  readonly regime: RegimeId | null;
  readonly reasons: readonly TraceReason[];
  readonly missing: readonly FactPath[];
  readonly priorities: readonly {
    readonly id: PriorityId;
    readonly fact: FactPath;
    readonly label: LocalizedText;
    readonly citation: Citation;
  }[];
}

const FACT_PATHS = [
  'at', 'group', 'legalForm', 'sizeClass', 'location.unitKind', 'location.wardParent', 'location.cityClass',
  'location.convertedFromCommuneOn', 'location.centrallyRunCity', 'location.inRecognisedCraftVillage',
  'location.difficulty', 'industry', 'owner.womenOwned', 'owner.ethnicMinorityOwned', 'requestedItem',
  'typicalProduct.level', 'typicalProduct.certificateLevel', 'appraisal.decision', 'planYear',
  'typicalProduct.lowerRoundHeld', 'location.highlandIslandBorderOrEthnicMinority', 'location.poorDistrict',
  'location.newRuralCommune', 'priority.exportProduct', 'priority.localMaterials', 'priority.workers',
  'priority.supportingIndustryProduct', 'clayBrickKiln',
] as const satisfies readonly FactPath[];
const PRIORITY_IDS = [
  'women-owned', 'ethnic-minority-owned', 'area-highland-island-border-ethnic', 'area-poor-district',
  'area-new-rural-commune', 'area-difficult', 'industry-certified-typical-product', 'industry-export',
  'industry-local-materials', 'industry-labour-intensive', 'industry-supporting', 'industry-agro-processing',
] as const satisfies readonly PriorityId[];
const RULES = [
  'regime', 'beneficiary.group', 'beneficiary.legal-form', 'beneficiary.location', 'industry',
  'item.enterprise-founding', 'item.typical-product-entry', 'item.appraisal', 'industry.clay-brick-kiln',
] as const satisfies readonly RuleId[];

const Localized = z.strictObject({ vi: z.string(), en: z.string() });
const CitationSchema = z.strictObject({
  instrument: z.enum(INSTRUMENT_IDS as unknown as [string, ...string[]]),
  article: z.number().int().positive().optional(),
  clause: z.number().int().positive().optional(),
  point: z.string().min(1).max(2).optional(),
  annex: z.number().int().positive().optional(),
  asAmendedBy: z.enum(INSTRUMENT_IDS as unknown as [string, ...string[]]).optional(),
  confidence: z.enum(['verified-from-text', 'secondary']),
  articleConfirmed: z.boolean().optional(),
  sources: z.array(z.string()).optional(),
});
const FactPathSchema = z.enum(FACT_PATHS);

/**
 * The zod schema of a stored trace, version 1.
 * @category Eligibility
 */
export const EligibilityTraceSchema = z.strictObject({
  schemaVersion: z.literal(TRACE_SCHEMA_VERSION),
  at: IsoDateSchema,
  outcome: z.enum(['eligible', 'ineligible', 'needs-review']),
  regime: z.enum(['ND45-2012', 'ND45-as-amended-ND235']).nullable(),
  reasons: z.array(
    z.strictObject({
      rule: z.enum(RULES),
      table: z.string().nullable(),
      row: z.number().int().positive().nullable(),
      status: z.enum(['passed', 'failed', 'unknown', 'review']),
      facts: z.partialRecord(FactPathSchema, z.union([z.string(), z.boolean(), z.number().int()])),
      missing: z.array(FactPathSchema),
      citation: CitationSchema,
      message: Localized,
    }),
  ),
  missing: z.array(FactPathSchema),
  priorities: z.array(
    z.strictObject({ id: z.enum(PRIORITY_IDS), fact: FactPathSchema, label: Localized, citation: CitationSchema }),
  ),
});

/**
 * The JSON Schema (draft 2020-12) of a stored trace, for portals that validate outside TypeScript.
 * @returns a JSON Schema object.
 * @category Eligibility
 * @example
 * traceJsonSchema().type; // 'object'
 */
export function traceJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(EligibilityTraceSchema, { io: 'input' }) as Record<string, unknown>;
}

const copyCitation = (c: Citation): Citation => ({ ...c, ...(c.sources === undefined ? {} : { sources: [...c.sources] }) });

/**
 * Converts a result to its stored form: a fresh, plain JSON-safe object (`JSON.stringify` it as is).
 * @param input - a result of {@link checkEligibility}.
 * @returns the trace, `schemaVersion: 'khuyencong.trace.v1'`.
 * @throws {@link KhuyenCongError} `eligibility.invalid-trace` (with the path of the field) for a value that is not
 *   a result; `input.unreadable`, `input.cyclic` or `input.too-deep` for one that cannot be read as data.
 * @category Eligibility
 * @example
 * const t = toTrace(checkEligibility({ group: 'CCN_INFRA_INVESTOR' }, { at: '2020-01-01' }));
 * t.schemaVersion; // 'khuyencong.trace.v1'
 * t.outcome; // 'ineligible'
 */
export function toTrace(input: EligibilityResult): EligibilityTrace {
  // Read once and checked: a value outside the type is `eligibility.invalid-trace`, never a TypeError.
  const result = readResult(input);
  return {
    schemaVersion: TRACE_SCHEMA_VERSION,
    at: result.at,
    outcome: result.outcome,
    regime: result.regime,
    reasons: result.reasons.map((r) => ({
      rule: r.rule,
      table: r.table,
      row: r.row,
      status: r.status,
      facts: { ...r.facts },
      missing: [...r.missing],
      citation: copyCitation(r.citation),
      message: { vi: r.message.vi, en: r.message.en },
    })),
    missing: [...result.missing],
    priorities: result.priorities.map((p) => ({ id: p.id, fact: p.fact, label: { vi: p.label.vi, en: p.label.en }, citation: copyCitation(p.citation) })),
  };
}

/**
 * Reads a stored trace back: a JSON string or an already parsed value.
 * @param input - the stored trace.
 * @returns the trace.
 * @throws {@link KhuyenCongError} when it is not valid JSON or not a `khuyencong.trace.v1` trace, naming
 *   the field in Vietnamese and English.
 * @category Eligibility
 * @example
 * const stored = JSON.stringify(toTrace(checkEligibility({ group: 'CCN_INFRA_INVESTOR' }, { at: '2020-01-01' })));
 * parseTrace(stored).outcome; // 'ineligible'
 */
export function parseTrace(input: unknown): EligibilityTrace {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      throw new KhuyenCongError([
        { code: 'eligibility.invalid-trace', path: [], message: { vi: 'Bản ghi giải trình không phải JSON hợp lệ.', en: 'The decision trace is not valid JSON.' } },
      ]);
    }
  }
  // A trace that cannot be read (a revoked Proxy, a getter that throws) is `input.unreadable`, with its path.
  return guarded(value, () => {
    const r = EligibilityTraceSchema.safeParse(value, { reportInput: true });
    if (!r.success) {
      throw new KhuyenCongError(issuesFromZod(r.error.issues).map((i) => ({ ...i, code: 'eligibility.invalid-trace' })));
    }
    return r.data as EligibilityTrace;
  });
}

/**
 * Like {@link parseTrace}, but returns `{ success, data | error }` instead of throwing.
 * @param input - the stored trace.
 * @returns the trace or the error.
 * @category Eligibility
 * @example
 * safeParseTrace('{"schemaVersion":"khuyencong.trace.v0"}').success; // false
 */
export function safeParseTrace(input: unknown): SafeParseResult<EligibilityTrace> {
  return toSafe(parseTrace)(input);
}
