import type * as z from 'zod';
import { DATE_RANGE_PATTERN, dateMessage } from '../internal/date.js';
import { fail, MAX_ISSUES as MAX_REPORTED_ISSUES, moreIssues, type Issue, type IssuePath } from '../internal/errors.js';
import { readOption, readRecord } from '../internal/plain.js';
import { showValue, valueKind } from '../internal/showValue.js';
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
  const domain = (readOption(options.messages, issue.message) as LocalizedText | undefined) ?? KEYED_SCHEMA_MESSAGES[issue.message];
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
      // A date that is not a calendar date, or one outside the accepted range (IsoDateSchema's year pattern).
      if (issue.format === 'date' || (issue.format === 'regex' && (issue as { pattern?: unknown }).pattern === String(DATE_RANGE_PATTERN))) {
        return one('date.invalid', dateMessage(issue.input));
      }
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
 * @throws {@link KhuyenCongError} `schema.not-zod-issues` (path `issues` and the index, or `options.messages`
 *   and the code) when `issues` is not an array of zod issues (each an object with a string `code`, an array
 *   `path` and a string `message`, and the fields its code needs) or a message is not `{ vi, en }`.
 * @category Schema
 * @example
 * issuesFromZod(z.strictObject({ a: z.int() }).safeParse({}, { reportInput: true }).error!.issues);
 * // [{ code: 'schema.missing', path: ['a'],
 * //    message: { vi: 'Thiếu trường bắt buộc (cần số nguyên).', en: 'Required field is missing (expected an integer).' } }]
 */
export function issuesFromZod(issues: readonly ZodIssue[], options: IssuesFromZodOptions = {}): Issue[] {
  // Read once and checked: a value outside the types is `schema.not-zod-issues`, never a TypeError.
  const list = valueKind(issues) === 'array' ? (issues as readonly unknown[]) : notZodIssues(issues, ['issues']);
  const messages = readOption(options, 'messages');
  if (messages !== undefined) {
    for (const [code, text] of Object.entries(readRecord(messages, ['options', 'messages'], { vi: 'các thông báo theo mã', en: 'messages by code' }))) {
      if (typeof readOption(text, 'vi') !== 'string' || typeof readOption(text, 'en') !== 'string') notZodIssues(text, ['options', 'messages', code]);
    }
  }
  const checkedOptions: IssuesFromZodOptions = messages === undefined ? {} : { messages: messages as Readonly<Record<string, LocalizedText>> };
  const out: Issue[] = [];
  for (let k = 0; k < list.length; k++) {
    const converted = convertOne(readIssue(list, k), checkedOptions);
    for (let j = 0; j < converted.length; j++) {
      // The rest: this zod issue's converted issues not listed, and the zod issues after it (each one at least).
      if (out.length === MAX_REPORTED_ISSUES) return [...out, moreIssues(converted.length - j + list.length - k - 1)];
      out.push(converted[j] as Issue);
    }
  }
  return out;
}



function notZodIssues(value: unknown, path: IssuePath): never {
  return fail(
    'schema.not-zod-issues',
    {
      vi: `Cần các issue của một lần parse zod thất bại (mỗi issue có code, path, message và các trường theo code); nhận được ${showValue(value, 60)}.`,
      en: `Expected the issues of a failed zod parse (each with a code, a path, a message and the fields its code needs); received ${showValue(value, 60)}.`,
    },
    path,
  );
}

const isPathKey = (k: unknown): boolean => typeof k === 'string' || typeof k === 'number' || typeof k === 'symbol';
const isLimit = (v: unknown): boolean => typeof v === 'number' || typeof v === 'bigint' || v instanceof Date;
const isPrimitiveList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((x) => x === null || (typeof x !== 'object' && typeof x !== 'function' && typeof x !== 'symbol'));

/** Whether the fields {@link convertOne} reads for this issue's code have their types (on a shallow copy). */
function isZodIssue(i: Record<string, unknown>): boolean {
  if (typeof i['code'] !== 'string' || !Array.isArray(i['path']) || !i['path'].every(isPathKey) || typeof i['message'] !== 'string') return false;
  switch (i['code']) {
    case 'invalid_type':
      return typeof i['expected'] === 'string';
    case 'too_small':
      return isLimit(i['minimum']);
    case 'too_big':
      return isLimit(i['maximum']);
    case 'invalid_format':
      return typeof i['format'] === 'string' && (i['input'] === undefined || typeof i['input'] === 'string');
    case 'not_multiple_of':
      return isLimit(i['divisor']);
    case 'unrecognized_keys':
      return Array.isArray(i['keys']) && i['keys'].every((k) => typeof k === 'string');
    case 'invalid_union':
      return i['options'] === undefined || isPrimitiveList(i['options']);
    case 'invalid_value':
      return isPrimitiveList(i['values']);
    default:
      return true;
  }
}

/** The issue at `k`, read once into a shallow copy (its `input` is not copied) and checked by {@link isZodIssue}. */
function readIssue(list: readonly unknown[], k: number): ZodIssue {
  let copy: Record<string, unknown> | undefined;
  try {
    const i = list[k];
    if (valueKind(i) === 'object') {
      copy = { ...(i as Record<string, unknown>) };
      if (Array.isArray(copy['path'])) copy['path'] = [...(copy['path'] as unknown[])];
      for (const f of ['keys', 'values', 'options']) if (Array.isArray(copy[f])) copy[f] = [...(copy[f] as unknown[])];
    }
  } catch {
    copy = undefined; // a revoked Proxy or a getter that throws
  }
  if (copy === undefined || !isZodIssue(copy)) return notZodIssues(copy ?? '[unreadable]', ['issues', k]);
  return copy as unknown as ZodIssue;
}
