/**
 * The sweep's hostile-value catalogue and its checks (issue 14): every JSON kind, `undefined`, NaN, huge
 * strings, deep nesting, a Proxy, a getter that throws, a cyclic object, a revoked Proxy, objects whose
 * `toString`/`valueOf` are not functions, arrays where objects are expected. Not a test file.
 */
import { KhuyenCongError } from '../../src/index.js';
import { revoked } from './guards.js';

/** The most characters an error message may have. */
export const MAX_MESSAGE = 4096;
/** The most milliseconds one call may take. */
export const MAX_CALL_MS = 1000;

function deep(n: number): unknown {
  let v: unknown = { a: 1 };
  for (let i = 0; i < n; i++) v = { a: v, b: [v] };
  return v;
}

function deepArray(n: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < n; i++) v = [v];
  return v;
}

function cyclic(): object {
  const o: Record<string, unknown> = { kind: 'sum', text: 'x' };
  o['self'] = o;
  o['parts'] = [o];
  return o;
}

/** A getter that throws: what a hostile or buggy caller's object does when read. */
function throwingGetter(): object {
  return Object.defineProperty({}, 'kind', {
    enumerable: true,
    get(): never {
      throw new Error('getter that throws');
    },
  });
}

/** An object whose every property read goes through a Proxy trap (answering like an empty object). */
function tracingProxy(): object {
  return new Proxy({}, { get: (t, k) => Reflect.get(t, k) as unknown });
}

/** The catalogue: a label and a fresh value (made per call, so no call can see another's mutation). */
export const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['0', () => 0],
  ['-1', () => -1],
  ['1.5', () => 1.5],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['2^53', () => 2 ** 53],
  ['1e308', () => 1e308],
  ['""', () => ''],
  ['"abc"', () => 'abc'],
  ['huge string (200 000 digits)', () => '9'.repeat(200_000)],
  ['huge text (100 000 chars)', () => 'Hà Nội 54,06 tỷ đồng '.repeat(5000)],
  ['[]', () => []],
  ['[1,2,3]', () => [1, 2, 3]],
  ['array of strings', () => ['01', 'fair-booths']],
  ['{}', () => ({})],
  ['JSON {"toString":1,"valueOf":2}', () => JSON.parse('{"toString":1,"valueOf":2}') as unknown],
  ['JSON {"kind":{"toString":1}}', () => JSON.parse('{"kind":{"toString":1}}') as unknown],
  ['JSON __proto__ payload', () => JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown],
  ['null-prototype object', () => Object.create(null) as unknown],
  ['deep object (depth 5 000)', () => deep(5000)],
  ['deep array (depth 100 000)', () => deepArray(100_000)],
  ['huge array (100 000 zeros)', () => new Array<number>(100_000).fill(0)],
  ['Proxy', tracingProxy],
  ['revoked Proxy', revoked],
  ['getter that throws', throwingGetter],
  ['cyclic object', cyclic],
  ['function', () => () => 1],
  ['symbol', () => Symbol('x')],
  ['bigint 10^40', () => 10n ** 40n],
];

/** Why a call's outcome breaks the contract, or `undefined` when it keeps it. */
export function contractBreach(outcome: { threw: true; error: unknown } | { threw: false; value: unknown }, ms: number): string | undefined {
  if (ms > MAX_CALL_MS) return `took ${ms.toFixed(0)} ms`;
  if (outcome.threw) {
    const e = outcome.error;
    if (!(e instanceof KhuyenCongError)) {
      const name = e instanceof Error ? e.name : typeof e;
      const message = e instanceof Error ? e.message : '';
      return `threw ${name}: ${message.slice(0, 160)}`;
    }
    if (e.message.length > MAX_MESSAGE) return `error message of ${String(e.message.length)} characters`;
    return undefined;
  }
  return badNumber(outcome.value);
}

/** The path of a NaN or ±Infinity anywhere in a result (own enumerable properties, cycles and depth bounded). */
export function badNumber(value: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: '$', depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited < 200_000) {
    const { v, path, depth } = stack.pop() as { v: unknown; path: string; depth: number };
    visited++;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${String(v)} at ${path}`;
      continue;
    }
    if (typeof v !== 'object' || v === null || seen.has(v) || depth > 60) continue;
    seen.add(v);
    let keys: string[];
    try {
      if (v instanceof Map) {
        for (const [k, x] of v) stack.push({ v: x, path: `${path}.get(${String(k)})`, depth: depth + 1 });
        continue;
      }
      keys = Object.keys(v);
    } catch {
      continue; // an input handed back (a revoked Proxy: even `instanceof` throws): not the library's number
    }
    for (const k of keys) {
      let x: unknown;
      try {
        x = (v as Record<string, unknown>)[k];
      } catch {
        continue; // a getter of an input handed back
      }
      stack.push({ v: x, path: `${path}.${k}`, depth: depth + 1 });
    }
  }
  return undefined;
}
