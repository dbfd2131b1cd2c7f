/**
 * Freezes a value and everything reachable from it (own string and symbol keys of objects and arrays), so
 * that registries, data modules and results cannot be changed by a caller. An object already frozen at the
 * top (a `Ratio`, say) is still walked, so its unfrozen children are frozen too. Returns the same value,
 * typed as given. The library's only deep freeze.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const wasFrozen = Object.isFrozen(value);
  if (!wasFrozen) Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<string | symbol, unknown>)[key];
    // A frozen child was handled where it was frozen (or is a frozen leaf value such as a Ratio's parts).
    if (typeof child === 'object' && child !== null && (!Object.isFrozen(child) || !wasFrozen)) deepFreeze(child);
  }
  return value;
}
