import * as z from 'zod';
import {
  APPLICANT_LEGAL_FORMS,
  COMMUNE_KINDS,
  DIFFICULTY_CLASSES,
  SIZE_CLASSES,
  type ApplicantLegalForm,
  type CommuneKind,
  type DifficultyClass,
  type OwnerAttribute,
  type SizeClass,
} from '../eligibility/vocabulary.js';
import type { SafeParseResult } from '../internal/errors.js';
import { NameSchema } from '../schema/primitives.js';
import { parseWith, safeParseWith } from '../schema/parseWith.js';
import { INDUSTRY_IDS, type IndustryId } from './catalogues.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { ProvinceRefSchema, type ProvinceRef, type ProvinceRefJson } from './ProvinceRef.js';
import { report } from './refine.js';
import { checkTaxCode } from './taxCode.js';

/**
 * A tax code (mã số thuế): 10 digits or 10 + '-' + 3, with its check digit (see {@link checkTaxCode}).
 * @category Projects
 */
export const TaxCodeSchema = z
  .string()
  .regex(/^\d{10}(?:-\d{3})?$/, { error: 'project.tax-code-format' })
  .superRefine((s, ctx) => {
    const check = checkTaxCode(s);
    if (check.ok || check.reason.code === 'format') return; // a malformed code has its format issue already
    const message = check.reason.message;
    if (check.reason.code === 'sequence') report(ctx, 'project.tax-code-sequence', message, []);
    else if (check.reason.code === 'branch') report(ctx, 'project.tax-code-branch', message, []);
    else report(ctx, 'project.tax-code-checksum', message, []);
  });

/**
 * Where an establishment is: the province as of a date, the kind of commune-level unit (`COMMUNE_KINDS`),
 * whether it is in a craft village recognised by the provincial People's Committee, and the area's
 * difficulty class (`DIFFICULTY_CLASSES`). The values are the eligibility vocabulary's.
 * @category Projects
 */
export interface EstablishmentLocation {
  /** The province, as of a date. */
  readonly province: ProvinceRef;
  /** The kind of commune-level unit (`COMMUNE_KINDS`). */
  readonly unitKind: CommuneKind;
  /** Whether it is in a craft village recognised by the provincial People's Committee. */
  readonly inRecognisedCraftVillage: boolean;
  /** The socio-economic difficulty class of the area (`DIFFICULTY_CLASSES`). */
  readonly difficulty: DifficultyClass;
}

/**
 * The owner attributes NĐ 235/2025 gives priority to (`OWNER_ATTRIBUTES`), each recorded.
 * @category Projects
 */
export type EstablishmentOwner = { readonly [A in OwnerAttribute]: boolean };

/**
 * The schema of an {@link EstablishmentLocation}.
 * @category Projects
 */
export const EstablishmentLocationSchema = z
  .strictObject({
    province: ProvinceRefSchema,
    unitKind: z.enum(COMMUNE_KINDS),
    inRecognisedCraftVillage: z.boolean(),
    difficulty: z.enum(DIFFICULTY_CLASSES),
  })
  .readonly() satisfies z.ZodType<EstablishmentLocation>;

/**
 * An establishment (cơ sở công nghiệp nông thôn, or another beneficiary of a đề án), as parsed (see
 * {@link EstablishmentSchema}). Every value is the eligibility vocabulary's, so
 * {@link applicantFromEstablishment} maps a record onto an `Applicant` one to one.
 * @category Projects
 */
export interface Establishment {
  /** Its name. */
  readonly name: string;
  /**
   * Its legal form (`APPLICANT_LEGAL_FORMS`: the forms of NĐ 45/2012 Art. 1.2(a) as amended, plus individuals
   * and other organisations).
   */
  readonly legalForm: ApplicantLegalForm;
  /** Its size class (`SIZE_CLASSES`), when recorded: an enterprise is an SME by it. */
  readonly sizeClass?: SizeClass | undefined;
  /** Its tax code (mã số thuế), when recorded: 10 digits or 10 + '-' + 3, with a valid check digit. */
  readonly taxCode?: string | undefined;
  /** Where it is. */
  readonly location: EstablishmentLocation;
  /** Its industry (policy `INDUSTRIES`), or `OTHER` for a line outside every list. */
  readonly industry: IndustryId | 'OTHER';
  /** The owner attributes NĐ 235/2025 gives priority to. */
  readonly owner: EstablishmentOwner;
}

/**
 * The schema of an {@link Establishment}: name, legal form
 * (`APPLICANT_LEGAL_FORMS`: the forms of NĐ 45/2012 Art. 1.2(a) as amended, an enterprise being an SME
 * by its size class, plus individuals and other organisations), size class (`SIZE_CLASSES`), optional tax
 * code, location, industry, and the owner attributes NĐ 235/2025 gives priority to (`OWNER_ATTRIBUTES`:
 * women-owned, ethnic-minority-owned; S11–S13, secondary). Every value is the eligibility vocabulary's, so
 * {@link applicantFromEstablishment} maps a record onto an `Applicant` one to one.
 * @category Projects
 */
export const EstablishmentSchema = z
  .strictObject({
    name: NameSchema,
    legalForm: z.enum(APPLICANT_LEGAL_FORMS),
    sizeClass: z.enum(SIZE_CLASSES).optional(),
    taxCode: TaxCodeSchema.optional(),
    location: EstablishmentLocationSchema,
    industry: z.enum([...INDUSTRY_IDS, 'OTHER']),
    owner: z.strictObject({ womenOwned: z.boolean(), ethnicMinorityOwned: z.boolean() } satisfies Record<OwnerAttribute, z.ZodBoolean>).readonly(),
  })
  .readonly() satisfies z.ZodType<Establishment>;

/**
 * An {@link EstablishmentLocation} in its serialised (JSON) form: the province code as a plain string.
 * @category Projects
 */
export interface EstablishmentLocationJson extends Omit<EstablishmentLocation, 'province'> {
  /** The province, as of a date. */
  readonly province: ProvinceRefJson;
}

/**
 * The serialised (JSON) form of an {@link Establishment}: the same fields, with the province code as a plain
 * string. Exactly what {@link EstablishmentSchema} reads (a type test ties the two).
 * @category Projects
 */
export interface EstablishmentJson extends Omit<Establishment, 'location'> {
  /** Where it is. */
  readonly location: EstablishmentLocationJson;
}

/**
 * Reads an establishment from its serialised form.
 * @param input - any value, typically from `JSON.parse`.
 * @returns the establishment, deeply frozen.
 * @throws {@link KhuyenCongError} listing every problem with its field path, in Vietnamese and English.
 * @category Projects
 * @example
 * parseEstablishment({ ...valid, taxCode: '0100233480' });
 * // throws: taxCode: Mã số thuế "0100233480" sai chữ số kiểm tra (chữ số thứ 10). / Tax code "0100233480" has a wrong check digit (10th digit).
 */
export function parseEstablishment(input: unknown): Establishment {
  return parseWith(EstablishmentSchema, input, PROJECT_PARSE_OPTIONS);
}

/**
 * Like {@link parseEstablishment}, but never throws.
 * @param input - any value.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Projects
 * @example
 * safeParseEstablishment({}).success; // false
 */
export function safeParseEstablishment(input: unknown): SafeParseResult<Establishment> {
  return safeParseWith(EstablishmentSchema, input, PROJECT_PARSE_OPTIONS);
}
