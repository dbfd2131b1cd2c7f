/**
 * Helpers shared by the argument-check tests of every area (issue 14): the first issue of a library error, a
 * cast for deliberately ill-typed calls, and a revoked Proxy.
 */
import { expect } from 'vitest';
import { KhuyenCongError } from '../../src/index.js';

/** The first issue's code and path of the KhuyenCongError `f` throws (the test fails on any other outcome). */
export function issueOf(f: () => unknown): [string, readonly (string | number)[]] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KhuyenCongError);
    const first = (e as KhuyenCongError).issues[0];
    return [first?.code ?? '', first?.path ?? []];
  }
  throw new Error('expected a KhuyenCongError');
}

/** A deliberately ill-typed argument (what plain JavaScript or JSON may pass). */
export const any = <T>(v: unknown): T => v as T;

/** The same as {@link issueOf}, as `{ code, path }`, and the issue's message checked to be there in both languages. */
export function firstIssue(f: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KhuyenCongError);
    const first = (e as KhuyenCongError).issues[0];
    expect(first?.message.vi.length).toBeGreaterThan(0);
    expect(first?.message.en.length).toBeGreaterThan(0);
    return { code: first?.code ?? '', path: first?.path ?? [] };
  }
  throw new Error('expected a KhuyenCongError');
}

/** A revoked Proxy: even `Array.isArray` throws on it. */
export function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
