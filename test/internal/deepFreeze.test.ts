import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deepFreeze.js';

describe('deepFreeze (the one internal deep freeze)', () => {
  it('freezes nested objects and arrays, including symbol-keyed children, and returns the same value', () => {
    const sym = Symbol('s');
    const v = { a: [{ b: 1 }], [sym]: { c: 2 } };
    const r = deepFreeze(v);
    expect(r).toBe(v);
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.a)).toBe(true);
    expect(Object.isFrozen(v.a[0])).toBe(true);
    expect(Object.isFrozen(v[sym])).toBe(true);
  });

  it('freezes the elements of arrays (holes and primitives left alone) and the symbol-keyed children of an array', () => {
    const sym = Symbol('s');
    const inner = { z: 1 };
    const arr: unknown[] = [1, , inner, [{ w: 2 }], 'x'];
    const tagged = { t: 3 };
    Object.defineProperty(arr, sym, { value: tagged, enumerable: false });
    deepFreeze({ arr });
    expect(Object.isFrozen(arr)).toBe(true);
    expect(Object.isFrozen(inner)).toBe(true);
    expect(Object.isFrozen((arr[3] as unknown[])[0])).toBe(true);
    expect(Object.isFrozen(tagged)).toBe(true);
  });

  it('walks into an array frozen at the top to freeze its unfrozen elements', () => {
    const inner = { x: 1 };
    deepFreeze(Object.freeze([inner]));
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it('walks into an object frozen at the top to freeze its unfrozen children', () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze(outer);
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it('freezes the children of a frozen object found inside an unfrozen one', () => {
    const leaf = { y: 1 };
    const v = { mid: Object.freeze({ leaf }) };
    deepFreeze(v);
    expect(Object.isFrozen(leaf)).toBe(true);
  });

  it('terminates on cycles and leaves primitives alone', () => {
    const a: { self?: unknown; n: number } = { n: 1 };
    a.self = a;
    expect(deepFreeze(a)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze('s')).toBe('s');
  });
});
