import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/index.js';
import {
  isCurrentProvinceCode,
  isLegacyProvinceCode,
  parseProvinceCode,
  safeParseProvinceCode,
} from '../../src/geo/index.js';

describe('parseProvinceCode', () => {
  it('brands a code of each map (the TSDoc examples)', () => {
    expect(parseProvinceCode('95', { era: 'legacy' })).toBe('95');
    expect(() => parseProvinceCode('95', { era: 'current' })).toThrow(
      'code: Mã 95 (Tỉnh Bạc Liêu) không còn hiệu lực từ 01/7/2025; đơn vị kế thừa là 96 (Tỉnh Cà Mau). / The code 95 (Tỉnh Bạc Liêu) is not valid from 2025-07-01; its successor is 96 (Tỉnh Cà Mau).',
    );
    expect(safeParseProvinceCode('28', { era: 'legacy' }).success).toBe(false);
  });

  it('trims, zero-pads one digit and reads numbers', () => {
    expect(parseProvinceCode(' 1 ', { era: 'current' })).toBe('01');
    expect(parseProvinceCode(4, { era: 'legacy' })).toBe('04');
    expect(parseProvinceCode('96', { era: 'current' })).toBe('96');
  });

  it('rejects malformed codes with a bilingual message naming the field', () => {
    const r = safeParseProvinceCode('Bạc Liêu', { era: 'legacy' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(KhuyenCongError);
    expect(r.error.issues[0]?.code).toBe('geo.code-format');
    expect(r.error.issues[0]?.path).toEqual(['code']);
    expect(r.error.messagesIn('vi')).toEqual(['code: Mã tỉnh "Bạc Liêu" không hợp lệ: mã gồm 2 chữ số, ví dụ "01" hoặc "96".']);
    expect(r.error.messagesIn('en')).toEqual([
      'code: The province code "Bạc Liêu" is invalid: a code is two digits, for example "01" or "96".',
    ]);
    for (const bad of ['', '123', '9a', null, undefined, 1.5, {}]) {
      expect(safeParseProvinceCode(bad, { era: 'current' }).success).toBe(false);
    }
  });

  it('rejects unknown codes in each map', () => {
    const legacy = safeParseProvinceCode('28', { era: 'legacy' });
    expect(!legacy.success && legacy.error.issues[0]?.code).toBe('geo.code-unknown');
    expect(!legacy.success && legacy.error.messagesIn('en')[0]).toBe(
      'code: No provincial-level unit has the code 28 (since 2008-08-01).',
    );
    const current = safeParseProvinceCode('99', { era: 'current' });
    expect(!current.success && current.error.issues[0]?.code).toBe('geo.code-unknown');
    expect(!current.success && current.error.messagesIn('vi')[0]).toBe(
      'code: Không có đơn vị hành chính cấp tỉnh nào mang mã 99 (từ 01/8/2008).',
    );
  });

  it('names the successor of an old code that ended (Đồng Tháp 87 → 82)', () => {
    const r = safeParseProvinceCode('87', { era: 'current' });
    expect(!r.success && r.error.issues[0]?.code).toBe('geo.code-not-current');
    expect(!r.success && r.error.messagesIn('en')[0]).toBe(
      'code: The code 87 (Tỉnh Đồng Tháp) is not valid from 2025-07-01; its successor is 82 (Tỉnh Đồng Tháp).',
    );
  });
});

describe('isLegacyProvinceCode / isCurrentProvinceCode', () => {
  it('tells the maps apart', () => {
    expect(isLegacyProvinceCode('95')).toBe(true);
    expect(isCurrentProvinceCode('95')).toBe(false);
    expect(isLegacyProvinceCode('96') && isCurrentProvinceCode('96')).toBe(true);
    expect(isLegacyProvinceCode('28')).toBe(false);
    expect(isLegacyProvinceCode('1')).toBe(false);
  });
});
