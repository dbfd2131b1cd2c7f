/**
 * The building blocks of the boundary schemas: money as whole đồng, exact ratios as decimal or fraction
 * strings, ISO dates, bilingual labels and ids. Each is a zod schema whose *input* is the plain serialised
 * form (what travels as JSON) and whose *output* is the library's value (`Money`, `Ratio`, …).
 */
import * as z from 'zod';
import { DATE_RANGE_PATTERN } from '../internal/date.js';
import { isMoney, MAX_MONEY_DONG, money, type Money } from '../quantity/Money.js';
import { isRatio, ratio, type Ratio } from '../quantity/Ratio.js';

/**
 * Money in its serialised form: a JSON integer of whole đồng, 0 ≤ n ≤ 9 007 199 254 740 991
 * (`Number.MAX_SAFE_INTEGER`), decoded to a {@link Money}. JSON integers in this range are exact in every
 * mainstream JSON parser that reads integers as 64-bit integers or doubles.
 * @category Schema
 * @example
 * MoneySchema.parse(1_500_000_000); // { kind: 'money', dong: 1500000000 }
 */
export const MoneySchema = z
  .codec(
    z.int().min(0).max(MAX_MONEY_DONG).meta({ description: 'Whole đồng (VND), a non-negative safe integer.' }),
    z.custom<Money>((v) => isMoney(v)),
    { decode: (n) => money(n), encode: (m) => m.dong },
  );

const RATIO_TEXT = /^(?:(?:0|[1-9]\d{0,39})(?:\.\d{1,40})?|(?:0|[1-9]\d{0,39})\/[1-9]\d{0,39})$/;

/**
 * A non-negative exact ratio in its serialised form: a decimal string written with '.' (`"0.3"`) or a
 * fraction of integers (`"1/3"`), decoded to a {@link Ratio}; encoded back as the exact decimal when it
 * terminates, else as the fraction in lowest terms.
 * @category Schema
 * @example
 * RatioSchema.parse('0.55').toString(); // "0.55"
 */
export const RatioSchema = z.codec(
  z
    .string()
    .regex(RATIO_TEXT, { error: 'schema.ratio-format' })
    .meta({ description: 'A non-negative exact ratio: a decimal written with "." (e.g. "0.3") or a fraction "n/d".' }),
  z.custom<Ratio>((v) => isRatio(v)),
  {
    decode: (s) => {
      const slash = s.indexOf('/');
      return slash < 0 ? ratio(s) : ratio(BigInt(s.slice(0, slash)), BigInt(s.slice(slash + 1)));
    },
    encode: (r) => r.toJSON(),
  },
);

/**
 * A calendar date `YYYY-MM-DD` in the library's one accepted range, 1900-01-01 to 2999-12-31 (a real date:
 * 2023-02-29 is refused); every failure is `date.invalid`, as from every other function that takes a date.
 * @category Schema
 * @example
 * IsoDateSchema.parse('2019-05-20'); // '2019-05-20'
 */
// One issue per bad date: the range pattern runs only on a calendar date (`abort`), or 'abc' would be reported twice.
export const IsoDateSchema = z.iso.date({ abort: true }).regex(DATE_RANGE_PATTERN);

/**
 * A year of the khuyến công era (2000–2100).
 * @category Schema
 */
export const YearSchema = z.int().min(2000).max(2100);

/**
 * A label in Vietnamese and English.
 * @category Schema
 */
export const LocalizedTextSchema = z
  .strictObject({ vi: z.string().min(1).max(2000), en: z.string().min(1).max(2000) })
  .readonly();

/**
 * A stable identifier chosen by the portal: 1–64 characters, letters, digits and `. _ / -`, starting
 * with a letter or digit.
 * @category Schema
 */
export const IdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, { error: 'schema.id-format' });

/**
 * A human-readable name or title: 1–1000 characters, not blank.
 * @category Schema
 */
export const NameSchema = z.string().min(1).max(1000).regex(/\S/, { error: 'schema.blank' });
