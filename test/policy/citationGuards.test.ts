import { describe, expect, it } from 'vitest';
import { formatCitation, instrumentName } from '../../src/index.js';
import { any, issueOf, revoked } from '../reliability/guards.js';

// NĐ 45/2012/NĐ-CP Art. 1(2)(a): the TSDoc example of formatCitation.
const ND45 = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', confidence: 'verified-from-text' } as const;

describe('formatCitation and instrumentName check their arguments at entry (issue 14 sweep: TypeError before)', () => {
  it('instrumentName: an unregistered id is citation.unknown-instrument, a bad locale locale.unsupported', () => {
    for (const bad of [undefined, null, 0, '', 'ND-00-0000', {}, revoked(), 'toString', '__proto__']) {
      expect(issueOf(() => instrumentName(any(bad), 'vi'))).toEqual(['citation.unknown-instrument', ['id']]);
    }
    expect(issueOf(() => instrumentName('ND-45-2012', any('fr')))).toEqual(['locale.unsupported', ['locale']]);
    expect(instrumentName('TTLT-26-2014-BTC-BCT', 'en')).toBe('Joint Circular 26/2014/TTLT-BTC-BCT');
  });

  it('formatCitation: a citation that is not one is refused with its field path', () => {
    for (const bad of [undefined, null, 0, 'ND-45-2012', [], {}]) expect(issueOf(() => formatCitation(any(bad), { locale: 'vi' }))).toEqual(['citation.no-instrument', ['c']]);
    expect(issueOf(() => formatCitation(any({ ...ND45, instrument: 'ND-00' }), { locale: 'vi' }))).toEqual(['citation.unknown-instrument', ['c', 'instrument']]);
    expect(issueOf(() => formatCitation(any({ ...ND45, asAmendedBy: 7 }), { locale: 'vi' }))).toEqual(['citation.unknown-instrument', ['c', 'asAmendedBy']]);
    expect(issueOf(() => formatCitation(any({ ...ND45, article: Number.NaN }), { locale: 'en' }))).toEqual(['citation.invalid', ['c', 'article']]);
    expect(issueOf(() => formatCitation(any({ ...ND45, clause: JSON.parse('{"toString":1}') as unknown }), { locale: 'en' }))).toEqual(['citation.invalid', ['c', 'clause']]);
    expect(issueOf(() => formatCitation(any({ ...ND45, point: 'a'.repeat(100_000) }), { locale: 'en' }))).toEqual(['citation.invalid', ['c', 'point']]);
    expect(issueOf(() => formatCitation(any(revoked()), { locale: 'en' }))).toEqual(['input.unreadable', []]);
  });

  it('formatCitation: a missing options object writes Vietnamese, as resolveLocale does', () => {
    expect(formatCitation(ND45, any(undefined))).toBe('điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP');
    expect(formatCitation(ND45, { locale: 'en' })).toBe('Decree 45/2012/ND-CP, Art. 1(2)(a)');
    expect(issueOf(() => formatCitation(ND45, any({ locale: 3 })))).toEqual(['locale.unsupported', ['locale']]);
  });
});
