/** The `parse` operation, with the quantity modules only (the command's fastest path). */
import { safeParseQuantity } from '../quantity/parseQuantity.js';
import type { Quantity } from '../quantity/Quantity.js';
import { parseAll } from './list.js';

/** Reads Vietnamese figures; every unreadable one is reported (with its index when there are several). */
export function parseTexts(texts: readonly unknown[]): readonly Quantity[] {
  return parseAll(texts, texts.length > 1, (t) => {
    const r = safeParseQuantity(t);
    if (!r.success) throw r.error;
    return r.data;
  });
}
