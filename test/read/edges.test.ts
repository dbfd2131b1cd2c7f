import { describe, expect, it } from 'vitest';
import { auditText, KhuyenCongError, MAX_READ_TEXT_LENGTH, readFigures } from '../../src/index.js';

const at = '2020-06-01';
const values = (t: string, date = at): [string, string | undefined][] => readFigures(t, { at: date }).map((f) => [f.span.text, f.quantity?.value.toString()]);

describe('readFigures: edges of the scanner', () => {
  it('reads m² and m³, and stops words at CJK and full-width punctuation', () => {
    expect(values('xây 1.150 m² nhà xưởng「5 cơ sở」và 2.850 m³ gỗ！')).toEqual([
      ['1.150 m²', '1150'],
      ['5 cơ sở', '5'],
      ['2.850 m³', '2850'],
    ]);
  });

  it('reads an attached sign, and a dash not followed by a number', () => {
    expect(values('lợi nhuận -5% so với cùng kỳ')).toEqual([['-5%', '-0.05']]);
    expect(values('hỗ trợ 12 – nhiều cơ sở')).toEqual([]);
    expect(values('hỗ trợ 12 cơ sở – nhiều')).toEqual([['12 cơ sở', '12']]);
  });

  it('refuses "1,5 tỷ 200 triệu" (no one reading) instead of reading two amounts', () => {
    const [f, ...rest] = readFigures('vốn 1,5 tỷ 200 triệu đồng', { at });
    expect(rest).toEqual([]);
    expect(f?.span.text).toBe('1,5 tỷ 200 triệu đồng');
    expect(f?.quantity).toBeUndefined();
    expect(f?.flags).toEqual(expect.arrayContaining(['compound', 'refused']));
  });

  it('does not read a year-like number before an unknown word, nor a bare number', () => {
    expect(values('từ 2019 trở lại đây, có 5 cơ sở')).toEqual([['5 cơ sở', '5']]);
    expect(values('Mã 12. Tổng: 45')).toEqual([]);
  });

  it('keeps known denominators and stops at unknown ones', () => {
    const [a] = readFigures('đầu tư 3 tỷ đồng/ha đất', { at });
    expect(a?.span.text).toBe('3 tỷ đồng');
    expect(a?.per).toBeUndefined();
    const [b] = readFigures('thu nhập 5 triệu đồng/người lao động/tháng', { at });
    expect(b?.span.text).toBe('5 triệu đồng/người');
    expect(b?.quantity?.per).toBe('person');
    const [c] = readFigures('giá 5 triệu đồng/ …', { at });
    expect(c?.span.text).toBe('5 triệu đồng');
  });

  it('takes a short parenthesised abbreviation into the noun, not a long aside', () => {
    const [a] = readFigures('hỗ trợ 5 doanh nghiệp (DN) sản xuất gỗ ván ép', { at });
    expect(a?.noun?.modifiers).toBe('(DN) sản xuất gỗ ván ép');
    const [b] = readFigures('hỗ trợ 5 doanh nghiệp (theo danh sách kèm theo) sản xuất', { at });
    expect(b?.noun?.modifiers).toBe('');
    const [c] = readFigures('hỗ trợ 5 doanh nghiệp (DN', { at });
    expect(c?.noun?.modifiers).toBe('');
  });

  it('refuses a text longer than the limit', () => {
    expect(() => readFigures('a'.repeat(MAX_READ_TEXT_LENGTH + 1), { at })).toThrow(KhuyenCongError);
  });

  it('chooses the nearest period, before the figure first, and says "từ 2014" is no period', () => {
    const [a] = readFigures('Hỗ trợ 5 cơ sở năm 2019 và năm 2020', { at });
    expect(a?.period?.period).toEqual({ kind: 'year', year: 2019 });
    const [b] = readFigures('Năm 2018 và năm 2019 hỗ trợ 5 cơ sở', { at });
    expect(b?.period?.period).toEqual({ kind: 'year', year: 2019 });
    const [c] = readFigures('từ 2014 hỗ trợ 5 cơ sở, giai đoạn 2020-2014', { at });
    expect(c?.period).toBeUndefined();
    const [d] = readFigures('tăng 5% so với năm 2011 và so với năm 2012', { at });
    expect(d?.comparedWith?.period).toEqual({ kind: 'year', year: 2011 });
    const [e] = readFigures('so với năm 2011, năm nay tăng 5% so với năm 2012', { at });
    expect(e?.comparedWith?.period).toEqual({ kind: 'year', year: 2012 });
  });

  it('reads a planned figure as a plan', () => {
    const [a] = readFigures('Năm 2024 dự kiến 14 cơ sở', { at: '2024-08-15' });
    expect(a?.status).toBe('plan');
    expect(a?.quantity?.qualifiers).toEqual(['planned']);
  });

  it('finds the place in the sentence or before it, and flags two places', () => {
    const t = 'Tỉnh Long An có 7 cơ sở. Năm 2021 hỗ trợ 5 cơ sở. Tại Long An và Tiền Giang có 9 cơ sở. Tại Tiền Giang có 3 cơ sở và tại Long An có 2 cơ sở.';
    const figs = readFigures(t, { at: '2021-09-30' });
    expect(figs.map((f) => [f.span.text, f.place?.province?.shortName, f.flags.includes('several-places')])).toEqual([
      ['7 cơ sở', 'Long An', false],
      ['5 cơ sở', 'Long An', false],
      ['9 cơ sở', 'Tiền Giang', true],
      ['3 cơ sở', 'Tiền Giang', true],
      ['2 cơ sở', 'Long An', true],
    ]);
  });

  it('ties a figure to the last fund source named before it, or to both when both are named together', () => {
    const [a] = readFigures('Từ nguồn khuyến công quốc gia và địa phương, tỉnh hỗ trợ 5 cơ sở', { at });
    expect(a?.source).toBeUndefined();
    expect(a?.flags).toContain('several-sources');
    const [b] = readFigures('Ngoài nguồn khuyến công địa phương, nguồn khuyến công quốc gia hỗ trợ 5 cơ sở', { at });
    expect(b?.source).toBe('national');
    const [c] = readFigures('Nguồn khuyến công quốc gia, sau nguồn khuyến công địa phương, hỗ trợ 5 cơ sở', { at });
    expect(c?.source).toBe('local');
  });

  it('names the indicator of each activity from the noun and the words before it', () => {
    const t =
      'Năm 2022 đào tạo nghề cho 480 lao động, đánh giá sản xuất sạch hơn cho 14 cơ sở, hỗ trợ 45 cơ sở tham gia hội chợ với 120 gian hàng, tổ chức 10 đoàn tham quan học tập, xây dựng 5 hệ thống xử lý môi trường, bình chọn 60 sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh, 13 sản phẩm tiêu biểu cấp khu vực và 3 sản phẩm tiêu biểu cấp quốc gia; 4 kỳ bản tin, 240 tin bài, 3 cơ sở có phòng trưng bày, hỗ trợ 4 cơ sở di dời, lập quy hoạch 1 cụm công nghiệp, hạ tầng 1 cụm công nghiệp, 10 mô hình sản xuất sạch hơn, 23 nhiệm vụ, 100 học viên, 6 lớp.';
    expect(readFigures(t, { at: '2023-01-01' }).map((f) => f.measures)).toEqual([
      'workers-trained',
      'cleaner-production-assessments',
      'fair-establishments',
      'fair-booths',
      'study-tours',
      'treatment-systems',
      'typical-products-provincial',
      'typical-products-regional',
      'typical-products-national',
      'newsletters',
      'broadcasts',
      'showrooms',
      'relocations',
      'clusters-detailed-planning',
      'clusters-infrastructure',
      'cleaner-production-models',
      'tasks',
      'trainees',
      'training-classes',
    ]);
    // A noun whose activity the text does not say has no indicator.
    expect(readFigures('có 5 sản phẩm và 3 hệ thống', { at }).map((f) => f.measures)).toEqual([undefined, undefined]);
  });
});

describe('auditText: edges', () => {
  it('splits sentences at line breaks, "!" and "?", and keeps refused figures out of the claims', () => {
    const t = 'Tổng kinh phí 10 tỷ đồng, trong đó 4 tỷ đồng và 6 tỷ đồng!\nTổng kinh phí 5 tỷ đồng, trong đó 2 tỷ đồng và 3 tỷ đồng?\nhỗ trợ 1,2,3 tỷ đồng';
    const a = auditText(t, { at });
    expect(a.claims.map((c) => [c.kind, c.stated.text, c.status])).toEqual([
      ['sum', '10 tỷ đồng', 'consistent'],
      ['sum', '5 tỷ đồng', 'consistent'],
    ]);
    expect(a.figures[a.figures.length - 1]?.flags).toContain('refused');
  });

  it('ends the parts of a total at the next total', () => {
    const t = 'Tổng kinh phí 10 tỷ đồng, trong đó 4 tỷ đồng và 6 tỷ đồng, tổng vốn đối ứng 3 tỷ đồng';
    const a = auditText(t, { at });
    expect(a.claims.map((c) => [c.kind, c.stated.text, c.inputs.map((i) => i.text), c.status])).toEqual([
      ['sum', '10 tỷ đồng', ['4 tỷ đồng', '6 tỷ đồng'], 'consistent'],
    ]);
  });

  it('passes on the reason checkClaim gives (a base of zero)', () => {
    const t = 'Năm 2012 kinh phí khuyến công là 0 triệu đồng. Năm 2013 kinh phí khuyến công đạt 5 tỷ đồng, tăng 10% so với năm 2012.';
    const a = auditText(t, { at: '2014-01-01' });
    expect(a.claims.map((c) => [c.kind, c.status])).toEqual([['change', 'cannot-check']]);
    expect(a.claims[0]?.result?.status).toBe('cannot-check');
    expect(a.claims[0]?.reason?.en).toBeTruthy();
  });

  it('builds a plan report from a planned total', () => {
    const a = auditText('Năm 2023 tổng kinh phí dự kiến 3,6 tỷ đồng, trong đó khuyến công quốc gia 1,6 tỷ đồng và khuyến công địa phương 2 tỷ đồng.', {
      at: '2023-06-23',
    });
    expect(a.reports.map((r) => [r.status, r.total?.text])).toEqual([['plan', 'dự kiến 3,6 tỷ đồng']]);
    expect(a.findings.map((f) => [f.finding.check, f.finding.status])).toEqual([['funding-sum', 'consistent']]);
  });

  it('builds no report without a status or a period', () => {
    expect(auditText('Tổng kinh phí 10 tỷ đồng, trong đó khuyến công quốc gia 4 tỷ đồng và khuyến công địa phương 6 tỷ đồng.', { at }).reports).toEqual([]);
    expect(auditText('Năm 2020 tổng kinh phí 10 tỷ đồng, trong đó khuyến công quốc gia 4 tỷ đồng và khuyến công địa phương 6 tỷ đồng.', { at }).reports).toEqual([]);
  });
});

describe('readFigures: places that are not places', () => {
  it('reads "Hồ Chí Minh" as the city only after "Thành phố" or "TP"', () => {
    const [a] = readFigures('Học tập và làm theo tư tưởng Hồ Chí Minh, tỉnh tổ chức 3 lớp.', { at: '2021-11-25' });
    expect(a?.place).toBeUndefined();
    const [b] = readFigures('TP. Hồ Chí Minh tổ chức 3 lớp.', { at: '2021-11-25' });
    expect(b?.place?.province?.shortName).toBe('Hồ Chí Minh');
    const [c] = readFigures('Thành phố Hồ Chí Minh tổ chức 3 lớp.', { at: '2021-11-25' });
    expect(c?.place?.province?.shortName).toBe('Hồ Chí Minh');
  });
});

describe('readFigures: neighbouring figures', () => {
  it('never lets a figure take words of the one before ("7,73 hơn 1 tỷ", "5 cơ sở hơn 3 lớp")', () => {
    expect(values('7,73 tỷ đồng hơn 1 tỷ đồng')).toEqual([
      ['7,73 tỷ đồng', '7730000000'],
      ['hơn 1 tỷ đồng', '1000000000'],
    ]);
    const figs = readFigures('hỗ trợ 5 cơ sở hơn 3 lớp', { at });
    expect(figs.map((f) => [f.span.text, f.noun?.modifiers])).toEqual([
      ['5 cơ sở', ''],
      ['hơn 3 lớp', ''],
    ]);
    expect(values('7,73 hơn 1 tỷ đồng')).toEqual([['hơn 1 tỷ đồng', '1000000000']]);
  });
});

