/**
 * Renders any value for an error message without ever throwing: `String(value)` throws a TypeError for
 * objects without a usable `toString` (`Object.create(null)`, or `{"toString": 1}` from a hostile JSON form
 * post), and a validator must answer those with its own error, not crash. Long renderings are shortened.
 * @internal
 */
export function showValue(value: unknown, max = 100): string {
  let s: string;
  try {
    s = String(value);
  } catch {
    s = Array.isArray(value) ? '[array]' : `[${typeof value}]`;
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
