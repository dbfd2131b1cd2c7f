/**
 * The boundary: validates untrusted input (a form post, a JSON file) into an {@link Applicant}, with
 * bilingual errors naming the field, through the shared zod toolkit (src/schema: `parseWith` and its issue
 * converter, the same codes as every other parser). zod lives here only; the engine core does not import it.
 */
import * as z from 'zod';
import { toSafe, type SafeParseResult } from '../internal/errors.js';
import { parseWith } from '../schema/parseWith.js';
import { IsoDateSchema } from '../schema/primitives.js';
import type { Applicant } from './Applicant.js';
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
  type LabelTable,
} from './vocabulary.js';

/** The schema of one enumerated fact: its vocabulary's ids, typed as the fact's type. */
const oneOf = <K extends string>(labels: LabelTable<K>) => z.enum(valuesOf(labels) as readonly K[] as readonly [K, ...K[]]);
const isoDate = IsoDateSchema;

/**
 * The zod schema of an {@link Applicant} (strict: unknown fields are errors, so a typo is caught).
 * @category Eligibility
 * @example
 * ApplicantSchema.safeParse({ unknown: 1 }).success; // false
 */
export const ApplicantSchema = z.strictObject({
  group: oneOf(BENEFICIARY_GROUP_LABELS).exactOptional(),
  legalForm: oneOf(LEGAL_FORM_LABELS).exactOptional(),
  sizeClass: oneOf(SIZE_CLASS_LABELS).exactOptional(),
  location: z
    .strictObject({
      unitKind: oneOf(UNIT_KIND_LABELS).exactOptional(),
      wardParent: oneOf(WARD_PARENT_LABELS).exactOptional(),
      cityClass: oneOf(CITY_CLASS_LABELS).exactOptional(),
      convertedFromCommuneOn: isoDate.exactOptional(),
      centrallyRunCity: z.boolean().exactOptional(),
      inRecognisedCraftVillage: z.boolean().exactOptional(),
      difficulty: oneOf(DIFFICULTY_LABELS).exactOptional(),
      highlandIslandBorderOrEthnicMinority: z.boolean().exactOptional(),
      poorDistrict: z.boolean().exactOptional(),
      newRuralCommune: z.boolean().exactOptional(),
    })
    .exactOptional(),
  industry: oneOf(INDUSTRY_LABELS).exactOptional(),
  owner: z.strictObject({ womenOwned: z.boolean().exactOptional(), ethnicMinorityOwned: z.boolean().exactOptional() }).exactOptional(),
  requestedItem: oneOf(REQUESTED_ITEM_LABELS).exactOptional(),
  typicalProduct: z
    .strictObject({
      level: oneOf(SELECTION_LEVEL_LABELS).exactOptional(),
      certificateLevel: oneOf(CERTIFICATE_LEVEL_LABELS).exactOptional(),
      lowerRoundHeld: z.boolean().exactOptional(),
    })
    .exactOptional(),
  appraisal: z.strictObject({ decision: oneOf(APPRAISAL_DECISION_LABELS).exactOptional() }).exactOptional(),
  planYear: z.int().min(1900).max(2999).exactOptional(),
  priority: z
    .strictObject({
      exportProduct: z.boolean().exactOptional(),
      localMaterials: z.boolean().exactOptional(),
      workers: z.int().min(0).max(Number.MAX_SAFE_INTEGER).exactOptional(),
      supportingIndustryProduct: z.boolean().exactOptional(),
    })
    .exactOptional(),
  clayBrickKiln: z.boolean().exactOptional(),
}) satisfies z.ZodType<Applicant>;

/**
 * Validates untrusted input into an {@link Applicant}.
 * @param input - any value (for example a parsed JSON body).
 * @returns the applicant (a new, deeply frozen object; the input is not modified).
 * @throws {@link KhuyenCongError} listing every problem with its field path, in Vietnamese and English, with the
 *   codes of the shared converter (`issuesFromZod`): `schema.invalid-value` (a value not in the vocabulary, listing
 *   the allowed ones), `schema.invalid-type` (a wrong type, a fraction where a whole number is needed),
 *   `schema.too-small` / `schema.too-big` (`planYear` outside 1900–2999, a negative `priority.workers`),
 *   `schema.unknown-key` (a field the applicant does not have), `schema.missing` (a field given as `undefined`),
 *   `date.invalid`; `input.unreadable`, `input.cyclic`, `input.too-deep` for an input that cannot be read.
 * @category Eligibility
 * @example
 * parseApplicant({ location: { unitKind: 'XA' } }).location?.unitKind; // 'XA'
 * parseApplicant({ location: { unitKind: 'tinh' } });
 * // throws schema.invalid-value at location.unitKind: 'Invalid value; allowed: "XA", "PHUONG", "THI_TRAN", …'
 */
export function parseApplicant(input: unknown): Applicant {
  // An input that cannot be read (a revoked Proxy, a getter that throws) is `input.unreadable`, with its path.
  return parseWith(ApplicantSchema, input);
}

/**
 * Like {@link parseApplicant}, but returns `{ success, data | error }` instead of throwing.
 * @param input - any value.
 * @returns the applicant or the error.
 * @category Eligibility
 * @example
 * safeParseApplicant({ sizeClass: 'huge' }).success; // false
 */
export function safeParseApplicant(input: unknown): SafeParseResult<Applicant> {
  return toSafe(parseApplicant)(input);
}
