import * as z from 'zod';
import { IsoDateSchema } from '../schema/primitives.js';
import type { ProvinceCode } from '../geo/ProvinceCode.js';
import { isProvinceCodeOn } from './catalogues.js';
import { projectMessages as m } from './messages.js';
import { report } from './refine.js';

/**
 * A province as of a date: its two-digit code in the province register valid on `asOf` (the 63-unit map
 * before 2025-07-01, the 34-unit map from then on; see the geo area).
 * @category Projects
 */
export interface ProvinceRef {
  /** The two-digit code, valid on the map of `asOf`. */
  readonly code: ProvinceCode;
  /** The date the code is read on, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/**
 * A {@link ProvinceRef} in its serialised (JSON) form: the code as a plain two-digit string (the parse checks it
 * against the map of `asOf` and gives it geo's `ProvinceCode` brand).
 * @category Projects
 */
export interface ProvinceRefJson {
  /** The two-digit code, valid on the map of `asOf`. */
  readonly code: string;
  /** The date the code is read on, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/**
 * The schema of a {@link ProvinceRef}: a code checked against the map valid on `asOf`.
 * @category Projects
 * @example
 * ProvinceRefSchema.safeParse({ code: '95', asOf: '2024-01-01' }).success; // true (Bạc Liêu, 63-unit map)
 * ProvinceRefSchema.safeParse({ code: '95', asOf: '2025-08-01' }).success; // false (part of Cà Mau, 96, since 2025-07-01)
 */
export const ProvinceRefSchema = z
  .strictObject({
    code: z.codec(
      z.string().regex(/^\d{2}$/, { error: 'project.province-code-format' }),
      z.custom<ProvinceCode>((v) => typeof v === 'string'),
      // The code is checked against the map of `asOf` below; here it only takes geo's brand.
      { decode: (s) => s as ProvinceCode, encode: (c) => c },
    ),
    asOf: IsoDateSchema,
  })
  .readonly()
  .superRefine((p, ctx) => {
    // zod runs this refinement even when `asOf` failed: a bad date is reported once, at its own path.
    if (IsoDateSchema.safeParse(p.asOf).success && !isProvinceCodeOn(p.code, p.asOf)) report(ctx, 'project.unknown-province', m.province(p), ['code']);
  }) satisfies z.ZodType<ProvinceRef>;
