/**
 * Freezes a value and everything reachable from it (own string and symbol keys of objects; the elements and
 * own symbol keys of arrays), so that registries, data modules and results cannot be changed by a caller. An
 * object already frozen at the top (a `Ratio`, say) is still walked, so its unfrozen children are frozen too.
 * Returns the same value, typed as given. The library's only deep freeze.
 *
 * Arrays are walked by index: `Reflect.ownKeys` on an array builds a string per index and each read by that
 * string takes V8's slow path, which made this function the largest item of a cold start of the provinces
 * area (≈ 21 of 47 million instructions, docs/performance.md, "Cold start"). Named string properties of an
 * array are not walked (the library builds none).
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const wasFrozen = Object.isFrozen(value);
  if (!wasFrozen) Object.freeze(value);
  const o = value as Record<string | symbol, unknown>;
  // A frozen child was handled where it was frozen (or is a frozen leaf value such as a Ratio's parts). The
  // test is written out in each loop: a helper call per key costs more than the walk on a cold start.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = (value as unknown[])[i];
      if (typeof child === 'object' && child !== null && (!wasFrozen || !Object.isFrozen(child))) deepFreeze(child);
    }
    for (const key of Object.getOwnPropertySymbols(value)) {
      const child = o[key];
      if (typeof child === 'object' && child !== null && (!wasFrozen || !Object.isFrozen(child))) deepFreeze(child);
    }
  } else {
    for (const key of Reflect.ownKeys(value)) {
      const child = o[key];
      if (typeof child === 'object' && child !== null && (!wasFrozen || !Object.isFrozen(child))) deepFreeze(child);
    }
  }
  return value;
}

/**
 * Whether a value can never change: a primitive, or a frozen object whose own properties are all data (no
 * getters) and, in turn, can never change. A value checked once and found so stays valid, so a check may be
 * remembered for it. Linear in its size; `false` for a cycle, nesting past 64 levels, or one that cannot be
 * read (a Proxy whose traps throw).
 * @internal
 */
export function isDeepFrozen(value: unknown): boolean {
  const done = new Set<object>(); // checked: shared parts are walked once
  const ancestors = new Set<object>();
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v !== 'object' || v === null) return typeof v !== 'function';
    if (done.has(v)) return true;
    if (depth > 64 || ancestors.has(v) || !Object.isFrozen(v)) return false;
    ancestors.add(v);
    for (const d of Object.values(Object.getOwnPropertyDescriptors(v))) {
      if (!('value' in d) || !walk(d.value, depth + 1)) return false;
    }
    ancestors.delete(v);
    done.add(v);
    return true;
  };
  try {
    return walk(value, 0);
  } catch {
    return false;
  }
}
