/**
 * Freezes a value and everything reachable from it (plain objects and arrays), so that registries and data
 * modules cannot be changed by a caller. Returns the same value, typed as it was.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
