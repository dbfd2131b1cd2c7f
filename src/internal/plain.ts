import type { ErrorCode } from './errorCodes.js';
import { KhuyenCongError, type IssuePath } from './errors.js';

/** How deep a decoded JSON value may nest before it is refused (no real input comes near). */
export const MAX_DEPTH = 64;

function refuse(code: ErrorCode, path: IssuePath, vi: string, en: string): never {
  throw new KhuyenCongError([{ code, path: path.slice(0, 20), message: { vi, en } }]);
}

/**
 * @internal Copies any value into plain data that can be read without surprises: arrays become plain arrays,
 * other objects plain null-prototype records of their own enumerable string keys, primitives stay as they are
 * (functions, symbols and bigints too: the parser then refuses them by type). Each property is read once,
 * inside a guard, so that what a hostile input can do to a parser (a getter that throws, a revoked Proxy,
 * a cycle, nesting a million levels deep) becomes a {@link KhuyenCongError} with its path:
 * `input.unreadable`, `input.cyclic`, `input.too-deep`. Linear in the size of the input.
 */
export function toPlain(input: unknown): unknown {
  const ancestors = new Set<object>();
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (path.length >= MAX_DEPTH) {
      refuse('input.too-deep', path, `Dữ liệu lồng nhau quá ${String(MAX_DEPTH)} cấp.`, `The input nests more than ${String(MAX_DEPTH)} levels deep.`);
    }
    if (ancestors.has(v)) refuse('input.cyclic', path, 'Dữ liệu chứa chính nó (vòng lặp).', 'The input contains itself (a cycle).');
    ancestors.add(v);
    let out: unknown;
    try {
      if (Array.isArray(v)) {
        const n = v.length;
        const a: unknown[] = new Array<unknown>(n);
        for (let i = 0; i < n; i++) a[i] = walk(v[i], [...path, i]);
        out = a;
      } else {
        const o: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        for (const k of Object.keys(v)) o[k] = walk((v as Record<string, unknown>)[k], [...path, k]);
        out = o;
      }
    } catch (e) {
      if (e instanceof KhuyenCongError) throw e;
      refuse(
        'input.unreadable',
        path,
        'Không đọc được dữ liệu (một thuộc tính ném lỗi khi đọc, hoặc Proxy đã bị thu hồi).',
        'The input cannot be read (a property throws when read, or a Proxy has been revoked).',
      );
    }
    ancestors.delete(v);
    return out;
  };
  return walk(input, []);
}

/**
 * @internal Reads one option of an options argument without ever throwing anything but a
 * {@link KhuyenCongError}: `undefined` when `options` is not an object, `input.unreadable` when reading throws
 * (a getter that throws, a revoked Proxy).
 */
export function readOption(options: unknown, key: string): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    return refuse(
      'input.unreadable',
      [key],
      `Không đọc được tùy chọn "${key}" (thuộc tính ném lỗi khi đọc, hoặc Proxy đã bị thu hồi).`,
      `The option "${key}" cannot be read (it throws when read, or a Proxy has been revoked).`,
    );
  }
}

/**
 * @internal Checks that a value is a record (a non-null object, not an array, not a string) whose own keys can
 * be listed, and returns its keys: `input.not-record` otherwise, `input.unreadable` when listing throws.
 * A string or an array of a million elements would otherwise be read as a record of a million keys.
 */
export function recordKeys(value: unknown, path: IssuePath, what: { readonly vi: string; readonly en: string }): string[] {
  let array = false;
  try {
    array = Array.isArray(value);
  } catch {
    return refuse('input.unreadable', path, `Không đọc được ${what.vi} (Proxy đã bị thu hồi).`, `The ${what.en} cannot be read (a revoked Proxy).`);
  }
  if (typeof value !== 'object' || value === null || array) {
    const kind = value === null ? 'null' : array ? 'array' : typeof value;
    return refuse('input.not-record', path, `${what.vi} phải là một đối tượng (bản ghi khóa → giá trị), nhận được ${kind}.`, `The ${what.en} must be an object (a record of keys to values), got ${kind}.`);
  }
  try {
    return Object.keys(value);
  } catch {
    return refuse('input.unreadable', path, `Không đọc được ${what.vi}.`, `The ${what.en} cannot be read.`);
  }
}

/**
 * @internal A record argument read once, one level deep: its own enumerable keys (checked as
 * {@link recordKeys} does) and each value read once, inside a guard, into a null-prototype copy. A getter that
 * throws (or a Proxy that refuses a read) becomes `input.unreadable` with the key's path, instead of escaping
 * as the getter's own error. Linear in the number of keys; the values themselves are not copied.
 */
export function readRecord(value: unknown, path: IssuePath, what: { readonly vi: string; readonly en: string }): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of readRecordEntries(value, path, what)) out[k] = v;
  return out;
}

/**
 * @internal {@link readRecord} as a list of `[key, value]` pairs in key order, for a caller that walks the
 * record once: it skips the null-prototype copy, which for a record of 100 000 keys is a dictionary as costly
 * to build as the caller's own work (docs/performance.md, "Memory and scaling of the aggregates").
 */
export function readRecordEntries(value: unknown, path: IssuePath, what: { readonly vi: string; readonly en: string }): [string, unknown][] {
  const keys = recordKeys(value, path, what);
  const out: [string, unknown][] = new Array<[string, unknown]>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    try {
      out[i] = [k, (value as Record<string, unknown>)[k]];
    } catch {
      refuse('input.unreadable', [...path, k], `Không đọc được ${what.vi}, khóa "${k.slice(0, 60)}" (thuộc tính ném lỗi khi đọc).`, `The ${what.en} cannot be read at key "${k.slice(0, 60)}" (the property throws when read).`);
    }
  }
  return out;
}

/**
 * @internal Runs a reader (a zod parse, a walk over the input) and, when it throws anything but a
 * {@link KhuyenCongError} because the input cannot be read as data (a getter that throws, a revoked Proxy, a
 * cycle, nesting too deep), throws the {@link KhuyenCongError} that says so with its path (`input.unreadable`,
 * `input.cyclic`, `input.too-deep`). Free on the normal path: the input is read again only after a failure. Any
 * other error (a defect of the library) is thrown as it is.
 */
export function guarded<T>(input: unknown, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof KhuyenCongError) throw e;
    toPlain(input); // throws the KhuyenCongError that names the unreadable part, if there is one
    throw e;
  }
}
