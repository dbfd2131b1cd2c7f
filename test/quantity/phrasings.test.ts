/**
 * The catalogue of realistic phrasings (issue 14): every phrase is read to the value, unit, qualifiers and
 * interval worked out by hand (phrasings.data.ts), or refused with the expected code: never read wrong. Each
 * phrase read also formats back to a text that reads to the same quantity.
 */
import { describe, expect, it } from 'vitest';
import { formatQuantity, parseQuantity, safeParseQuantity, type Quantity, type Ratio } from '../../src/index.js';
import { READ_PHRASES, REFUSED_PHRASES } from './phrasings.data.js';

const fr = (r: Ratio): string => `${r.numerator}/${r.denominator}`;

function iv(q: Quantity): string {
  const { lo, hi } = q.interval;
  const l = lo === null ? '(-inf' : `${lo.open ? '(' : '['}${fr(lo.value)}`;
  const h = hi === null ? 'inf)' : `${fr(hi.value)}${hi.open ? ')' : ']'}`;
  return `${l}, ${h}`;
}

describe('realistic phrasings', () => {
  it(`has at least 150 phrasings (${READ_PHRASES.length + REFUSED_PHRASES.length})`, () => {
    expect(READ_PHRASES.length + REFUSED_PHRASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(READ_PHRASES.map((p) => p.text)).size).toBe(READ_PHRASES.length);
  });

  it.each(READ_PHRASES.map((p) => [p.text, p] as const))('reads %s', (_text, p) => {
    const q = parseQuantity(p.text);
    expect({
      kind: q.kind,
      value: fr(q.value),
      interval: iv(q),
      qualifiers: [...q.qualifiers],
      unit: q.unit,
      direction: q.direction,
      of: q.of?.toString(),
      per: q.per,
    }).toEqual({
      kind: p.kind,
      value: p.value,
      interval: p.interval,
      qualifiers: p.qualifiers,
      unit: p.unit,
      direction: p.direction,
      of: p.of,
      per: p.per,
    });
    expect(q.warnings).toBeUndefined();
    const again = parseQuantity(formatQuantity(q));
    expect([fr(again.value), iv(again)]).toEqual([p.value, p.interval]);
  });

  it.each(REFUSED_PHRASES.map(([t, c]) => [t, c] as const))('refuses %s (%s)', (text, code) => {
    const r = safeParseQuantity(text);
    expect(r.success ? 'read' : r.error.issues[0]?.code).toBe(code);
  });
});
