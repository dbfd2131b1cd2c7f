/**
 * Freezes a value and everything reachable from it (plain objects and arrays), so that registry data cannot
 * be changed by a caller. Returns the same value, typed as given.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<string | symbol, unknown>)[key]);
    }
  }
  return value;
}
