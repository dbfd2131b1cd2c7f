import { describe, expect, it } from 'vitest';
import {
  addIntervals,
  averageInterval,
  cagrInterval,
  intervalFromBounds,
  intervalHull,
  intervalOfExact,
  intervalToString,
  isEmptyInterval,
  negateInterval,
  ratio,
  shareInterval,
  sumInterval,
  type Interval,
} from '../../src/index.js';
import { any, issueOf, revoked } from '../reliability/guards.js';

const one = intervalOfExact(ratio(1));

describe('class: every interval function reads its Interval arguments through one check (issue 14 sweep)', () => {
  it('stats.invalid-interval with the argument name and the end, for what is not an interval', () => {
    for (const bad of [undefined, null, 0, 'abc', [], {}, { lo: null }, { lo: { value: ratio(1) }, hi: null }, revoked()]) {
      expect(issueOf(() => isEmptyInterval(any(bad)))[0]).toBe('stats.invalid-interval');
      const [code, path] = issueOf(() => addIntervals(one, any(bad)));
      expect(code).toBe('stats.invalid-interval');
      expect(path[0]).toBe('b');
      expect(issueOf(() => negateInterval(any(bad)))[1][0]).toBe('a');
      expect(issueOf(() => shareInterval(any(bad), one))[1][0]).toBe('part');
    }
    expect(issueOf(() => addIntervals(any({ lo: null }), one))).toEqual(['stats.invalid-interval', ['a', 'hi']]);
    expect(issueOf(() => averageInterval(one, any({ lo: { value: ratio(1), open: 'no' }, hi: null })))).toEqual(['stats.invalid-interval', ['count', 'lo']]);
    expect(issueOf(() => cagrInterval(any({ lo: { value: 0.5, open: false }, hi: null }), one, 2))[0]).toBe('ratio.not-ratio');
  });

  it('lists of intervals: an array, each element checked with its position', () => {
    for (const bad of [undefined, 'abc', {}, revoked()]) {
      expect(issueOf(() => sumInterval(any(bad)))).toEqual(['stats.invalid-interval', ['intervals']]);
      expect(issueOf(() => intervalHull(any(bad)))).toEqual(['stats.invalid-interval', ['intervals']]);
    }
    expect(issueOf(() => sumInterval(any([one, 0])))).toEqual(['stats.invalid-interval', ['intervals', 1, 'lo']]);
  });

  it('still computes exactly (seed 003: 13,877 and 49,49 as published, half a unit of the last digit either side)', () => {
    const parts: Interval[] = [intervalFromBounds(ratio('13.8765'), ratio('13.8775')), intervalFromBounds(ratio('49.485'), ratio('49.495'))];
    expect(intervalToString(sumInterval(parts))).toBe('[63.3615, 63.3725]');
    expect(isEmptyInterval(JSON.parse('{"lo":null,"hi":null}') as Interval)).toBe(false);
  });
});
