import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  MoneySchema,
  NameSchema,
  parseDeAn,
  parseDeAnEvent,
  parseEstablishment,
  parsePlan,
  parseProgrammeTargets,
  RatioSchema,
  ratio,
  ratioEquals,
  safeParseDeAn,
  transition,
  YearSchema,
} from '../../src/index.js';
import { day, deAnArb, establishmentArb, eventArb } from '../project/arbitraries.js';
import { nationalTraining } from '../project/fixtures.js';

/** JSON.stringify → JSON.parse: what a value becomes on the wire. */
const wire = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

const targetsArb = fc
  .record({
    level: fc.constantFrom('NATIONAL' as const, 'PROVINCIAL' as const),
    start: fc.integer({ min: 2013, max: 2030 }),
    span: fc.integer({ min: 0, max: 4 }),
    targets: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 4 }),
  })
  .map((r) => ({
    level: r.level,
    ...(r.level === 'PROVINCIAL' ? { province: { code: '01', asOf: '2024-01-01' } } : {}),
    period: { startYear: r.start, endYear: r.start + r.span },
    indicators: r.targets.map((target, i) => ({ id: `i-${String(i)}`, label: { vi: `Chỉ tiêu ${String(i)}`, en: `Indicator ${String(i)}` }, unit: 'person' as const, target })),
  }));

describe('every schema: parse(JSON.parse(JSON.stringify(parse(x)))) equals parse(x)', () => {
  const roundTrips = <T>(arb: fc.Arbitrary<T>, parse: (x: unknown) => unknown, numRuns = 100, idempotent = true): void => {
    fc.assert(
      fc.property(arb, (x) => {
        const once = parse(x);
        expect(parse(wire(once))).toEqual(once);
        // and every parseX accepts its own output (idempotent)
        if (idempotent) expect(parse(once)).toEqual(once);
      }),
      { numRuns },
    );
  };

  it('primitives', () => {
    roundTrips(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (x) => MoneySchema.parse(x), 100, false);
    roundTrips(
      fc.oneof(
        fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n })).map(([n, d]) => `${String(n)}/${String(d)}`),
        fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${String(a)}.${String(b)}`),
      ),
      (x) => RatioSchema.parse(x),
      100,
      false,
    );
    roundTrips(fc.integer({ min: 0, max: 3000 }).map(day), (x) => IsoDateSchema.parse(x), 100, false);
    roundTrips(fc.integer({ min: 2000, max: 2100 }), (x) => YearSchema.parse(x), 100, false);
    roundTrips(fc.record({ vi: fc.string({ minLength: 1 }), en: fc.string({ minLength: 1 }) }), (x) => LocalizedTextSchema.parse(x), 100, false);
    roundTrips(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,20}$/), (x) => IdSchema.parse(x), 100, false);
    roundTrips(fc.string({ minLength: 1, maxLength: 50 }).filter((s) => /\S/.test(s)), (x) => NameSchema.parse(x), 100, false);
  });

  it('establishment, đề án, event, plan, programme targets', () => {
    roundTrips(establishmentArb, parseEstablishment);
    roundTrips(deAnArb.filter((d) => safeParseDeAn(d).success), parseDeAn, 80);
    roundTrips(eventArb, parseDeAnEvent);
    roundTrips(
      fc.array(deAnArb, { minLength: 1, maxLength: 2 }).map((list) => {
        const deAn = list.map((d, i) => ({ ...d, id: `DA-${String(i)}`, scope: 'NATIONAL' as const, period: { startYear: 2020, endYear: 2020 } })).filter((d) => safeParseDeAn(d).success);
        const sums = new Map<string, number>();
        for (const d of deAn) for (const b of d.budget) sums.set(b.source, (sums.get(b.source) ?? 0) + b.approved);
        return { id: 'KH-2020', level: 'NATIONAL' as const, year: 2020, deAn, totals: [...sums].map(([source, amount]) => ({ source, amount })) };
      }),
      parsePlan,
      30,
    );
    roundTrips(targetsArb, parseProgrammeTargets);
  });
});

describe('values survive JSON', () => {
  it('a parsed đề án survives JSON.stringify → parseDeAn (its amounts were refused before)', () => {
    const d = parseDeAn(nationalTraining);
    expect(parseDeAn(wire(d))).toEqual(d);
    // Money is its integer of whole đồng on the wire: what MoneySchema and the JSON Schema accept
    expect((wire(d) as { budget: { approved: unknown }[] }).budget[0]?.approved).toBe(nationalTraining.budget[0]?.approved);
  });

  it('an exact ratio is written exactly and read back by ratio() and RatioSchema', () => {
    expect(JSON.stringify(ratio(1, 3))).toBe('"1/3"');
    expect(JSON.stringify(ratio('0.1716'))).toBe('"0.1716"');
    expect(JSON.stringify(ratio(-2, 7))).toBe('"-2/7"');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.bigInt({ min: 1n, max: 10n ** 40n }), (n, d) => {
        const r = ratio(n, d);
        expect(ratioEquals(ratio(wire(r) as string), r)).toBe(true);
        if (n >= 0n && r.numerator < 10n ** 39n && r.denominator < 10n ** 39n) expect(ratioEquals(RatioSchema.parse(wire(r)), r)).toBe(true);
      }),
    );
  });

  it('transition accepts the event parseDeAnEvent returned, like its serialised form', () => {
    const approved = parseDeAn({
      ...nationalTraining,
      history: [
        { state: 'DRAFTED', event: 'CREATE', at: '2019-03-01' },
        { state: 'REGISTERED', event: 'REGISTER', at: '2019-04-10' },
        { state: 'GRASSROOTS_APPRAISAL', event: 'START_GRASSROOTS_APPRAISAL', at: '2019-05-15' },
        { state: 'MINISTRY_APPRAISAL', event: 'SUBMIT_TO_MINISTRY', at: '2019-06-18' },
      ],
    });
    const json = { type: 'APPROVE' as const, approved: [{ source: 'NATIONAL' as const, amount: 400_000_000 }, { source: 'COUNTERPART' as const, amount: 100_000_000 }] };
    const fromJson = transition(approved, json, { at: '2019-12-20' });
    const fromParsed = transition(approved, parseDeAnEvent(json), { at: '2019-12-20' });
    expect(fromJson.ok).toBe(true);
    expect(fromParsed).toEqual(fromJson);
  });
});
