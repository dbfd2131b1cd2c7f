import { describe, expect, it } from 'vitest';
import { KhuyenCongError, MAX_MONEY_DONG, money, sumMoneyBy, type Money } from '../../src/index.js';

/** Seed 003 (Báo Công Thương, 29/05/2014), southern region: funding by year and source. */
const SEED_003 = [
  { year: 2013, source: 'KCQG', dong: 7_730_000_000 },
  { year: 2013, source: 'KCĐP', dong: 46_330_000_000 },
  { year: 2014, source: 'KCQG', dong: 13_877_000_000 },
  { year: 2014, source: 'KCĐP', dong: 49_490_000_000 },
] as const;

const dongOf = (m: ReadonlyMap<unknown, Money>): [unknown, number][] => [...m].map(([k, v]) => [k, v.dong]);

function thrown(f: () => unknown): KhuyenCongError {
  try {
    f();
  } catch (e) {
    if (e instanceof KhuyenCongError) return e;
    throw e;
  }
  throw new Error('expected a KhuyenCongError');
}

describe('sumMoneyBy', () => {
  it('the docstring example: seed 003 by year, 54,06 tỷ in 2013 and 63,367 tỷ in 2014 (the components, not the stated 63,335)', () => {
    const lines = [
      { year: 2013, dong: 7_730_000_000 },
      { year: 2013, dong: 46_330_000_000 },
      { year: 2014, dong: 13_877_000_000 },
      { year: 2014, dong: 49_490_000_000 },
    ];
    const byYear = sumMoneyBy(lines, (l) => l.year, (l) => l.dong);
    expect(byYear.get(2013)?.dong).toBe(54_060_000_000);
    expect(byYear.get(2014)?.dong).toBe(63_367_000_000);
  });

  it('groups seed 003 by source: KCQG 7,73 + 13,877 = 21,607 tỷ, KCĐP 46,33 + 49,49 = 95,82 tỷ, keys in order of first appearance', () => {
    const bySource = sumMoneyBy(SEED_003, (l) => l.source, (l) => l.dong);
    expect(dongOf(bySource)).toEqual([
      ['KCQG', 21_607_000_000],
      ['KCĐP', 95_820_000_000],
    ]);
  });

  it('takes Money or whole đồng, composite keys, and passes each line its position', () => {
    const seen: number[] = [];
    const r = sumMoneyBy(
      SEED_003,
      (l, i) => {
        seen.push(i);
        return `${String(l.year)}|${l.source}`;
      },
      (l, i) => (i % 2 === 0 ? money(l.dong) : l.dong),
    );
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(r.size).toBe(4);
    expect(r.get('2014|KCĐP')?.dong).toBe(49_490_000_000);
  });

  it('adds negative amounts (corrections) and reads any iterable, such as a generator', () => {
    function* lines(): Generator<{ k: string; d: number }> {
      yield { k: 'a', d: 1_000 };
      yield { k: 'b', d: -250 };
      yield { k: 'a', d: -1_000 };
      yield { k: 'b', d: 50 };
    }
    const r = sumMoneyBy(lines(), (l) => l.k, (l) => l.d);
    expect(dongOf(r)).toEqual([
      ['a', 0],
      ['b', -200],
    ]);
    expect(Object.is(r.get('a')?.dong, 0)).toBe(true); // never -0
  });

  it('returns an empty map for no lines', () => {
    expect(sumMoneyBy([], () => 'x', () => 1).size).toBe(0);
  });

  it('returns a frozen map of frozen Money and leaves its input alone', () => {
    const input = SEED_003.map((l) => ({ ...l }));
    const before = JSON.stringify(input);
    const r = sumMoneyBy(input, (l) => l.year, (l) => l.dong);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.get(2013))).toBe(true);
    expect(r.get(2013)).toEqual({ kind: 'money', dong: 54_060_000_000 });
    const writable = r as Map<number, Money>;
    expect(() => writable.set(2015, money(1))).toThrow(TypeError);
    expect(() => writable.delete(2013)).toThrow(/read-only/);
    expect(() => writable.clear()).toThrow(/read-only/);
    expect(r.size).toBe(2);
  });

  it('refuses a fraction of a đồng, naming the line', () => {
    const e = thrown(() => sumMoneyBy([{ d: 1 }, { d: 1.5 }], () => 'x', (l) => l.d));
    expect(e.issues[0]?.code).toBe('money.not-integer');
    expect(e.issues[0]?.path).toEqual([1]);
    expect(e.messagesIn('vi')).toEqual(['1: Số tiền 1.5 ở dòng 1 không phải số nguyên đồng.']);
    expect(e.messagesIn('en')).toEqual(['1: The amount 1.5 on line 1 is not a whole number of đồng.']);
    expect(thrown(() => sumMoneyBy([NaN], () => 'x', (d) => d)).issues[0]?.code).toBe('money.not-integer');
  });

  it('refuses, from plain JavaScript, an amount that is neither a number nor a Money (an empty CSV cell read as null)', () => {
    const cells: unknown[] = [1_000, null, undefined, '7730000000', {}, Symbol('x')];
    for (let i = 1; i < cells.length; i++) {
      const e = thrown(() => sumMoneyBy([cells[0], cells[i]], () => 'x', (c) => c as number));
      expect(e.issues[0]).toMatchObject({ code: 'money.not-integer', path: [1] });
    }
    expect(thrown(() => sumMoneyBy([null], () => 'x', (c) => c as unknown as number)).messagesIn('en')).toEqual([
      '0: The amount null on line 0 is not a whole number of đồng.',
    ]);
  });

  it('refuses an amount beyond the exact range, naming the line', () => {
    const e = thrown(() => sumMoneyBy([2 ** 53], () => 'x', (d) => d));
    expect(e.issues[0]?.code).toBe('money.out-of-range');
    expect(e.issues[0]?.path).toEqual([0]);
    expect(e.messagesIn('en')).toEqual([
      '0: The amount 9007199254740992 on line 0 is outside the exactly representable range (±9,007,199,254,740,991 đồng).',
    ]);
    expect(e.messagesIn('vi')).toEqual([
      '0: Số tiền 9007199254740992 ở dòng 0 vượt quá giới hạn số tiền biểu diễn chính xác (±9.007.199.254.740.991 đồng).',
    ]);
  });

  it("checks each group's partial sums: MAX in two groups is fine, MAX + 1 in one group is not", () => {
    const fine = sumMoneyBy([MAX_MONEY_DONG, MAX_MONEY_DONG], (_, i) => i, (d) => d);
    expect(dongOf(fine)).toEqual([
      [0, MAX_MONEY_DONG],
      [1, MAX_MONEY_DONG],
    ]);
    const e = thrown(() => sumMoneyBy([MAX_MONEY_DONG, -5, 6, 1], () => 'A', (d) => d));
    expect(e.issues[0]?.code).toBe('money.out-of-range');
    expect(e.issues[0]?.path).toEqual([2]);
    expect(e.messagesIn('en')).toEqual([
      '2: The sum of group A leaves the exactly representable range (±9,007,199,254,740,991 đồng) at line 2.',
    ]);
    expect(e.messagesIn('vi')).toEqual([
      '2: Tổng của nhóm A vượt quá giới hạn số tiền biểu diễn chính xác (±9.007.199.254.740.991 đồng) ở dòng 2.',
    ]);
    expect(() => sumMoneyBy([-MAX_MONEY_DONG, -1], () => 'B', (d) => d)).toThrow(/sum of group B/);
  });
});
