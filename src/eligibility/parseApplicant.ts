/**
 * The boundary: validates untrusted input (a form post, a JSON file) into an {@link Applicant}, with
 * bilingual errors naming the field. zod lives here only; the engine core does not import it.
 */
import * as z from 'zod';
import { dateIssue } from '../internal/date.js';
import { issue, KhuyenCongError, MAX_ISSUES as MAX_REPORTED_ISSUES, moreIssues, toSafe, type Issue, type SafeParseResult } from '../internal/errors.js';
import { guarded } from '../internal/plain.js';
import { isIsoDate } from '../policy/isoDate.js';
import type { Applicant } from './Applicant.js';
import { M, showValue } from './messages.js';
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
const isoDate = z.string().refine((s) => isIsoDate(s), { params: { kind: 'date' } });

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

const EXPECTED: { readonly [k: string]: { readonly vi: string; readonly en: string } } = {
  object: { vi: 'một đối tượng', en: 'an object' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  string: { vi: 'một chuỗi ký tự', en: 'a string' },
};

const PLAN_YEAR = { vi: 'một năm từ 1900 đến 2999', en: 'a year from 1900 to 2999' };

/** Turns zod issues into bilingual issues naming the field. @internal */
export function toIssues(error: z.ZodError, input: unknown): Issue[] {
  const out: Issue[] = [];
  for (const [n, i] of error.issues.entries()) {
    // Cap the list: the unconverted zod issues plus the converted ones past the cap are "more".
    if (out.length >= MAX_REPORTED_ISSUES) return [...out.slice(0, MAX_REPORTED_ISSUES), moreIssues(error.issues.length - n + out.length - MAX_REPORTED_ISSUES)];
    // Our schemas have string keys and array indexes only, never symbols.
    const path = i.path as (string | number)[];
    const field = path.length === 0 ? '(applicant)' : path.join('.');
    // zod reports an issue only below values it has checked to be objects or arrays.
    let value: unknown = input;
    for (const k of path) value = (value as Record<string | number, unknown>)[k];
    if (i.code === 'unrecognized_keys') {
      for (const key of i.keys) out.push(issue('eligibility.unknown-field', M.unknownField({ field: [...path, key].join('.') }), [...path, key]));
    } else if (i.code === 'invalid_value') {
      out.push(issue('eligibility.invalid-value', M.invalidValue({ field, value: showValue(value), allowed: i.values.map(String).join(', ') }), path));
    } else if (i.code === 'custom') {
      out.push(dateIssue(value, path));
    } else {
      const expected =
        path[0] === 'planYear' && path.length === 1 ? PLAN_YEAR : i.code === 'invalid_type' ? EXPECTED[i.expected] : undefined;
      out.push(
        issue(
          'eligibility.invalid-type',
          expected === undefined
            ? M.invalidValue({ field, value: showValue(value), allowed: '—' })
            : { vi: M.invalidType({ field, expected: expected.vi }).vi, en: M.invalidType({ field, expected: expected.en }).en },
          path,
        ),
      );
    }
  }
  return out.length > MAX_REPORTED_ISSUES ? [...out.slice(0, MAX_REPORTED_ISSUES), moreIssues(out.length - MAX_REPORTED_ISSUES)] : out;
}

/**
 * Validates untrusted input into an {@link Applicant}.
 * @param input - any value (for example a parsed JSON body).
 * @returns the applicant (a new object; the input is not modified).
 * @throws {@link KhuyenCongError} listing every problem with its field path, in Vietnamese and English
 *   (`eligibility.invalid-value`, `eligibility.invalid-type`, `eligibility.unknown-field`, `date.invalid`).
 * @category Eligibility
 * @example
 * parseApplicant({ location: { unitKind: 'XA' } }).location?.unitKind; // 'XA'
 * parseApplicant({ location: { unitKind: 'tinh' } });
 * // throws: 'Field location.unitKind: "tinh" is not allowed; allowed values: XA, PHUONG, THI_TRAN, DAC_KHU, HUYEN, THI_XA, QUAN.'
 */
export function parseApplicant(input: unknown): Applicant {
  // An input that cannot be read (a revoked Proxy, a getter that throws) is `input.unreadable`, with its path.
  return guarded(input, () => {
    const r = ApplicantSchema.safeParse(input);
    if (!r.success) throw new KhuyenCongError(toIssues(r.error, input));
    return r.data;
  });
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
