import type * as z from 'zod';
import { MAX_ISSUES as MAX_REPORTED_ISSUES, moreIssues, type Issue, type IssuePath } from '../internal/errors.js';
import { quote, type LocalizedText } from '../internal/messages.js';
import { KEYED_SCHEMA_MESSAGES, schemaMessages as m } from './messages.js';

/**
 * Options of {@link issuesFromZod}.
 * @category Schema
 */
export interface IssuesFromZodOptions {
  /**
   * Domain messages by code. A schema that sets its error to one of these codes (`z.string().regex(re,
   * { error: 'project.tax-code-format' })`) gets this code and message instead of the generic one.
   */
  readonly messages?: Readonly<Record<string, LocalizedText>>;
}

/** A zod issue (zod 4 core). */
type ZodIssue = z.core.$ZodIssue;

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return 'NaN';
    if (!Number.isFinite(input)) return 'Infinity';
  }
  return typeof input;
}

function limitText(v: number | bigint): string {
  return typeof v === 'bigint' ? v.toString() : String(v);
}

function inputText(input: unknown): string {
  // Format checks only run on strings.
  return quote(String(input));
}

function pathOf(p: readonly PropertyKey[]): IssuePath {
  return p.map((k) => (typeof k === 'symbol' ? String(k) : k));
}

function convertOne(issue: ZodIssue, options: IssuesFromZodOptions): Issue[] {
  const path = pathOf(issue.path);
  const domain = options.messages?.[issue.message] ?? KEYED_SCHEMA_MESSAGES[issue.message];
  if (domain !== undefined) return [{ code: issue.message, path, message: domain }];
  const one = (code: string, message: LocalizedText): Issue[] => [{ code, path, message }];
  switch (issue.code) {
    case 'invalid_type': {
      const missing = !('input' in issue) || issue.input === undefined;
      if (missing && path.length > 0) return one('schema.missing', m.missing({ expected: issue.expected }));
      const received = kindOf(issue.input);
      // zod reports 1.5 for an integer as "expected int, received number": say it has a fraction.
      const shown = issue.expected === 'int' && received === 'number' ? 'fraction' : received;
      return one('schema.invalid-type', m.invalidType({ expected: issue.expected, received: shown }));
    }
    case 'too_small':
      return one(
        'schema.too-small',
        m.tooSmall({ origin: issue.origin, limit: limitText(issue.minimum), inclusive: issue.inclusive !== false }),
      );
    case 'too_big':
      return one(
        'schema.too-big',
        m.tooBig({ origin: issue.origin, limit: limitText(issue.maximum), inclusive: issue.inclusive !== false }),
      );
    case 'invalid_format':
      if (issue.format === 'date') return one('schema.invalid-date', m.invalidDate({ input: inputText(issue.input) }));
      return one('schema.invalid-format', m.invalidFormat({ input: inputText(issue.input), format: issue.format }));
    case 'not_multiple_of':
      return one('schema.not-multiple-of', m.notMultipleOf({ divisor: limitText(issue.divisor) }));
    case 'unrecognized_keys':
      // One issue per key, its path ending with the key, so that a form can mark the field.
      return issue.keys.map((key) => ({ code: 'schema.unknown-key', path: [...path, key], message: m.unknownKey({ key }) }));
    case 'invalid_union': {
      const { options: options_, note } = issue as { options?: readonly unknown[]; note?: string };
      if (note === 'No matching discriminator' && options_ !== undefined) {
        return one('schema.invalid-discriminator', m.noDiscriminator({ options: options_ }));
      }
      return one('schema.invalid-union', m.invalidUnion({}));
    }
    case 'invalid_value':
      return one('schema.invalid-value', m.invalidValue({ values: issue.values }));
    case 'invalid_key':
    case 'invalid_element':
      return one('schema.invalid-entry', m.invalidEntry({}));
    case 'custom': {
      const params = issue.params as { code?: unknown; vi?: unknown; en?: unknown } | undefined;
      if (typeof params?.code === 'string' && typeof params.vi === 'string' && typeof params.en === 'string') {
        return one(params.code, Object.freeze({ vi: params.vi, en: params.en }));
      }
      return one('schema.invalid', m.invalid({}));
    }
  }
}

/**
 * Converts zod issues into the library's bilingual {@link Issue}s: a stable code, the field path and a
 * Vietnamese and English message for each common kind of issue (missing field, wrong type, NaN, out of
 * range, bad date, unknown key, value not in a list, …). Unknown keys give one issue per key, the key
 * ending the path.
 * @param issues - the issues of a failed zod parse (best parsed with `{ reportInput: true }` so that the
 *   messages can name the received type).
 * @param options - domain messages by code.
 * @returns the converted issues, in zod's order: at most 100 (`MAX_REPORTED_ISSUES`), then one
 *   `input.more-issues` issue counting the rest.
 * @category Schema
 * @example
 * issuesFromZod(z.strictObject({ a: z.int() }).safeParse({}, { reportInput: true }).error!.issues);
 * // [{ code: 'schema.missing', path: ['a'],
 * //    message: { vi: 'Thiếu trường bắt buộc (cần số nguyên).', en: 'Required field is missing (expected an integer).' } }]
 */
export function issuesFromZod(issues: readonly ZodIssue[], options: IssuesFromZodOptions = {}): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    for (const c of convertOne(i, options)) {
      if (out.length === MAX_REPORTED_ISSUES) return [...out, moreIssues(issues.length - out.length)];
      out.push(c);
    }
  }
  return out;
}
