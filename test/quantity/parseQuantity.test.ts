import { describe, expect, it } from 'vitest';
import {
  KhuyenCongError,
  parseQuantity,
  ratio,
  safeParseQuantity,
  type Quantity,
} from '../../src/index.js';

/** The interval written as text: "[lo, hi]" with "(" / ")" for open ends and "-inf" / "inf" for unbounded. */
function iv(q: Quantity): string {
  const { lo, hi } = q.interval;
  const l = lo === null ? '(-inf' : `${lo.open ? '(' : '['}${lo.value.toString()}`;
  const h = hi === null ? 'inf)' : `${hi.value.toString()}${hi.open ? ')' : ']'}`;
  return `${l}, ${h}`;
}

interface Expected {
  kind: Quantity['kind'];
  value: string;
  interval: string;
  unit?: Quantity['unit'];
  scale?: Quantity['scale'];
  qualifiers?: Quantity['qualifiers'];
  decimals?: number;
}

function check(text: string, e: Expected): Quantity {
  const q = parseQuantity(text);
  expect(q.kind).toBe(e.kind);
  expect(q.value.toString()).toBe(e.value);
  expect(iv(q)).toBe(e.interval);
  expect(q.unit).toBe(e.unit);
  expect(q.scale).toBe(e.scale);
  expect(q.qualifiers).toEqual(e.qualifiers ?? []);
  if (e.decimals !== undefined) expect(q.decimals).toBe(e.decimals);
  expect(q.text).toBe(text);
  return q;
}

describe('parseQuantity: every figure of the seed articles', () => {
  // Hand-computed: the value in base units and ± half a unit of the last written digit.
  it('seed 000 (Bạc Liêu): the 2014–2018 funding, to 3 decimals of a tỷ', () => {
    check('6,979 tỷ đồng', { kind: 'money', value: '6979000000', interval: '[6978500000, 6979500000]', scale: 'tỷ', decimals: 3 });
    check('2,959 tỷ đồng', { kind: 'money', value: '2959000000', interval: '[2958500000, 2959500000]', scale: 'tỷ', decimals: 3 });
    // The trailing zero is a written digit: ± 0,0005 tỷ, not ± 0,005 tỷ.
    check('4,020 tỷ đồng', { kind: 'money', value: '4020000000', interval: '[4019500000, 4020500000]', scale: 'tỷ', decimals: 3 });
  });

  it('seed 000 (Bạc Liêu): targets as counts', () => {
    check('480 lao động', { kind: 'count', value: '480', interval: '[479.5, 480.5]', unit: 'worker' });
    check('1.200 người', { kind: 'count', value: '1200', interval: '[1199.5, 1200.5]', unit: 'person' });
    check('10 chương trình', { kind: 'count', value: '10', interval: '[9.5, 10.5]', unit: 'programme' });
    check('4 mô hình', { kind: 'count', value: '4', interval: '[3.5, 4.5]', unit: 'model' });
    check('14 cơ sở', { kind: 'count', value: '14', interval: '[13.5, 14.5]', unit: 'establishment' });
    check('6 lớp', { kind: 'count', value: '6', interval: '[5.5, 6.5]', unit: 'class' });
    check('100 cơ sở', { kind: 'count', value: '100', interval: '[99.5, 100.5]', unit: 'establishment' });
    check('3 cụm công nghiệp', { kind: 'count', value: '3', interval: '[2.5, 3.5]', unit: 'cluster' });
    check('5 hệ thống', { kind: 'count', value: '5', interval: '[4.5, 5.5]', unit: 'system' });
  });

  it('seed 001 (Bình Dương): targets with qualifiers', () => {
    check('1.600 người', { kind: 'count', value: '1600', interval: '[1599.5, 1600.5]', unit: 'person' });
    check('20 lớp', { kind: 'count', value: '20', interval: '[19.5, 20.5]', unit: 'class' });
    // khoảng: ±10% by default, 800 × 0.9 = 720, 800 × 1.1 = 880.
    check('khoảng 800 người', { kind: 'count', value: '800', interval: '[720, 880]', unit: 'person', qualifiers: ['about'] });
    check('10 đoàn', { kind: 'count', value: '10', interval: '[9.5, 10.5]', unit: 'delegation' });
    check('hơn 75 cơ sở', { kind: 'count', value: '75', interval: '(75, inf)', unit: 'establishment', qualifiers: ['more-than'] });
    check('hơn 75 cơ sở CNNT', { kind: 'count', value: '75', interval: '(75, inf)', unit: 'establishment', qualifiers: ['more-than'] });
    check('ít nhất là 2 mô hình', { kind: 'count', value: '2', interval: '[2, inf)', unit: 'model', qualifiers: ['at-least'] });
    check('60 sản phẩm', { kind: 'count', value: '60', interval: '[59.5, 60.5]', unit: 'product' });
    check('20 hội chợ', { kind: 'count', value: '20', interval: '[19.5, 20.5]', unit: 'fair' });
    check('50 cơ sở CNNT', { kind: 'count', value: '50', interval: '[49.5, 50.5]', unit: 'establishment' });
    check('ít nhất 4 cơ sở', { kind: 'count', value: '4', interval: '[4, inf)', unit: 'establishment', qualifiers: ['at-least'] });
    check('ít nhất 4 cơ sở CNNT', { kind: 'count', value: '4', interval: '[4, inf)', unit: 'establishment', qualifiers: ['at-least'] });
    check('40 người', { kind: 'count', value: '40', interval: '[39.5, 40.5]', unit: 'person' });
    check('100%', { kind: 'percent', value: '1', interval: '[0.995, 1.005]' });
  });

  it('seed 002 (Lạng Sơn): local budgets', () => {
    // khoảng 700 triệu: 630–770 triệu (±10%), wider than the precision ±0,5 triệu.
    check('khoảng 700 triệu đồng', { kind: 'money', value: '700000000', interval: '[630000000, 770000000]', scale: 'triệu', qualifiers: ['about'] });
    check('1,42 tỷ đồng', { kind: 'money', value: '1420000000', interval: '[1415000000, 1425000000]', scale: 'tỷ', decimals: 2 });
    check('đạt 1,42 tỷ đồng', { kind: 'money', value: '1420000000', interval: '[1415000000, 1425000000]', scale: 'tỷ' });
    check('10 đề án', { kind: 'count', value: '10', interval: '[9.5, 10.5]', unit: 'project' });
    check('1 đề án', { kind: 'count', value: '1', interval: '[0.5, 1.5]', unit: 'project' });
    check('600 triệu đồng', { kind: 'money', value: '600000000', interval: '[599500000, 600500000]', scale: 'triệu' });
  });

  it('seed 003 (southern region): 2013 results and 2014 plan', () => {
    check('54,06 tỷ đồng', { kind: 'money', value: '54060000000', interval: '[54055000000, 54065000000]', scale: 'tỷ', decimals: 2 });
    const up = check('tăng 2,1%', { kind: 'percent', value: '0.021', interval: '[0.0205, 0.0215]', decimals: 1 });
    expect(up.direction).toBe('increase');
    check('50 đề án', { kind: 'count', value: '50', interval: '[49.5, 50.5]', unit: 'project' });
    check('7,73 tỷ đồng', { kind: 'money', value: '7730000000', interval: '[7725000000, 7735000000]', scale: 'tỷ' });
    check('237 đề án', { kind: 'count', value: '237', interval: '[236.5, 237.5]', unit: 'project' });
    check('46,33 tỷ đồng', { kind: 'money', value: '46330000000', interval: '[46325000000, 46335000000]', scale: 'tỷ' });
    check('3.324 lao động', { kind: 'count', value: '3324', interval: '[3323.5, 3324.5]', unit: 'worker' });
    check('11 cơ sở công nghiệp nông thôn', { kind: 'count', value: '11', interval: '[10.5, 11.5]', unit: 'establishment' });
    check('1 cụm công nghiệp', { kind: 'count', value: '1', interval: '[0.5, 1.5]', unit: 'cluster' });
    check('45 cơ sở CNNT', { kind: 'count', value: '45', interval: '[44.5, 45.5]', unit: 'establishment' });
    check('120 gian hàng', { kind: 'count', value: '120', interval: '[119.5, 120.5]', unit: 'booth' });
    check('63,335 tỷ đồng', { kind: 'money', value: '63335000000', interval: '[63334500000, 63335500000]', scale: 'tỷ', decimals: 3 });
    check('dự kiến là 63,335 tỷ đồng', {
      kind: 'money',
      value: '63335000000',
      interval: '[63334500000, 63335500000]',
      scale: 'tỷ',
      qualifiers: ['planned'],
    });
    const plan = check('tăng 17,16%', { kind: 'percent', value: '0.1716', interval: '[0.17155, 0.17165]', decimals: 2 });
    expect(plan.direction).toBe('increase');
    check('3,17 tỷ đồng', { kind: 'money', value: '3170000000', interval: '[3165000000, 3175000000]', scale: 'tỷ' });
    const per = check('3,17 tỷ đồng/1 tỉnh, thành phố', { kind: 'money', value: '3170000000', interval: '[3165000000, 3175000000]', scale: 'tỷ' });
    expect(per.per).toBe('province');
    check('68 đề án', { kind: 'count', value: '68', interval: '[67.5, 68.5]', unit: 'project' });
    check('13,877 tỷ đồng', { kind: 'money', value: '13877000000', interval: '[13876500000, 13877500000]', scale: 'tỷ' });
    check('259 đề án', { kind: 'count', value: '259', interval: '[258.5, 259.5]', unit: 'project' });
    check('49,49 tỷ đồng', { kind: 'money', value: '49490000000', interval: '[49485000000, 49495000000]', scale: 'tỷ' });
  });

  it('seed 004 (Bà Rịa – Vũng Tàu): zero-padded counts', () => {
    check('10 doanh nghiệp', { kind: 'count', value: '10', interval: '[9.5, 10.5]', unit: 'enterprise' });
    check('03 lớp', { kind: 'count', value: '3', interval: '[2.5, 3.5]', unit: 'class' });
    check('100 học viên', { kind: 'count', value: '100', interval: '[99.5, 100.5]', unit: 'trainee' });
    check('01 lớp', { kind: 'count', value: '1', interval: '[0.5, 1.5]', unit: 'class' });
    check('35 học viên', { kind: 'count', value: '35', interval: '[34.5, 35.5]', unit: 'trainee' });
    check('35 sản phẩm', { kind: 'count', value: '35', interval: '[34.5, 35.5]', unit: 'product' });
    check('04 kỳ bản tin', { kind: 'count', value: '4', interval: '[3.5, 4.5]', unit: 'newsletter' });
    check('240 tin bài', { kind: 'count', value: '240', interval: '[239.5, 240.5]', unit: 'broadcast' });
    check('03 cơ sở', { kind: 'count', value: '3', interval: '[2.5, 3.5]', unit: 'establishment' });
    check('150 cơ sở CNNT', { kind: 'count', value: '150', interval: '[149.5, 150.5]', unit: 'establishment' });
    check('02 đề án', { kind: 'count', value: '2', interval: '[1.5, 2.5]', unit: 'project' });
    check('23 nhiệm vụ', { kind: 'count', value: '23', interval: '[22.5, 23.5]', unit: 'task' });
  });
});

describe('parseQuantity: number syntax', () => {
  it('reads a comma as the decimal mark, always: "13,800 tỷ" is 13,8 tỷ (not 13 800 tỷ)', () => {
    check('13,800 tỷ', { kind: 'money', value: '13800000000', interval: '[13799500000, 13800500000]', scale: 'tỷ', decimals: 3 });
  });

  it('reads dot-grouped thousands, with and without đồng', () => {
    check('3.277 triệu đồng', { kind: 'money', value: '3277000000', interval: '[3276500000, 3277500000]', scale: 'triệu' });
    check('1.000.000 đồng', { kind: 'money', value: '1000000', interval: '[999999.5, 1000000.5]', scale: 'đồng' });
    // A fraction of a person has no reading (issue 14): refused, never 1 200,5 people.
    expect(() => parseQuantity('1.200,5 người')).toThrow(/a count of people, establishments, projects… must be a whole number/);
  });

  it('reads percentages below one', () => {
    check('17,16%', { kind: 'percent', value: '0.1716', interval: '[0.17155, 0.17165]' });
    check('0,5%', { kind: 'percent', value: '0.005', interval: '[0.0045, 0.0055]' });
    check('5 phần trăm', { kind: 'percent', value: '0.05', interval: '[0.045, 0.055]' });
  });

  it('reads every scale word and currency spelling', () => {
    const cases: [string, string, Quantity['scale']][] = [
      ['5 đồng', '5', 'đồng'],
      ['5 đ', '5', 'đồng'],
      ['500.000đ', '500000', 'đồng'],
      ['5 VNĐ', '5', 'đồng'],
      ['5 VND', '5', 'đồng'],
      ['5 nghìn', '5000', 'nghìn'],
      ['5 ngàn đồng', '5000', 'nghìn'],
      ['5 triệu', '5000000', 'triệu'],
      ['5 triệu VND', '5000000', 'triệu'],
      ['5 tỷ', '5000000000', 'tỷ'],
      ['5 tỉ đồng', '5000000000', 'tỷ'],
      ['5 tỉ VNĐ', '5000000000', 'tỷ'],
      ['1,5 nghìn tỷ đồng', '1500000000000', 'nghìn tỷ'],
      ['1,5 ngàn tỉ', '1500000000000', 'nghìn tỷ'],
    ];
    for (const [text, value, scale] of cases) {
      const q = parseQuantity(text);
      expect([text, q.kind, q.value.toString(), q.scale]).toEqual([text, 'money', value, scale]);
    }
  });

  it('reads x/y counts: "28/28 tỉnh" is 28 of 28', () => {
    const q = check('28/28 tỉnh', { kind: 'count', value: '28', interval: '[27.5, 28.5]', unit: 'province' });
    expect(q.of?.toString()).toBe('28');
  });

  it('reads ranges with a hyphen, an en dash or an em dash; the value is the midpoint', () => {
    for (const text of ['10 - 15 đề án', '10-15 đề án', '10 – 15 đề án', '10—15 đề án']) {
      const q = check(text, { kind: 'count', value: '12.5', interval: '[9.5, 15.5]', unit: 'project' });
      expect([q.range?.lo.toString(), q.range?.hi.toString()]).toEqual(['10', '15']);
    }
    // khoảng widens both ends by 10%: 10 × 0.9 = 9, 15 × 1.1 = 16.5.
    check('khoảng 10 - 15 đề án', { kind: 'count', value: '12.5', interval: '[9, 16.5]', unit: 'project', qualifiers: ['about'] });
    // A range in tỷ: both ends in đồng; the halfUnit is that of the coarser end.
    const r = parseQuantity('1,5 - 2 tỷ đồng');
    expect(iv(r)).toBe('[1450000000, 2500000000]');
    expect(r.halfUnit?.toString()).toBe('500000000');
    expect(r.decimals).toBe(1);
  });

  it('reads signed changes: tăng/cao hơn up, giảm/thấp hơn down (the value is signed); nhiều hơn / ít hơn are bounds', () => {
    const down = check('giảm 4%', { kind: 'percent', value: '-0.04', interval: '[-0.045, -0.035]' });
    expect(down.direction).toBe('decrease');
    const lower = check('thấp hơn 10,96%', { kind: 'percent', value: '-0.1096', interval: '[-0.10965, -0.10955]' });
    expect(lower.direction).toBe('decrease');
    expect(parseQuantity('cao hơn 10,96%').direction).toBe('increase');
    // "nhiều hơn 3 người" is "more than 3 people", "ít hơn 3 người" "fewer than 3 people" (issue 14).
    check('nhiều hơn 3 người', { kind: 'count', value: '3', interval: '(3, inf)', unit: 'person', qualifiers: ['more-than'] });
    check('ít hơn 3 người', { kind: 'count', value: '3', interval: '[0, 3)', unit: 'person', qualifiers: ['less-than'] });
    check('-5%', { kind: 'percent', value: '-0.05', interval: '[-0.055, -0.045]' });
    check('+5%', { kind: 'percent', value: '0.05', interval: '[0.045, 0.055]' });
    // The size of a stated change is never negative: clipped at zero. A bare sign is not clipped.
    check('tăng 0 tỷ', { kind: 'money', value: '0', interval: '[0, 500000000]', scale: 'tỷ' });
    check('+0 tỷ', { kind: 'money', value: '0', interval: '[-500000000, 500000000]', scale: 'tỷ' });
    check('giảm tối đa 5%', { kind: 'percent', value: '-0.05', interval: '[-0.055, 0]', qualifiers: ['at-most'] });
    check('-5 tỷ', { kind: 'money', value: '-5000000000', interval: '[-5500000000, -4500000000]', scale: 'tỷ' });
    // A decreasing range: the ends are negated and swapped.
    const r = parseQuantity('giảm 10 - 15%');
    expect(iv(r)).toBe('[-0.155, -0.095]');
    expect([r.range?.lo.toString(), r.range?.hi.toString(), r.value.toString()]).toEqual(['-0.15', '-0.1', '-0.125']);
  });

  it('reads multiples: "gấp 2,5 lần" is the number 2,5 marked as a multiple', () => {
    const q = check('gấp 2,5 lần', { kind: 'number', value: '2.5', interval: '[2.45, 2.55]' });
    expect(q.multiple).toBe(true);
    expect(parseQuantity('2,5 lần').multiple).toBe(true);
    const plain = check('20', { kind: 'number', value: '20', interval: '[19.5, 20.5]' });
    expect(plain.multiple).toBeUndefined();
  });

  it('records the written precision as halfUnit', () => {
    expect(parseQuantity('54,06 tỷ đồng').halfUnit?.toString()).toBe('5000000');
    expect(parseQuantity('125 tỷ').halfUnit?.toString()).toBe('500000000');
    expect(parseQuantity('17,16%').halfUnit?.toString()).toBe('0.00005');
  });

  it('is precise to half a unit of the last written digit: "125 tỷ" is [124,5; 125,5] tỷ', () => {
    check('125 tỷ', { kind: 'money', value: '125000000000', interval: '[124500000000, 125500000000]', scale: 'tỷ' });
  });

  it('clips money and counts at zero (they are never negative unless a change)', () => {
    check('0 người', { kind: 'count', value: '0', interval: '[0, 0.5]', unit: 'person' });
    check('tối đa 300 triệu đồng', { kind: 'money', value: '300000000', interval: '[0, 300500000]', scale: 'triệu', qualifiers: ['at-most'] });
    check('tối đa 5%', { kind: 'percent', value: '0.05', interval: '(-inf, 0.055]', qualifiers: ['at-most'] });
  });

  it('normalises NFD text, Unicode spaces, full-width digits and trailing punctuation', () => {
    const expected = { kind: 'money', value: '54060000000', interval: '[54055000000, 54065000000]', scale: 'tỷ' } as const;
    for (const text of [
      '54,06 tỷ đồng'.normalize('NFD'),
      '54,06\u00a0tỷ\u202fđồng',
      '54,06  TỶ  ĐỒNG',
      '\t54,06 tỷ đồng.',
      '５４，０６\u3000tỷ đồng',
      '54,06 tỷ\u200bđồng;',
    ]) {
      check(text, expected);
    }
    check('hơn 75 cơ sở'.normalize('NFD'), { kind: 'count', value: '75', interval: '(75, inf)', unit: 'establishment', qualifiers: ['more-than'] });
    check('５０％', { kind: 'percent', value: '0.5', interval: '[0.495, 0.505]' });
  });
});

describe('parseQuantity: qualifiers', () => {
  it('hơn and trên: more than, an open lower bound at the written figure', () => {
    check('trên 2,26 tỷ đồng', { kind: 'money', value: '2260000000', interval: '(2260000000, inf)', scale: 'tỷ', qualifiers: ['more-than'] });
  });

  it('gần: nearly, up to 10% below and not above the written figure', () => {
    check('gần 800 người', { kind: 'count', value: '800', interval: '[720, 800]', unit: 'person', qualifiers: ['nearly'] });
    // When the precision is wider than 10% the lower end is x − half.
    check('gần 1 tỷ', { kind: 'money', value: '1000000000', interval: '[500000000, 1000000000]', scale: 'tỷ', qualifiers: ['nearly'] });
  });

  it('khoảng, ước, ước tính, xấp xỉ: about, ±10% joined with the precision', () => {
    for (const word of ['khoảng', 'ước', 'ước tính', 'xấp xỉ', 'ước đạt']) {
      check(`${word} 800 người`, { kind: 'count', value: '800', interval: '[720, 880]', unit: 'person', qualifiers: ['about'] });
    }
    // Precision wider than 10%: "khoảng 1 tỷ" is [0,5; 1,5] tỷ.
    check('khoảng 1 tỷ', { kind: 'money', value: '1000000000', interval: '[500000000, 1500000000]', scale: 'tỷ', qualifiers: ['about'] });
  });

  it('ít nhất, tối thiểu: at least; tối đa, không quá: at most (with the written precision)', () => {
    check('tối thiểu 4 cơ sở', { kind: 'count', value: '4', interval: '[4, inf)', unit: 'establishment', qualifiers: ['at-least'] });
    check('không quá 3,17 tỷ', { kind: 'money', value: '3170000000', interval: '[0, 3175000000]', scale: 'tỷ', qualifiers: ['at-most'] });
  });

  it('dự kiến, kế hoạch: planned, the interval unchanged; combines with other qualifiers', () => {
    check('kế hoạch 63,335 tỷ đồng', { kind: 'money', value: '63335000000', interval: '[63334500000, 63335500000]', scale: 'tỷ', qualifiers: ['planned'] });
    check('dự kiến khoảng 800 người', { kind: 'count', value: '800', interval: '[720, 880]', unit: 'person', qualifiers: ['planned', 'about'] });
    check('dự kiến dự kiến 8 người', { kind: 'count', value: '8', interval: '[7.5, 8.5]', unit: 'person', qualifiers: ['planned'] });
  });

  it('a qualifier on a decrease applies to its size: "giảm hơn 10%" is below -10%', () => {
    check('giảm hơn 10%', { kind: 'percent', value: '-0.1', interval: '(-inf, -0.1)', qualifiers: ['more-than'] });
    check('tăng hơn 10%', { kind: 'percent', value: '0.1', interval: '(0.1, inf)', qualifiers: ['more-than'] });
  });

  it('takes the widths of khoảng and gần as options', () => {
    const opts = { aboutTolerance: '0.05', nearlyTolerance: ratio(1, 4) };
    expect(iv(parseQuantity('khoảng 800 người', opts))).toBe('[760, 840]');
    expect(iv(parseQuantity('gần 800 người', opts))).toBe('[600, 800]');
    expect(iv(parseQuantity('khoảng 800 người', { aboutTolerance: '0' }))).toBe('[799.5, 800.5]');
  });
});

describe('parseQuantity: errors name the text and the problem, in Vietnamese and English', () => {
  function error(input: unknown, options?: Parameters<typeof parseQuantity>[1]): KhuyenCongError {
    const r = safeParseQuantity(input, options);
    if (r.success) throw new Error(`expected a failure for ${String(input)}`);
    expect(() => parseQuantity(input as string, options)).toThrow(KhuyenCongError);
    return r.error;
  }

  it('empty input', () => {
    const e = error('   ');
    expect(e.issues[0]?.code).toBe('quantity.empty');
    expect(e.messagesIn('vi')).toEqual(['Chuỗi rỗng: không có số lượng nào để đọc.']);
    expect(e.messagesIn('en')).toEqual(['The text is empty: there is no quantity to read.']);
  });

  it('no number', () => {
    const e = error('hơn một trăm người');
    expect(e.issues[0]?.code).toBe('quantity.no-number');
    expect(e.messagesIn('en')).toEqual(['"hơn một trăm người" contains no number.']);
    expect(e.messagesIn('vi')).toEqual(['"hơn một trăm người" không chứa chữ số nào.']);
  });

  it('unknown unit', () => {
    const e = error('12 con mèo');
    expect(e.issues[0]?.code).toBe('quantity.unknown-unit');
    expect(e.messagesIn('vi')).toEqual(['"12 con mèo": không nhận ra đơn vị "con mèo".']);
    expect(e.messagesIn('en')).toEqual(['"12 con mèo": unknown unit "con mèo".']);
    expect(error('10% - 15%').issues[0]?.code).toBe('quantity.unknown-unit');
    expect(error('3 tỷ/1 con mèo').issues[0]?.code).toBe('quantity.unknown-unit');
    expect(error('3/ người').issues[0]?.code).toBe('quantity.unknown-unit');
  });

  it('unknown word before the number', () => {
    const e = error('bình quân 3,17 tỷ');
    expect(e.issues[0]?.code).toBe('quantity.unknown-word');
    expect(e.messagesIn('en')).toEqual(['"bình quân 3,17 tỷ": unknown word "bình" before the number.']);
  });

  it('two decimal commas', () => {
    const e = error('1,2,3 tỷ');
    expect(e.issues[0]?.code).toBe('quantity.two-decimal-commas');
    expect(e.messagesIn('en')).toEqual([
      '"1,2,3 tỷ" has two decimal commas; in Vietnamese the comma is the decimal mark and may appear only once.',
    ]);
  });

  it('a dot that does not group exactly three digits', () => {
    for (const text of ['17.16%', '1234.567 người', '1.2345 người', '1,5.000 tỷ', '1.20 người', '1.000.00 đồng']) {
      const e = error(text);
      expect([text, e.issues[0]?.code]).toEqual([text, 'quantity.bad-grouping']);
    }
    expect(error('17.16%').messagesIn('en')).toEqual([
      '"17.16%": a dot must separate groups of exactly 3 digits (1.200); decimals are written with a comma (17,16).',
    ]);
  });

  it('a number too large: money past MAX_MONEY_DONG, counts past the safe integers, more than 30 digits', () => {
    const e = error('9.007,2 nghìn tỷ đồng');
    expect(e.issues[0]?.code).toBe('quantity.too-large');
    expect(e.messagesIn('vi')).toEqual(['"9.007,2 nghìn tỷ đồng": số quá lớn (giới hạn 9.007.199.254.740.991 đồng).']);
    expect(e.messagesIn('en')).toEqual(['"9.007,2 nghìn tỷ đồng": the number is too large (limit 9,007,199,254,740,991 đồng).']);
    // The largest amount itself parses; one đồng more, or half a đồng more, does not.
    expect(parseQuantity('9.007.199.254.740.991 đồng').value.toString()).toBe('9007199254740991');
    expect(error('9.007.199.254.740.992 đồng').issues[0]?.code).toBe('quantity.too-large');
    expect(error('9.007.199.254.740.991,5 đồng').issues[0]?.code).toBe('quantity.too-large');
    expect(error('9.007.199,254740992 tỷ').issues[0]?.code).toBe('quantity.too-large');
    expect(error('10 - 9.007.199.254.740.992 người').issues[0]?.code).toBe('quantity.too-large');
    expect(error('1/9.007.199.254.740.992 người').issues[0]?.code).toBe('quantity.too-large');
    expect(error(`${'9'.repeat(31)}`).messagesIn('en')).toEqual([`"${'9'.repeat(31)}": the number is too large (limit 30 significant digits).`]);
    // Percentages and plain numbers only have the digit limit.
    expect(parseQuantity(`${'9'.repeat(30)}%`).kind).toBe('percent');
  });

  it('conflicting qualifiers and directions', () => {
    for (const text of ['hơn gần 5 người', 'tăng giảm 5%', 'giảm -5%', 'khoảng khoảng 5 người']) {
      expect([text, error(text).issues[0]?.code]).toEqual([text, 'quantity.conflicting-qualifiers']);
    }
  });

  it('bad ranges: lower end above the upper end, or a one-sided qualifier', () => {
    expect(error('15 - 10 đề án').issues[0]?.code).toBe('quantity.bad-range');
    expect(error('hơn 10 - 15 đề án').messagesIn('en')).toEqual([
      '"hơn 10 - 15 đề án": invalid range (lower end above the upper end, or combined with hơn, gần, ít nhất, tối đa).',
    ]);
  });

  it('gấp without lần', () => {
    expect(error('gấp 3 người').messagesIn('vi')).toEqual(['"gấp 3 người": "gấp" phải đi với đơn vị "lần" (gấp 2,5 lần).']);
  });

  it('text longer than 1 000 characters', () => {
    const e = error(`1${' '.repeat(1000)}`);
    expect(e.issues[0]?.code).toBe('quantity.too-long');
    expect(e.messagesIn('en')).toEqual(['The text is 1001 characters long, over the limit of 1000.']);
    expect(parseQuantity(`1${' '.repeat(999)}`).value.toString()).toBe('1');
  });

  it('non-string input gives an error, not an exception', () => {
    expect(error(42).messagesIn('en')).toEqual(['The input must be a string, got number.']);
    expect(error(null).messagesIn('vi')).toEqual(['Đầu vào phải là chuỗi ký tự, nhận được null.']);
    expect(error(['1']).issues[0]?.code).toBe('quantity.not-string');
    expect(error(undefined).issues[0]?.code).toBe('quantity.not-string');
  });

  it('bad tolerance options', () => {
    const e = error('5 người', { aboutTolerance: '1.5' });
    expect(e.issues[0]?.path).toEqual(['aboutTolerance']);
    expect(e.messagesIn('en')).toEqual(["aboutTolerance: The option aboutTolerance must be a ratio from 0 to 1 (for example '0.1' for 10%)."]);
    expect(error('5 người', { nearlyTolerance: ratio(-1, 10) }).issues[0]?.code).toBe('quantity.bad-option');
    expect(error('5 người', { nearlyTolerance: '10%' }).issues[0]?.code).toBe('quantity.bad-option');
    // safeParseQuantity ignores options that are not an object instead of throwing.
    expect(safeParseQuantity('5 người', null as never).success).toBe(true);
  });
});

describe('the parsed quantity is frozen and does not share state', () => {
  it('freezes the quantity, its interval and bounds and its qualifiers', () => {
    const q = parseQuantity('khoảng 800 người');
    expect(Object.isFrozen(q)).toBe(true);
    expect(Object.isFrozen(q.interval)).toBe(true);
    expect(Object.isFrozen(q.interval.lo)).toBe(true);
    expect(Object.isFrozen(q.qualifiers)).toBe(true);
    expect(Object.isFrozen(parseQuantity('8 người').qualifiers)).toBe(true);
  });
});

describe('parseQuantity: compound unit nouns', () => {
  it('reads "10 chương trình, đề án" as 10 programmes (seed 000)', () => {
    const q = parseQuantity('10 chương trình, đề án');
    expect(q.kind).toBe('count');
    expect(q.unit).toBe('programme');
    expect(q.value.toString()).toBe('10');
  });
});
