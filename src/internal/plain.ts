import { KhuyenCongError, type IssuePath } from './errors.js';

/** How deep a decoded JSON value may nest before it is refused (no real input comes near). */
export const MAX_DEPTH = 64;

function refuse(code: string, path: IssuePath, vi: string, en: string): never {
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
