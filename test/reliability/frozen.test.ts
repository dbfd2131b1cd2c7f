/**
 * Every registry, catalogue, decision table, data set and JSON schema exported by the barrel is deeply frozen:
 * a generic walk over every export reaches every object and array (class instances such as Ratio included),
 * asserts `Object.isFrozen`, and tries to change them (test modules are strict: a write throws a TypeError).
 */
import { describe, expect, it } from 'vitest';
import * as kc from '../../src/index.js';

interface Reached {
  readonly path: string;
  readonly value: object;
}

/** Every object reachable from `root` through own properties (data and getters are not invoked), once each. */
function reachable(root: unknown, rootPath: string, seen: Set<object>): Reached[] {
  const out: Reached[] = [];
  const stack: { v: unknown; path: string }[] = [{ v: root, path: rootPath }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: string };
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    out.push({ path, value: v });
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key) as PropertyDescriptor;
      if ('value' in d) stack.push({ v: d.value, path: `${path}.${String(key)}` });
    }
  }
  return out;
}

/**
 * zod schema instances (`ApplicantSchema`, `DeAnSchema`, …) are the one documented exception: zod fills
 * caches inside them lazily (`_zod.bag`, memoised getters), so freezing them would break parsing. Their plain
 * JSON Schema renderings (`JSON_SCHEMAS`) are data and are checked.
 */
const isZodSchema = (v: unknown): boolean => typeof v === 'object' && v !== null && '_zod' in v;

// Functions are skipped (their own objects are the module's), every other export is walked.
const exported = Object.entries(kc).filter(([, v]) => typeof v !== 'function' && !isZodSchema(v));
const zodSchemas = Object.entries(kc).filter(([, v]) => isZodSchema(v)).map(([n]) => n);
const seen = new Set<object>();
const objects = exported.flatMap(([name, v]) => reachable(v, name, seen));

describe('exported registries are deeply frozen', () => {
  it('walks a meaningful number of objects', () => {
    // At the time of writing: the policy catalogues, provinces, units, scales, seed reports, indicators,
    // decision tables, lifecycle rules and JSON schemas. The count only grows as data is added.
    console.info(`frozen objects checked: ${String(objects.length)}`);
    expect(objects.length).toBeGreaterThan(2000);
    for (const name of ['INSTRUMENTS', 'SUPPORT_ITEMS', 'SUPPORT_LEVELS', 'ACTIVITY_CATEGORIES', 'INDUSTRIES', 'LEGAL_FORMS', 'COUNT_UNITS', 'MONEY_SCALES', 'REGIONS', 'CURRENT_PROVINCE_CODES', 'LEGACY_PROVINCE_CODES', 'LOCAL_POLICY_PACKS']) {
      expect(exported.map(([n]) => n)).toContain(name);
    }
  });

  it('freezes every object and array reachable from every export', () => {
    const notFrozen = objects.filter((o) => !Object.isFrozen(o.value)).map((o) => o.path);
    expect(notFrozen).toEqual([]);
  });

  it('leaves out only zod schemas, all named …Schema', () => {
    expect(zodSchemas.length).toBeGreaterThan(0);
    expect(zodSchemas.filter((n) => !n.endsWith('Schema'))).toEqual([]);
  });

  it('exports no Map or Set (Object.freeze cannot stop their mutators)', () => {
    const mutable = objects.filter((o) => o.value instanceof Map || o.value instanceof Set || o.value instanceof WeakMap).map((o) => o.path);
    expect(mutable).toEqual([]);
  });

  it('refuses writes, additions, deletions and array mutators with a TypeError (strict mode)', () => {
    let tried = 0;
    for (const { path, value } of objects) {
      const target = value as Record<string | symbol, unknown>;
      expect(() => {
        target['__reliability_probe__'] = 1;
      }, `${path}: add`).toThrow(TypeError);
      const first = Reflect.ownKeys(value).find((k) => 'value' in (Object.getOwnPropertyDescriptor(value, k) as PropertyDescriptor));
      if (first !== undefined) {
        expect(() => {
          target[first] = 'changed';
        }, `${path}: write ${String(first)}`).toThrow(TypeError);
        expect(() => delete target[first], `${path}: delete ${String(first)}`).toThrow(TypeError);
      }
      if (Array.isArray(value)) {
        expect(() => (value as unknown[]).push(1), `${path}: push`).toThrow(TypeError);
        // Reordering writes only when there are two elements or more.
        if (value.length >= 2) expect(() => (value as unknown[]).reverse(), `${path}: reverse`).toThrow(TypeError);
      }
      expect(() => Object.setPrototypeOf(value, null), `${path}: setPrototypeOf`).toThrow(TypeError);
      tried += 1;
    }
    expect(tried).toBe(objects.length);
    // And nothing leaked onto Object.prototype.
    expect(({} as Record<string, unknown>)['__reliability_probe__']).toBeUndefined();
  });

  it('freezes class instances too: Ratio constants and values made by the constructors', () => {
    for (const v of [kc.DEFAULT_ABOUT_TOLERANCE, kc.DEFAULT_NEARLY_TOLERANCE, kc.ratio(1, 3), kc.money(5), kc.percent('17.16'), kc.count(3, 'worker')]) {
      expect(Object.isFrozen(v)).toBe(true);
    }
  });
});

