/**
 * Freezes a value and everything reachable from it, so that a catalogue cannot be changed by a caller.
 * Internal: not exported from the package.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  } else if (typeof value === 'object' && value !== null) {
    // Already frozen at the top (e.g. a Ratio or Money): still walk its children.
    for (const key of Reflect.ownKeys(value)) {
      const child = (value as Record<string | symbol, unknown>)[key];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) deepFreeze(child);
    }
  }
  return value;
}
