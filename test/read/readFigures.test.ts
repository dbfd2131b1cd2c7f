import { describe, expect, it } from 'vitest';
import { KhuyenCongError, readFigures, type TextFigure } from '../../src/index.js';

// Sentences written by the team with the figures of the seed articles (../shared/seed-figures.md) and of the
// development corpus' articles; not the articles' own sentences.

const at = '2014-06-01';

/** The figures as [phrase as written, value, unit or scale]. */
const brief = (figs: readonly TextFigure[]): [string, string | undefined, string | undefined][] =>
  figs.map((f) => [f.span.text, f.quantity?.value.toString(), f.quantity?.unit ?? f.quantity?.scale]);

describe('readFigures: figures, values, units and spans', () => {
  it('reads the southern region 2013 funding with its sources, period and comparison base (seed 003)', () => {
    const t =
      'Năm 2013, kinh phí khuyến công của các tỉnh phía Nam đạt 54,06 tỷ đồng, tăng 2,1% so với năm 2012; trong đó kinh phí khuyến công quốc gia 7,73 tỷ đồng cho 50 đề án, kinh phí khuyến công địa phương 46,33 tỷ đồng cho 237 đề án.';
    const figs = readFigures(t, { at });
    expect(brief(figs)).toEqual([
      ['54,06 tỷ đồng', '54060000000', 'tỷ'],
      ['tăng 2,1%', '0.021', undefined],
      ['7,73 tỷ đồng', '7730000000', 'tỷ'],
      ['50 đề án', '50', 'project'],
      ['46,33 tỷ đồng', '46330000000', 'tỷ'],
      ['237 đề án', '237', 'project'],
    ]);
    for (const f of figs) expect(t.slice(f.span.start, f.span.end)).toBe(f.span.text);
    expect(figs[0]?.span.start).toBe(t.indexOf('54,06'));
    expect(figs[0]?.measures).toBe('funding');
    expect(figs[0]?.period?.period).toEqual({ kind: 'year', year: 2013 });
    expect(figs[1]?.quantity?.direction).toBe('increase');
    expect(figs[1]?.comparedWith?.period).toEqual({ kind: 'year', year: 2012 });
    expect(figs[2]?.source).toBe('national');
    expect(figs[3]?.source).toBe('national');
    expect(figs[3]?.measures).toBe('programmes');
    expect(figs[4]?.source).toBe('local');
    expect(figs[5]?.source).toBe('local');
  });

  it('reads a plan with an average per province written as a rate (seed 003, 2014)', () => {
    const t = 'Kế hoạch năm 2014 tổng kinh phí là 63,335 tỷ đồng, tăng 17,16% so năm 2013, bình quân đạt 3,17 tỷ đồng/1 tỉnh, thành phố.';
    const figs = readFigures(t, { at });
    expect(brief(figs)).toEqual([
      ['63,335 tỷ đồng', '63335000000', 'tỷ'],
      ['tăng 17,16%', '0.1716', undefined],
      ['3,17 tỷ đồng/1 tỉnh, thành phố', '3170000000', 'tỷ'],
    ]);
    expect(figs[0]?.total).toBe(true);
    expect(figs[0]?.status).toBe('plan');
    expect(figs[2]?.quantity?.per).toBe('province');
    expect(figs[1]?.comparedWith?.period).toEqual({ kind: 'year', year: 2013 });
  });

  it('reads Bạc Liêu 2014–2018 with a period and resolves the province as of the date (seed 000)', () => {
    const t = 'Giai đoạn 2014-2018, tỉnh Bạc Liêu được phê duyệt 6,979 tỷ đồng kinh phí khuyến công, gồm 2,959 tỷ đồng khuyến công địa phương và 4,020 tỷ đồng khuyến công quốc gia.';
    const figs = readFigures(t, { at: '2019-03-28' });
    expect(brief(figs)).toEqual([
      ['6,979 tỷ đồng', '6979000000', 'tỷ'],
      ['2,959 tỷ đồng', '2959000000', 'tỷ'],
      ['4,020 tỷ đồng', '4020000000', 'tỷ'],
    ]);
    expect(figs[0]?.period?.period).toEqual({ kind: 'period', from: 2014, to: 2018 });
    expect(figs[0]?.status).toBe('approved');
    expect(figs[0]?.place?.province?.shortName).toBe('Bạc Liêu');
    expect(figs[0]?.place?.span.text).toBe('Bạc Liêu');
    expect(figs[1]?.source).toBe('local');
    expect(figs[2]?.source).toBe('national');
    // The same text read after the 2025 reorganisation: Bạc Liêu is not a province then; it is said, not guessed.
    const later = readFigures(t, { at: '2025-08-01' });
    expect(later[0]?.place?.province).toBeUndefined();
    expect(later[0]?.flags).toContain('place-not-found');
    expect(later[0]?.place?.reason?.en).toMatch(/Bạc Liêu|Bac Lieu/);
  });

  it('reads targets with qualifiers and nouns with modifiers (seed 001, Bình Dương to 2025)', () => {
    const t =
      'Đến năm 2025, Bình Dương phấn đấu hỗ trợ hơn 75 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến, xây dựng ít nhất 2 mô hình trình diễn kỹ thuật, tổ chức 20 lớp tập huấn cho khoảng 800 người và phát triển mạng lưới 40 cộng tác viên khuyến công.';
    const figs = readFigures(t, { at: '2021-11-25' });
    expect(brief(figs)).toEqual([
      ['hơn 75 cơ sở công nghiệp nông thôn', '75', 'establishment'],
      ['ít nhất 2 mô hình', '2', 'model'],
      ['20 lớp', '20', 'class'],
      ['khoảng 800 người', '800', 'person'],
      ['40 cộng tác viên', '40', 'collaborator'],
    ]);
    expect(figs[0]?.quantity?.qualifiers).toEqual(['more-than']);
    expect(figs[0]?.noun?.modifiers).toBe('ứng dụng máy móc thiết bị tiên tiến');
    expect(figs[0]?.measures).toBe('machinery-support');
    expect(figs[1]?.noun?.modifiers).toBe('trình diễn kỹ thuật');
    expect(figs[1]?.measures).toBe('demonstration-models');
    expect(figs[2]?.measures).toBe('training-classes');
    expect(figs[3]?.measures).toBe('trainees');
    expect(figs[3]?.quantity?.qualifiers).toEqual(['about']);
    expect(figs[4]?.measures).toBe('collaborators');
    for (const f of figs) {
      expect(f.status).toBe('target');
      expect(f.period?.period).toEqual({ kind: 'by', year: 2025 });
      expect(f.place?.province?.shortName).toBe('Bình Dương');
    }
  });

  it('reads "1 tỷ 650 triệu đồng" as one amount, with the phrase it gave parseQuantity', () => {
    const [f] = readFigures('Tổng kinh phí là: 1 tỷ 650 triệu đồng.', { at: '2022-01-15' });
    expect(f?.span.text).toBe('1 tỷ 650 triệu đồng');
    expect(f?.quantity?.value.toString()).toBe('1650000000');
    expect(f?.read).toBe('1.650 triệu đồng');
    expect(f?.flags).toContain('compound');
    // Precision: half a million, the last written unit.
    expect(f?.quantity?.interval.lo?.value.toString()).toBe('1649500000');
    const [g] = readFigures('hỗ trợ 2 tỷ 50 triệu đồng', { at });
    expect(g?.quantity?.value.toString()).toBe('2050000000');
  });

  it('reads "ước đạt trên …" as the bound, flagged as an estimate, and "lên đến …" as at most', () => {
    const [a] = readFigures('với kinh phí ước đạt hơn 2 tỷ đồng', { at: '2024-08-15' });
    expect(a?.span.text).toBe('hơn 2 tỷ đồng');
    expect(a?.quantity?.qualifiers).toEqual(['more-than']);
    expect(a?.flags).toContain('estimated');
    const [b] = readFigures('tổng mức hỗ trợ lên đến 120 triệu đồng', { at: '2015-10-01' });
    expect(b?.span.text).toBe('lên đến 120 triệu đồng');
    expect(b?.quantity?.qualifiers).toEqual(['at-most']);
    expect(b?.quantity?.interval.lo?.value.toString()).toBe('0');
    expect(b?.quantity?.interval.hi?.value.toString()).toBe('120500000');
    const [c] = readFigures('doanh thu ước đạt 418.829 triệu đồng', { at: '2023-01-15' });
    expect(c?.quantity?.value.toString()).toBe('418829000000');
    expect(c?.quantity?.qualifiers).toEqual(['about']);
    expect(c?.flags).not.toContain('estimated');
  });

  it('reads rates with two denominators, keeping them as written', () => {
    const [f] = readFigures('thu nhập bình quân 5,5 triệu đồng/người/tháng', { at });
    expect(f?.span.text).toBe('5,5 triệu đồng/người/tháng');
    expect(f?.quantity?.value.toString()).toBe('5500000');
    expect(f?.per).toEqual(['người', 'tháng']);
    expect(f?.flags).toContain('rate');
    expect(f?.measures).toBeUndefined();
    const [g] = readFigures('máy đúc công suất 7.000 viên/ngày', { at });
    expect(g?.quantity?.value.toString()).toBe('7000');
    expect(g?.per).toEqual(['ngày']);
    const [h] = readFigures('lãi suất 0%/năm', { at });
    expect(h?.quantity?.kind).toBe('percent');
    expect(h?.quantity?.per).toBe('year');
  });

  it('reads the press abbreviations and the new count nouns', () => {
    const t =
      'Năm 2019 tỉnh thực hiện 2 đề án KCQG và 11 đề án KCĐP, hỗ trợ 8 DN, 6 HTX, 12 hộ kinh doanh, 3 làng nghề, 5 sản phẩm OCOP, 6 dự án, 57 máy sao chè, 17,5 tấn lương thực và 1.150 m2 cửa nhôm; UBND tỉnh đã phê duyệt 03 đợt.';
    const figs = readFigures(t, { at: '2020-02-15' });
    expect(figs.map((f) => [f.quantity?.value.toString(), f.quantity?.unit])).toEqual([
      ['2', 'project'],
      ['11', 'project'],
      ['8', 'enterprise'],
      ['6', 'cooperative'],
      ['12', 'household-business'],
      ['3', 'craft-village'],
      ['5', 'ocop-product'],
      ['6', 'investment-project'],
      ['57', 'machine'],
      ['17.5', 'tonne'],
      ['1150', 'square-metre'],
      ['3', 'round'],
    ]);
    expect(figs[0]?.source).toBe('national');
    expect(figs[1]?.source).toBe('local');
    expect(figs[8]?.noun?.modifiers).toBe('sao chè');
  });

  it('takes the caller\'s own nouns, and says when a noun is unknown', () => {
    const t = 'hỗ trợ 3 tôn sao gas cho làng nghề';
    const [plain] = readFigures(t, { at });
    expect(plain?.quantity?.value.toString()).toBe('3');
    expect(plain?.quantity?.kind).toBe('number');
    expect(plain?.flags).toContain('unknown-noun');
    expect(plain?.noun?.head).toBe('tôn sao gas');
    const [own] = readFigures(t, { at, nouns: { 'tôn sao': 'roasting-drum' } });
    expect(own?.flags).not.toContain('unknown-noun');
    expect(own?.noun?.custom).toBe('roasting-drum');
    expect(own?.noun?.head).toBe('tôn sao');
    expect(own?.noun?.modifiers).toBe('gas');
  });

  it('reads ranges, x/y counts and multiples', () => {
    const figs = readFigures('mỗi năm 10 - 15 đề án; 28/28 tỉnh tham gia; năng suất tăng gấp 3 lần.', { at });
    expect(brief(figs)).toEqual([
      ['10 - 15 đề án', '12.5', 'project'],
      ['28/28 tỉnh', '28', 'province'],
      ['tăng gấp 3 lần', '3', undefined],
    ]);
    expect(figs[2]?.quantity?.direction).toBe('increase');
    expect(figs[0]?.quantity?.range?.hi.toString()).toBe('15');
    expect(figs[2]?.quantity?.multiple).toBe(true);
  });
});

describe('readFigures: what is not a figure', () => {
  it('never reads years, dates, decree numbers, list numbers or positions as figures', () => {
    const t = [
      '1. Theo Nghị định 45/2012/NĐ-CP và Thông tư 36/2013/TT-BCT, Quyết định số 2948/QĐ-BCT ngày 29/12/2022 giao 2 đề án.',
      '2) Đợt 3 năm 2019, theo Điều 4 khoản 2, từ 2014 - 2020 và giai đoạn 2021–2025; ngày 18.11.2021 và 13-04-2023.',
      '(3) Trong 6 tháng đầu năm và 3 năm qua, văn bản 4262/UBND-VP tháng 5/2019 được ban hành; CO2 và H2S.',
    ].join('\n');
    const figs = readFigures(t, { at: '2023-06-01' });
    expect(brief(figs)).toEqual([['2 đề án', '2', 'project']]);
  });

  it('reads "tổng số 50 đề án" (a total) but not "số 155"', () => {
    const figs = readFigures('tổng số 50 đề án theo Quyết định số 155', { at });
    expect(brief(figs)).toEqual([['50 đề án', '50', 'project']]);
  });

  it('keeps a refused reading as a refused figure, never a guess', () => {
    const figs = readFigures('hỗ trợ 1,2,3 tỷ đồng cho 5 cơ sở', { at });
    expect(figs[0]?.quantity).toBeUndefined();
    expect(figs[0]?.flags).toContain('refused');
    expect(figs[0]?.error).toBeInstanceOf(KhuyenCongError);
    expect(figs[1]?.quantity?.value.toString()).toBe('5');
  });

  it('flags several fund sources instead of choosing one', () => {
    const [f] = readFigures('với tổng kinh phí 440 triệu đồng từ nguồn kinh phí khuyến công quốc gia và địa phương', { at: '2021-06-30' });
    expect(f?.source).toBeUndefined();
    expect(f?.flags).toContain('several-sources');
    expect(f?.total).toBe(true);
  });
});

describe('readFigures: inputs and size', () => {
  it('refuses what is not a text, and a bad date or nouns, with bilingual errors', () => {
    expect(() => readFigures(42 as unknown as string, { at })).toThrow(KhuyenCongError);
    expect(() => readFigures('5 cơ sở', { at: '2025-13-01' })).toThrow(/date|ngày/i);
    expect(() => readFigures('5 cơ sở', undefined as unknown as { at: string })).toThrow(KhuyenCongError);
    expect(() => readFigures('5 cơ sở', { at, nouns: [] as unknown as Record<string, string> })).toThrow(KhuyenCongError);
    expect(() => readFigures('5 cơ sở', { at, nouns: { 'a.b': 'x' } })).toThrow(KhuyenCongError);
    expect(() => readFigures('5 cơ sở', { at, nouns: { x: 1 as unknown as string } })).toThrow(KhuyenCongError);
    try {
      readFigures(null as unknown as string, { at });
    } catch (e) {
      expect((e as KhuyenCongError).issues[0]?.code).toBe('read.not-string');
    }
    expect(readFigures('', { at })).toEqual([]);
  });

  it('is linear: 10 times the text gives 10 times the figures, each in its place', () => {
    const unit = 'Năm 2013 tỉnh hỗ trợ 8 cơ sở với 1,6 tỷ đồng, theo Quyết định 155/QĐ-SCT ngày 18/11/2021. ';
    const small = unit.repeat(100); // about 10 000 characters
    const large = unit.repeat(1000); // about 100 000 characters
    const a = readFigures(small, { at });
    const b = readFigures(large, { at });
    expect(a.length).toBe(200);
    expect(b.length).toBe(2000);
    const last = b[b.length - 1] as TextFigure;
    expect(large.slice(last.span.start, last.span.end)).toBe('1,6 tỷ đồng');
    expect(last.span.start).toBe(999 * unit.length + unit.indexOf('1,6'));
  });

  it('reads a long text of digits and separators without blowing up', () => {
    const t = `${'1.'.repeat(50_000)}5 cơ sở ${'9'.repeat(100_000)} đề án`;
    const figs = readFigures(t, { at });
    expect(figs.every((f) => f.quantity === undefined || f.quantity.kind !== undefined)).toBe(true);
    expect(figs.length).toBeGreaterThan(0);
  });
});
