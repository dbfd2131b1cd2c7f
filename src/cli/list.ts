/** Helpers shared by the operations: lists of inputs, their issues reported together. Light imports only. */
import { KhuyenCongError } from '../internal/errors.js';
import type { LocalizedText } from '../internal/messages.js';

/** An input problem found by the command itself (not by a library parser), in the library's error shape. */
export function inputError(code: string, message: LocalizedText, path: (string | number)[] = []): KhuyenCongError {
  return new KhuyenCongError([{ code, path, message }]);
}

/** A value or a list of them, as a list (and whether it was a list). */
export function asList(input: unknown): { readonly items: readonly unknown[]; readonly many: boolean } {
  return Array.isArray(input) ? { items: input, many: true } : { items: [input], many: false };
}

/** Runs a parser on every item; the issues of all items are reported together, with the item index. */
export function parseAll<T>(items: readonly unknown[], many: boolean, parse: (v: unknown) => T): T[] {
  const out: T[] = [];
  const issues: KhuyenCongError['issues'][number][] = [];
  items.forEach((item, i) => {
    try {
      out.push(parse(item));
    } catch (e) {
      if (!(e instanceof KhuyenCongError)) throw e;
      for (const issue of e.issues) issues.push({ ...issue, path: many ? [i, ...issue.path] : issue.path });
    }
  });
  if (issues.length > 0) throw new KhuyenCongError(issues.slice(0, 50));
  return out;
}
