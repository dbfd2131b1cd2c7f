import { describe, expect, it } from 'vitest';
import { auditText, KhuyenCongError, type TextClaim } from '../../src/index.js';

// Sentences written by the team with real figures: the seed articles (../shared/seed-figures.md) and the
// development corpus' articles (Hà Tĩnh 2019, Lào Cai 2021–2025, Thừa Thiên Huế 2015); not their sentences.

const brief = (c: TextClaim): [string, string, string[], string] => [c.kind, c.stated.text, c.inputs.map((i) => i.text), c.status];

const SOUTH =
  'Năm 2013, kinh phí khuyến công của các tỉnh phía Nam đạt 54,06 tỷ đồng, tăng 2,1% so với năm 2012; trong đó kinh phí khuyến công quốc gia 7,73 tỷ đồng cho 50 đề án, kinh phí khuyến công địa phương 46,33 tỷ đồng cho 237 đề án. ' +
  'Kế hoạch năm 2014 tổng kinh phí là 63,335 tỷ đồng, tăng 17,16% so năm 2013, bình quân đạt 3,17 tỷ đồng/1 tỉnh, thành phố; trong đó khuyến công quốc gia 13,877 tỷ đồng cho 68 đề án và khuyến công địa phương 49,49 tỷ đồng cho 259 đề án.';

describe('auditText on the southern region 2013–2014 (seed 003)', () => {
  const audit = auditText(SOUTH, { at: '2014-05-29', source: { publication: 'Báo Công Thương', date: '2014-05-29' } });

  it('checks every stated total, change and average, and flags the one inconsistent sum', () => {
    expect(audit.claims.map(brief)).toEqual([
      ['sum', '54,06 tỷ đồng', ['7,73 tỷ đồng', '46,33 tỷ đồng'], 'consistent'],
      ['change', 'tăng 2,1%', ['54,06 tỷ đồng'], 'cannot-check'],
      ['sum', '63,335 tỷ đồng', ['13,877 tỷ đồng', '49,49 tỷ đồng'], 'inconsistent'],
      ['change', 'tăng 17,16%', ['63,335 tỷ đồng', '54,06 tỷ đồng'], 'consistent'],
      ['average', '3,17 tỷ đồng/1 tỉnh, thành phố', ['63,335 tỷ đồng'], 'cannot-check'],
    ]);
    // 13,877 + 49,49 = 63,367 tỷ: 32 triệu above the stated total (seed-figures.md).
    const sum = audit.claims[2]?.result;
    expect(sum?.status === 'inconsistent' && sum.difference.toString()).toBe('32000000');
    expect(audit.claims[1]?.reason?.en).toMatch(/2012/);
    expect(audit.claims[4]?.reason?.en).toMatch(/number the average divides by/);
    for (const c of audit.claims) for (const s of [c.stated, ...c.inputs]) expect(SOUTH.slice(s.start, s.end)).toBe(s.text);
  });

  it('builds the two reports the text supports, with sources, đề án, period and status', () => {
    expect(audit.reports.map((r) => [r.id, r.status, r.total?.text])).toEqual([
      ['text/1-2013-executed', 'executed', '54,06 tỷ đồng'],
      ['text/2-2014-plan', 'plan', '63,335 tỷ đồng'],
    ]);
    const [r13, r14] = audit.reports;
    expect(r13?.funding?.map((l) => [l.source, l.amount?.text, l.projects?.text])).toEqual([
      ['national', '7,73 tỷ đồng', '50 đề án'],
      ['local', '46,33 tỷ đồng', '237 đề án'],
    ]);
    expect(r14?.funding?.map((l) => [l.source, l.amount?.text, l.projects?.text])).toEqual([
      ['national', '13,877 tỷ đồng', '68 đề án'],
      ['local', '49,49 tỷ đồng', '259 đề án'],
    ]);
    expect(r13?.source).toEqual({ publication: 'Báo Công Thương', date: '2014-05-29' });
  });

  it('gives the findings of the audit with the spans they used (the average per province with its implied 20 members)', () => {
    expect(audit.findings.map((f) => [f.finding.check, f.finding.report, f.finding.status, f.spans.map((s) => s.text)])).toEqual([
      ['funding-sum', 'text/1-2013-executed', 'consistent', ['54,06 tỷ đồng', '7,73 tỷ đồng', '46,33 tỷ đồng']],
      ['funding-sum', 'text/2-2014-plan', 'inconsistent', ['63,335 tỷ đồng', '13,877 tỷ đồng', '49,49 tỷ đồng']],
      ['change', 'text/2-2014-plan', 'consistent', ['tăng 17,16%', '63,335 tỷ đồng', '54,06 tỷ đồng']],
      ['average-per-member', 'text/2-2014-plan', 'consistent', ['3,17 tỷ đồng/1 tỉnh, thành phố', '63,335 tỷ đồng']],
    ]);
    expect(audit.estimates.some((e) => e.id === 'implied-base')).toBe(true);
  });
});

describe('auditText: sums, shares, changes, averages, completion', () => {
  it('checks totals with parts from provincial reports (Bạc Liêu, Hà Tĩnh, Lào Cai)', () => {
    const t =
      'Giai đoạn 2014-2018, tỉnh Bạc Liêu được phê duyệt 6,979 tỷ đồng kinh phí khuyến công, gồm 2,959 tỷ đồng khuyến công địa phương và 4,020 tỷ đồng khuyến công quốc gia.';
    const a = auditText(t, { at: '2019-03-28' });
    expect(a.claims.map(brief)).toEqual([['sum', '6,979 tỷ đồng', ['2,959 tỷ đồng', '4,020 tỷ đồng'], 'consistent']]);
    expect(a.reports[0]?.scope).toEqual({ kind: 'province', name: 'Bạc Liêu' });
    expect(a.reports[0]?.period).toEqual({ kind: 'period', from: 2014, to: 2018 });
    expect(a.reports[0]?.status).toBe('approved');

    const h = auditText(
      'Năm 2019 UBND tỉnh Hà Tĩnh đã phê duyệt 06 đề án với tổng kinh phí thực hiện là 5.011 triệu đồng, trong đó kinh phí khuyến công của tỉnh 1.695 triệu đồng và vốn đối ứng của các đơn vị thụ hưởng 3.316 triệu đồng.',
      { at: '2019-12-30' },
    );
    expect(h.claims.map(brief)).toEqual([['sum', '5.011 triệu đồng', ['1.695 triệu đồng', '3.316 triệu đồng'], 'consistent']]);
    expect(h.reports[0]?.funding?.map((l) => l.source)).toEqual(['local', 'counterpart']);

    const l = auditText(
      'Chương trình khuyến công tỉnh Lào Cai giai đoạn 2021-2025 dự kiến tổng kinh phí 117.866 triệu đồng, trong đó ngân sách nhà nước 64.841 triệu đồng, nguồn khác 53.025 triệu đồng.',
      { at: '2020-09-10' },
    );
    expect(l.claims.map(brief)).toEqual([['sum', '117.866 triệu đồng', ['64.841 triệu đồng', '53.025 triệu đồng'], 'consistent']]);
    // The state budget is not one fund source of the catalogue: no funding lines, the report keeps its total.
    expect(l.reports.map((r) => [r.id, r.total?.text, r.funding])).toEqual([['text/1-2021-2025-plan', '117.866 triệu đồng', undefined]]);
    expect(l.reports[0]?.scope).toEqual({ kind: 'province', name: 'Lào Cai' });
  });

  it('takes parts announced in the next sentence ("… 54,06 tỷ đồng (tăng 2,1% so năm 2012). Trong đó, …")', () => {
    const t =
      'Năm 2013 các tỉnh đã thực hiện tổng kinh phí 54,06 tỷ đồng (tăng 2,1% so năm 2012). Trong đó, KC quốc gia thực hiện 50 đề án với kinh phí 7,73 tỷ đồng; KC địa phương thực hiện 237 đề án với kinh phí 46,33 tỷ đồng.';
    const a = auditText(t, { at: '2014-05-29' });
    expect(a.claims.map(brief)).toEqual([
      ['sum', '54,06 tỷ đồng', ['7,73 tỷ đồng', '46,33 tỷ đồng'], 'consistent'],
      ['change', 'tăng 2,1%', ['54,06 tỷ đồng'], 'cannot-check'],
    ]);
    expect(a.reports[0]?.funding?.map((l) => [l.source, l.amount?.text, l.projects?.text])).toEqual([
      ['national', '7,73 tỷ đồng', '50 đề án'],
      ['local', '46,33 tỷ đồng', '237 đề án'],
    ]);
  });

  it('never gives a figure the parts of a later figure ("237 đề án. … 63,335 tỷ đồng; trong đó …")', () => {
    const t = 'KC địa phương thực hiện 237 đề án. Kế hoạch năm 2014 tổng kinh phí 63,335 tỷ đồng; trong đó 68 đề án và 259 đề án.';
    const a = auditText(t, { at: '2014-05-29' });
    expect(a.claims.map((c) => c.stated.text)).not.toContain('237 đề án');
  });

  it('says when only one part of a total is stated', () => {
    const a = auditText('Đề án năm 2015 có tổng kinh phí 99 triệu đồng, trong đó nguồn vốn khuyến công hỗ trợ 40 triệu đồng.', { at: '2015-10-01' });
    expect(a.claims.map(brief)).toEqual([['sum', '99 triệu đồng', ['40 triệu đồng'], 'cannot-check']]);
    expect(a.claims[0]?.reason?.en).toMatch(/Only one part/);
  });

  it('checks a share against the stated total, and says when the whole is not stated', () => {
    const a = auditText(
      'Năm 2013 tổng kinh phí khuyến công là 54,06 tỷ đồng; kinh phí khuyến công quốc gia 7,73 tỷ đồng, chiếm 14,3%.',
      { at: '2014-05-29' },
    );
    expect(a.claims.map(brief)).toEqual([['share', '14,3%', ['7,73 tỷ đồng', '54,06 tỷ đồng'], 'consistent']]);
    const wrong = auditText('Năm 2013 tổng kinh phí khuyến công là 54,06 tỷ đồng; kinh phí khuyến công quốc gia 7,73 tỷ đồng, chiếm 41%.', { at: '2014-05-29' });
    expect(wrong.claims[0]?.status).toBe('inconsistent');
    const b = auditText('Năm 2022 tỉnh thực hiện 09 đề án khuyến công quốc gia với kinh phí 2.400 triệu đồng, chiếm 41% tổng kinh phí.', { at: '2023-01-15' });
    expect(b.claims.map(brief)).toEqual([['share', '41%', ['2.400 triệu đồng'], 'cannot-check']]);
    expect(b.claims[0]?.reason?.en).toMatch(/whole/);
    const c = auditText('chiếm 41% tổng kinh phí', { at: '2023-01-15' });
    expect(c.claims[0]?.reason?.en).toMatch(/figure this share is of/);
  });

  it('lists changes without a current figure or base period, yearly averages and completion rates as cannot-check', () => {
    const a = auditText(
      'Doanh thu tăng 12%. Năm 2016 kinh phí là 1,42 tỷ đồng, tăng 5%. Giai đoạn 2007-2015 bình quân mỗi năm khoảng 700 triệu đồng. Năm 2022 tỉnh hoàn thành 105% kế hoạch.',
      { at: '2017-06-01' },
    );
    expect(a.claims.map((c) => [c.kind, c.stated.text, c.status])).toEqual([
      ['change', 'tăng 12%', 'cannot-check'],
      ['change', 'tăng 5%', 'cannot-check'],
      ['average', 'khoảng 700 triệu đồng', 'cannot-check'],
      ['completion', '105%', 'cannot-check'],
    ]);
    expect(a.claims.map((c) => c.reason?.en)).toEqual([
      expect.stringMatching(/figure this change applies to/),
      expect.stringMatching(/base period/),
      expect.stringMatching(/average a year/),
      expect.stringMatching(/both the result and the plan/),
    ]);
  });

  it('refuses to choose between two possible bases, and checks an average with its stated count', () => {
    const t =
      'Năm 2013 kinh phí khuyến công quốc gia 7,73 tỷ đồng. Năm 2013 kinh phí khuyến công quốc gia 8,1 tỷ đồng. Năm 2014 kinh phí khuyến công quốc gia 13,877 tỷ đồng, tăng 79,52% so với năm 2013.';
    const a = auditText(t, { at: '2014-05-29' });
    expect(a.claims.map(brief)).toEqual([['change', 'tăng 79,52%', ['13,877 tỷ đồng'], 'cannot-check']]);
    expect(a.claims[0]?.reason?.en).toMatch(/several figures/);
    const b = auditText('Kế hoạch năm 2014 tổng kinh phí của 20 tỉnh là 63,335 tỷ đồng, bình quân 3,17 tỷ đồng/1 tỉnh.', { at: '2014-05-29' });
    expect(b.claims.map(brief)).toEqual([['average', '3,17 tỷ đồng/1 tỉnh', ['63,335 tỷ đồng', '20 tỉnh'], 'consistent']]);
    const c = auditText('bình quân 3,17 tỷ đồng/1 tỉnh', { at: '2014-05-29' });
    expect(c.claims[0]?.reason?.en).toMatch(/total/);
  });

  it('refuses bad input like readFigures, and takes no publication as "text"', () => {
    expect(() => auditText(5 as unknown as string, { at: '2014-05-29' })).toThrow(KhuyenCongError);
    expect(() => auditText('x', { at: 'zzz' })).toThrow(KhuyenCongError);
    const a = auditText('Năm 2013 đã thực hiện tổng kinh phí là 54,06 tỷ đồng, trong đó khuyến công quốc gia 7,73 tỷ đồng, khuyến công địa phương 46,33 tỷ đồng.', {
      at: '2014-05-29',
      source: null as unknown as { publication: string },
    });
    expect(a.reports[0]?.source).toEqual({ publication: 'text' });
    expect(a.reports[0]?.scope).toEqual({ kind: 'group', name: 'text' });
  });

  it('is linear: a long text of repeated reports gives one claim per repetition', () => {
    const unit = 'Năm 2019 tổng kinh phí là 690 triệu đồng, trong đó khuyến công địa phương 300 triệu đồng và vốn đối ứng 390 triệu đồng. ';
    const a = auditText(unit.repeat(500), { at: '2019-12-30' });
    expect(a.claims.length).toBe(500);
    expect(a.claims.every((c) => c.status === 'consistent')).toBe(true);
  });
});
