import type * as z from 'zod';
import { KhuyenCongError, toSafe, type SafeParseResult } from '../internal/errors.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { issuesFromZod, type IssuesFromZodOptions } from './zodIssues.js';

/**
 * Parses an input with a zod schema and returns the deeply frozen output, or throws a
 * {@link KhuyenCongError} whose issues carry bilingual messages and field paths.
 * @param schema - the zod schema (its input is the serialised form, its output the domain value).
 * @param input - any value, typically `JSON.parse` output.
 * @param options - domain messages by code (see {@link issuesFromZod}).
 * @returns the parsed value, deeply frozen.
 * @throws {@link KhuyenCongError} listing every problem found.
 * @category Projects
 * @example
 * parseWith(z.strictObject({ a: z.int() }), { a: 1 }); // { a: 1 } (frozen)
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, options: IssuesFromZodOptions = {}): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new KhuyenCongError(issuesFromZod(result.error.issues, options));
  return deepFreeze(result.data);
}

/**
 * The never-throwing twin of {@link parseWith}.
 * @param schema - the zod schema.
 * @param input - any value.
 * @param options - domain messages by code.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Projects
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
