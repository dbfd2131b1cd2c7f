import * as z from 'zod';
import { KhuyenCongError, toSafe, type SafeParseResult } from '../internal/errors.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { guarded } from '../internal/plain.js';
import { showValue } from '../internal/showValue.js';
import { issuesFromZod, type IssuesFromZodOptions } from './zodIssues.js';

/** `schema.not-a-schema` unless the value is a zod schema. */
function checkSchema(schema: unknown): asserts schema is z.ZodType {
  if (isSchema(schema)) return;
  throw new KhuyenCongError([
    {
      code: 'schema.not-a-schema',
      path: [],
      message: {
        vi: `Tham số schema phải là một zod schema (có safeParse), nhận được ${showValue(schema)}.`,
        en: `The schema argument must be a zod schema (with safeParse), got ${showValue(schema)}.`,
      },
    },
  ]);
}

/** Whether a value is a zod schema: an object with a `safeParse` method (read without ever throwing). */
function isSchema(schema: unknown): schema is z.ZodType {
  try {
    return typeof schema === 'object' && schema !== null && typeof (schema as { safeParse?: unknown }).safeParse === 'function';
  } catch {
    return false;
  }
}

/**
 * Parses an input with a zod schema and returns the deeply frozen output, or throws a
 * {@link KhuyenCongError} whose issues carry bilingual messages and field paths.
 * @param schema - the zod schema (its input is the serialised form, its output the domain value).
 * @param input - any value, typically `JSON.parse` output.
 * @param options - domain messages by code (see {@link issuesFromZod}).
 * @returns the parsed value, deeply frozen.
 * @throws {@link KhuyenCongError} listing every problem found; `schema.not-a-schema` when `schema` is not a zod
 *   schema.
 * @category Schema
 * @example
 * parseWith(z.strictObject({ a: z.int() }), { a: 1 }); // { a: 1 } (frozen)
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, options: IssuesFromZodOptions = {}): z.output<S> {
  checkSchema(schema);
  const result = guarded(input, () => safeParseOwn(schema, input));
  if (!result.success) throw new KhuyenCongError(issuesFromZod(result.error.issues, options));
  return deepFreeze(result.data);
}

/**
 * The serialised (JSON) form of a schema's output, or a {@link KhuyenCongError} (bilingual messages, field paths)
 * when the value is not one: the `serializeX` functions' one encoder, so that a value outside the type never
 * escapes as a `ZodError` or a `TypeError`. The reverse of {@link parseWith}.
 * @param schema - the zod schema (its input is the serialised form, its output the domain value).
 * @param value - a value of the schema's output (one a `parseX` returned).
 * @param options - domain messages by code (see {@link issuesFromZod}).
 * @returns the serialised form, plain JSON data.
 * @throws {@link KhuyenCongError} when the value is not one of the schema's outputs (`schema.*` codes), cannot be
 *   read (`input.unreadable`, `input.cyclic`, `input.too-deep`), or `schema` is not a zod schema
 *   (`schema.not-a-schema`).
 * @category Schema
 * @example
 * encodeWith(MoneySchema, money(1_500_000)); // 1500000
 */
export function encodeWith<S extends z.ZodType>(schema: S, value: z.output<S>, options: IssuesFromZodOptions = {}): z.input<S> {
  checkSchema(schema);
  const result = guarded(value, () => {
    try {
      return z.safeEncode(schema, value);
    } catch {
      // A codec's encode that throws on a value that is not its output: read the value as the serialised form
      // (its JSON is encoded as it is parsed: serialising is idempotent), or report why it is neither.
      const parsed = schema.safeParse(value, { reportInput: true });
      return parsed.success ? z.safeEncode(schema, parsed.data) : parsed;
    }
  });
  if (!result.success) throw new KhuyenCongError(issuesFromZod(result.error.issues, options));
  return result.data as z.input<S>;
}

/**
 * A zod `safeParse` that also accepts the schema's own output: a value a `parseX` returned (with `Money` and
 * `Ratio` inside) is encoded back to its serialised form and parsed again, so every `parseX` is idempotent
 * (`parseDeAn(parseDeAn(x))` equals `parseDeAn(x)`) and a function taking an event accepts the one
 * `parseDeAnEvent` returned. The serialised form is tried first; the error reported is always that of the
 * serialised form (zod issues: turn them into the library's with {@link issuesFromZod}).
 * @param schema - the zod schema.
 * @param input - any value: the serialised form or the schema's own output.
 * @returns zod's `{ success: true, data }` or `{ success: false, error }` (a `ZodError`).
 * @throws {@link KhuyenCongError} `schema.not-a-schema` when `schema` is not a zod schema.
 * @category Schema
 * @example
 * safeParseOwn(MoneySchema, money(1_500_000)).success; // true (the output, read back)
 * safeParseOwn(MoneySchema, 1_500_000).success; // true (the serialised form)
 */
export function safeParseOwn<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  checkSchema(schema);
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success || typeof input !== 'object' || input === null) return result;
  let encoded: ReturnType<typeof z.safeEncode<S>>;
  try {
    encoded = z.safeEncode(schema, input as z.output<S>);
  } catch {
    // A codec's encode that throws on a value that is not its output (a malformed input, not a parsed one):
    // the input is simply not the schema's own output, and the serialised form's error stands.
    return result;
  }
  return encoded.success ? schema.safeParse(encoded.data, { reportInput: true }) : result;
}

/**
 * The never-throwing twin of {@link parseWith}.
 * @param schema - the zod schema.
 * @param input - any value.
 * @param options - domain messages by code.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Schema
 * @example
 * safeParseWith(z.strictObject({ a: z.int() }), { a: 'x' }).success; // false
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: IssuesFromZodOptions = {},
): SafeParseResult<z.output<S>> {
  return toSafe(() => parseWith(schema, input, options))();
}
