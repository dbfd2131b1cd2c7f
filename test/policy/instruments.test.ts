import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS, INSTRUMENTS, isInstrumentId } from '../../src/policy/index.js';

describe('INSTRUMENTS', () => {
  it('holds the instruments\' dates (docs/legal-sources.md, "Instruments and dates")', () => {
    // TT 46/2012 Art. 11(1): "có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2013".
    expect(INSTRUMENTS['TT-46-2012-BCT'].effective).toMatchObject({ date: '2013-02-10', confidence: 'verified-from-text' });
    // TT 36/2013 Art. 24(1): "kể từ ngày 10 tháng 02 năm 2014".
    expect(INSTRUMENTS['TT-36-2013-BCT'].effective).toMatchObject({ date: '2014-02-10', confidence: 'verified-from-text' });
    // NĐ 45/2012 Art. 18: "kể từ ngày 05 tháng 7 năm 2012"; TTLT 26/2014 Art. 10(1): "từ ngày 08 tháng 4 năm 2014".
    expect(INSTRUMENTS['ND-45-2012'].effective.date !== null && INSTRUMENTS['ND-45-2012'].effective.confidence).toBe('verified-from-text');
    expect(INSTRUMENTS['TTLT-26-2014-BTC-BCT'].effective.date !== null && INSTRUMENTS['TTLT-26-2014-BTC-BCT'].effective.confidence).toBe('verified-from-text');
    expect(INSTRUMENTS['ND-45-2012'].textVerifiedArticles).toHaveLength(19);
    expect(INSTRUMENTS['TT-46-2012-BCT'].textVerifiedArticles).toHaveLength(11);
    expect(INSTRUMENTS['TT-36-2013-BCT'].textVerifiedArticles).toHaveLength(24);
    expect(INSTRUMENTS['TTLT-26-2014-BTC-BCT'].textVerifiedArticles).toHaveLength(10);
    expect(INSTRUMENTS['TT-26-2014-BCT'].textVerifiedArticles).toHaveLength(25);
    expect(INSTRUMENTS['ND-45-2012'].signed.date).toBe('2012-05-21');
    expect(INSTRUMENTS['ND-45-2012'].effective.date).toBe('2012-07-05');
    expect(INSTRUMENTS['ND-235-2025'].effective.date).toBe('2025-10-15');
    expect(INSTRUMENTS['TTLT-26-2014-BTC-BCT'].effective.date).toBe('2014-04-08');
    expect(INSTRUMENTS['TTLT-26-2014-BTC-BCT'].end.date).toBe('2018-05-10');
    expect(INSTRUMENTS['TT-28-2018-BTC'].effective.date).toBe('2018-05-11');
    expect(INSTRUMENTS['TT-38-2025-BCT'].effective.date).toBe('2025-07-01');
    expect(INSTRUMENTS['QD-2646-2025-BCT'].issuer.en).toBe('Minister of Industry and Trade');
  });

  it('leaves unverified dates null with a note, never guessed', () => {
    const tt17 = INSTRUMENTS['TT-17-2018-BCT'].effective;
    expect(tt17.date).toBeNull();
    expect(tt17.note?.en).toBe('Effective date unverified.');
    expect(INSTRUMENTS['TT-17-2018-BCT'].signed.date).toBeNull();
    expect(INSTRUMENTS['TT-64-2024-BTC'].effective.date).toBeNull();
    expect(INSTRUMENTS['TT-20-2017-BCT'].effective.date).toBeNull();
  });

  it('keeps relations symmetric', () => {
    const inverse = { amends: 'amended-by', 'amended-by': 'amends', replaces: 'replaced-by', 'replaced-by': 'replaces' } as const;
    for (const id of INSTRUMENT_IDS) {
      for (const r of INSTRUMENTS[id].relations) {
        expect(INSTRUMENTS[r.instrument].relations.some((x) => x.kind === inverse[r.kind] && x.instrument === id)).toBe(true);
      }
    }
  });

  it('uses only ISO dates and ids equal to keys', () => {
    for (const id of INSTRUMENT_IDS) {
      const i = INSTRUMENTS[id];
      expect(i.id).toBe(id);
      for (const d of [i.signed, i.effective, i.end]) if (d.date !== null) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(INSTRUMENT_IDS).toHaveLength(17);
    expect(isInstrumentId('ND-45-2012')).toBe(true);
    expect(isInstrumentId('ND-46-2012')).toBe(false);
    expect(isInstrumentId('toString')).toBe(false);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(INSTRUMENTS)).toBe(true);
    expect(() => {
      (INSTRUMENTS['ND-45-2012'].relations as unknown as unknown[]).push(1);
    }).toThrow(TypeError);
    expect(() => {
      (INSTRUMENTS['ND-45-2012'].title as { vi: string }).vi = 'x';
    }).toThrow(TypeError);
  });
});
