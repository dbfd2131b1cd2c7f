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

/**
 * What kind of value this is, for an error message, without ever throwing: `'null'`, `'array'`, or its
 * `typeof` (a revoked Proxy, on which even `Array.isArray` throws, is an `'object'`).
 * @internal
 */
export function valueKind(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    // a revoked Proxy: not an array that can be read
  }
  return typeof value;
}
