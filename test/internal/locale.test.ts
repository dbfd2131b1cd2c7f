import { describe, expect, it } from 'vitest';
import {
  explain,
  checkEligibility,
  formatCitation,
  formatCount,
  formatMoney,
  formatPercent,
  formatQuantity,
  KhuyenCongError,
  count,
  money,
  parseQuantity,
  ratio,
  renderDecisionTables,
  renderPolicyTables,
  resolveLocale,
} from '../../src/index.js';

describe('resolveLocale', () => {
  it('reduces Vietnamese and English BCP 47 tags, in any case, to vi / en', () => {
    expect(resolveLocale(undefined)).toBe('vi');
    for (const t of ['vi', 'vi-VN', 'VI', 'vi-vn', 'vi_VN']) expect(resolveLocale(t)).toBe('vi');
    for (const t of ['en', 'en-US', 'en-GB', 'EN-us', 'en_GB', 'en-AU']) expect(resolveLocale(t)).toBe('en');
  });

  it('refuses every other value with locale.unsupported at path locale', () => {
    for (const bad of ['fr', 'english', '', 'vi-', 'en-XX', 'toString', '__proto__', 'x'.repeat(100_000), null, 1, {}, ['en'], Object.create(null)]) {
      let caught: unknown;
      try {
        resolveLocale(bad);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(KhuyenCongError);
      const e = caught as KhuyenCongError;
      expect(e.issues[0]?.code).toBe('locale.unsupported');
      expect(e.issues[0]?.path).toEqual(['locale']);
      expect(e.message.length).toBeLessThan(400);
    }
  });
});

describe('every export that writes text takes a BCP 47 tag', () => {
  it("'en-US' writes 6,979 tỷ in English notation, not as \"6.979 tỷ đồng\"", () => {
    // seed 000: Bạc Liêu, 6.979 tỷ đồng approved over 2014–2018 (4.020 national + 2.959 local)
    const m = money(6_979_000_000);
    expect(formatMoney(m, { locale: 'en-US' })).toBe('VND 6.979 billion');
    expect(formatMoney(m, { locale: 'vi-VN' })).toBe('6,979 tỷ đồng');
    expect(formatQuantity(parseQuantity('tăng 17,16%'), { locale: 'en-GB' })).toBe('up 17.16%');
    expect(formatPercent(ratio('0.1716'), { locale: 'en-GB' })).toBe('17.16%');
    expect(formatCount(count(3324, 'worker'), { locale: 'en-US' })).toBe('3,324 workers');
  });

  it('the other writers resolve the tag too and refuse an unknown one', () => {
    const c = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', confidence: 'verified-from-text' } as const;
    expect(formatCitation(c, { locale: 'en-US' })).toBe('Decree 45/2012/ND-CP, Art. 1(2)(a)');
    expect(renderDecisionTables('en-GB')).toBe(renderDecisionTables('en'));
    expect(renderPolicyTables('vi-VN')).toBe(renderPolicyTables('vi'));
    const r = checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { at: '2024-01-01' });
    expect(explain(r, { locale: 'en-US' })).toBe(explain(r, { locale: 'en' }));
    const refuses = (f: () => unknown): void => {
      expect(f).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'locale.unsupported' })] }) as never);
    };
    refuses(() => formatMoney(money(1), { locale: 'fr' as never }));
    refuses(() => formatCitation(c, { locale: 'de' as never }));
    refuses(() => renderPolicyTables('zh' as never));
    refuses(() => new KhuyenCongError([]).messagesIn('fr' as never));
  });
});

describe('English text writes every number in English notation (the class of "2,959 tỷ đồng" in an English sentence)', () => {
  it('no English audit message of the seed reports has a bare Vietnamese-notation number outside quotes', async () => {
    const { auditReports, SEED_REPORTS } = await import('../../src/index.js');
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (typeof v === 'object' && v !== null) {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'en' && typeof x === 'string') texts.push(x);
          else walk(x);
        }
      }
    };
    walk(auditReports(Object.values(SEED_REPORTS)));
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) {
      const unquoted = t.replace(/“[^”]*”/g, '“…”');
      // "2,959 tỷ", "54,06 tỷ đồng", "700 triệu đồng": a Vietnamese scale word or a decimal comma before one
      expect(unquoted, t).not.toMatch(/\d+,\d+ (tỷ|triệu)|\d (tỷ|triệu|nghìn) đồng/);
    }
  });
});
