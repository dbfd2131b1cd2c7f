/**
 * Renders any value for an error message without ever throwing: `String(value)` throws a TypeError for
 * objects without a usable `toString` (`Object.create(null)`, or `{"toString": 1}` from a hostile JSON form
 * post), and a validator must answer those with its own error, not crash; a revoked Proxy makes even
 * `Array.isArray` throw. Long renderings are shortened.
 * @internal
 */
export function showValue(value: unknown, max = 100): string {
  let s: string;
  try {
    s = String(value);
  } catch {
    // `Array.isArray` itself throws on a revoked Proxy: ask it inside a guard too.
    let array = false;
    try {
      array = Array.isArray(value);
    } catch {
      // a revoked Proxy: neither an array nor anything else that can be read
    }
    s = array ? '[array]' : `[${typeof value}]`;
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
