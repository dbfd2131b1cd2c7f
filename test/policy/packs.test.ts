import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { eligibleItems } from '../../src/eligibility/eligibleItems.js';
import { KhuyenCongError } from '../../src/internal/errors.js';
import {
  computeSupport,
  LOCAL_POLICY_PACKS,
  parsePolicyPack,
  safeParsePolicyPack,
  serializePolicyPack,
  type LocalSupportComputation,
  type PolicyPackJson,
} from '../../src/policy/index.js';
import { parseDeAn } from '../../src/project/DeAn.js';
import { computeDeAnSupport } from '../../src/project/funding.js';
import { money } from '../../src/quantity/Money.js';
import { JSON_SCHEMAS } from '../../src/project/jsonSchemas.js';
import { localCluster } from '../project/fixtures.js';
import { fixturePack, SOURCE, successorPack } from './packs.fixtures.js';

const ty = 1_000_000_000;
const tr = 1_000_000;

function computed(r: LocalSupportComputation) {
  if (!r.ok || r.value.source !== 'pack') throw new Error(`expected computed with the pack, got ${JSON.stringify(r)}`);
  return r.value;
}
function notModelled(r: LocalSupportComputation) {
  if (r.ok) throw new Error(`expected not-modelled, got ${r.value.source}`);
  return r;
}
function issuesOf(input: unknown) {
  const r = safeParsePolicyPack(input);
  if (r.success) throw new Error('expected the pack to be refused');
  return r.error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
}
function thrown(fn: () => unknown): KhuyenCongError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KhuyenCongError) return e;
    throw e;
  }
  throw new Error('expected a KhuyenCongError');
}
const pack = (id: string) => {
  const p = LOCAL_POLICY_PACKS.find((x) => x.id === id);
  if (p === undefined) throw new Error(id);
  return p;
};

describe('LOCAL_POLICY_PACKS against the texts read', () => {
  it('Hòa Bình QĐ 20/2019/QĐ-UBND, Chapter III as summarised by khuyencongonline.gov.vn (secondary)', () => {
    const p = pack('HB-20-2019-QD-UBND');
    expect([p.number, p.kind, p.province.code]).toEqual(['20/2019/QĐ-UBND', 'QD-UBND', '17']);
    const lv = (item: string) => p.levels.find((l) => l.item === item);
    // "thành lập doanh nghiệp sản xuất công nghiệp nông thôn không quá 10 triệu đồng/cơ sở"
    expect([lv('ENTERPRISE_FOUNDING')?.absoluteCap?.dong, lv('ENTERPRISE_FOUNDING')?.percentCap, lv('ENTERPRISE_FOUNDING')?.unit]).toEqual([10 * tr, undefined, 'per-establishment']);
    // "hỗ trợ tối đa 30% cho mô hình phổ biến sản phẩm mới, công nghệ mới, không quá 1 tỷ đồng/mô hình"
    expect([lv('DEMO_MODEL_NEW_TECH')?.percentCap?.ratio.toString(), lv('DEMO_MODEL_NEW_TECH')?.absoluteCap?.dong, lv('DEMO_MODEL_NEW_TECH')?.unit]).toEqual(['0.3', 1 * ty, 'per-model']);
    // "hỗ trợ 100 triệu đồng cho nhân rộng 1 mô hình đang hoạt động hiệu quả"
    expect(lv('DEMO_MODEL_EFFICIENT_ESTABLISHMENT')?.absoluteCap?.dong).toBe(100 * tr);
    // "chi 30% hỗ trợ cho mô hình thí điểm áp dụng sản xuất sạch hơn, không quá 500 triệu đồng/ mô hình"
    expect([lv('CLEANER_PRODUCTION_PILOT_MODEL')?.percentCap?.ratio.toString(), lv('CLEANER_PRODUCTION_PILOT_MODEL')?.absoluteCap?.dong]).toEqual(['0.3', 500 * tr]);
    expect(p.levels).toHaveLength(4);
    for (const l of p.levels) {
      expect(l.citation).toMatchObject({ chapter: 'III', confidence: 'secondary' });
      expect(l.citation.source).toBe('http://khuyencongonline.gov.vn/tin-tuc/hoa-binh-quy-dinh-hoat-dong-khuyen-cong-c195ad87_121/');
    }
    // The dates were not read, so the pack never prices.
    expect([p.signed, p.effective, p.end]).toEqual([null, null, null]);
    expect(p.notRead.map((n) => n.en).join(' ')).toContain('effective');
  });

  it('Phú Thọ NQ 23/2025/NQ-HĐND: signed 2025-10-28, in force 2026-01-01, levels not read', () => {
    const p = pack('PT-23-2025-NQ-HDND');
    expect([p.number, p.kind, p.signed, p.effective, p.end]).toEqual(['23/2025/NQ-HĐND', 'NQ-HDND', '2025-10-28', '2026-01-01', null]);
    expect(p.province).toEqual({ code: '25', asOf: '2026-01-01' });
    expect(p.levels).toEqual([]);
    expect(p.notRead.length).toBeGreaterThan(0);
    expect(p.sources[0]).toContain('nhansu.vn');
  });

  it('Quảng Trị NQ 38/2020/NQ-HĐND (signed 2020-07-23, code 45 of the 63-unit map) and Thanh Hóa QĐ 05/2021/QĐ-UBND (2021-04-05): headings only', () => {
    const qt = pack('QT-38-2020-NQ-HDND');
    expect([qt.signed, qt.effective, qt.province.code, qt.levels.length]).toEqual(['2020-07-23', null, '45', 0]);
    const th = pack('TH-05-2021-QD-UBND');
    expect([th.number, th.signed, th.effective, th.province.code, th.levels.length]).toEqual(['05/2021/QĐ-UBND', '2021-04-05', null, '38', 0]);
    expect(LOCAL_POLICY_PACKS.every((p) => p.notRead.length > 0)).toBe(true);
  });

  it('Đắk Lắk 2025 (34-unit map, code 66): in force 2025-07-26, three levels as reported by vietnam.vn (secondary, article not read)', () => {
    const p = pack('DL-2025-NQ-HDND-KC');
    expect([p.kind, p.province.code, p.signed, p.effective, p.end]).toEqual(['NQ-HDND', '66', null, '2025-07-26', null]);
    const lv = (item: string) => p.levels.find((l) => l.item === item);
    // "establishing rural industrial production enterprises in areas with difficult socio-economic conditions, up to 10 million VND/enterprise"
    expect([lv('ENTERPRISE_FOUNDING')?.absoluteCap?.dong, lv('ENTERPRISE_FOUNDING')?.unit, lv('ENTERPRISE_FOUNDING')?.conditions]).toEqual([10 * tr, 'per-enterprise', ['difficult-or-extremely-difficult-area']]);
    // "technical demonstration models … 30% of costs, but not exceeding 800 million VND/model"
    expect([lv('DEMO_MODEL_NEW_TECH')?.percentCap?.ratio.toString(), lv('DEMO_MODEL_NEW_TECH')?.absoluteCap?.dong]).toEqual(['0.3', 800 * tr]);
    // "pilot models on applying cleaner production … 30% of costs, but not exceeding 400 million VND/model"
    expect([lv('CLEANER_PRODUCTION_PILOT_MODEL')?.percentCap?.ratio.toString(), lv('CLEANER_PRODUCTION_PILOT_MODEL')?.absoluteCap?.dong]).toEqual(['0.3', 400 * tr]);
    expect(p.levels).toHaveLength(3);
    for (const l of p.levels) expect(l.citation).toMatchObject({ confidence: 'secondary', locatorNotRead: true, source: 'https://www.vietnam.vn/en/muc-chi-moi-cho-hoat-dong-khuyen-cong-cao-nhat-den-800-trieu-dong-mo-hinh' });
  });

  it("Đắk Lắk's pack prices a Phú Yên (54) đề án after the merger, and nothing before its effective date", () => {
    const phuYen = { code: '54', asOf: '2024-05-01' };
    const r = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-07-26', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: phuYen }));
    expect([r.pack.id, r.support.dong, r.binding]).toEqual(['DL-2025-NQ-HDND-KC', 600 * tr, 'percent-cap']);
    expect(r.explanation.en).toContain('article not read; secondary source');
    const capped = computed(computeSupport({ item: 'CLEANER_PRODUCTION_PILOT_MODEL', eligibleCost: money(2 * ty), at: '2026-01-01', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: { code: '66', asOf: '2026-01-01' } }));
    expect([capped.support.dong, capped.binding]).toEqual([400 * tr, 'absolute-cap']);
    for (const at of ['2025-06-30', '2025-07-25']) {
      const before = notModelled(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at, funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: phuYen }));
      expect(before.packsConsidered.find((c) => c.id === 'DL-2025-NQ-HDND-KC')?.status).toBe('not-yet-in-force');
    }
  });

  it('Bình Dương NQ 14/2019/NQ-HĐND (code 74): in force 2019-09-01, replacing 10/2015/NQ-HĐND8; two levels as reported by the province portal (secondary, article not read)', () => {
    const p = pack('BD-14-2019-NQ-HDND');
    expect([p.number, p.kind, p.province, p.signed, p.effective, p.end, p.replaces]).toEqual([
      '14/2019/NQ-HĐND',
      'NQ-HDND',
      { code: '74', asOf: '2019-09-01' },
      null,
      '2019-09-01',
      null,
      ['10/2015/NQ-HĐND8'],
    ]);
    const lv = (item: string) => p.levels.find((l) => l.item === item);
    // "Mức chi hỗ trợ không quá 100.000.000 đồng (một trăm triệu đồng)/lần đối với cấp tỉnh"
    expect([lv('TYPICAL_PRODUCT_SELECTION_PROVINCIAL')?.absoluteCap?.dong, lv('TYPICAL_PRODUCT_SELECTION_PROVINCIAL')?.percentCap, lv('TYPICAL_PRODUCT_SELECTION_PROVINCIAL')?.unit]).toEqual([100 * tr, undefined, 'per-round']);
    // "… không quá 50.000.000 đồng (năm mươi triệu đồng)/lần đối với cấp huyện"
    expect([lv('TYPICAL_PRODUCT_SELECTION_DISTRICT')?.absoluteCap?.dong, lv('TYPICAL_PRODUCT_SELECTION_DISTRICT')?.unit]).toEqual([50 * tr, 'per-round']);
    expect(p.levels).toHaveLength(2);
    for (const l of p.levels) {
      expect(l.citation).toMatchObject({ confidence: 'secondary', locatorNotRead: true });
      expect(l.citation.source).toContain('binhduong.gov.vn');
    }
    expect(p.notRead.map((n) => n.en).join(' ')).toContain('article');
  });

  it('Hậu Giang 2014 rules (code 93): applied from 2014-09-18; only the two levels whose national counterpart has no percentage are recorded', () => {
    const p = pack('HG-2014-QD-UBND-KC');
    // Its own end was not read: the pack stops on TTLT 26/2014's last day, never pricing TT 28/2018 years.
    expect([p.kind, p.province, p.signed, p.effective, p.end]).toEqual(['QD-UBND', { code: '93', asOf: '2014-09-18' }, null, '2014-09-18', '2018-05-10']);
    const lv = (item: string) => p.levels.find((l) => l.item === item);
    // "Hỗ trợ thành lập DN SX công nghiệp nông thôn (CNNT) tại các địa bàn khó khăn với mức 5 triệu đồng/DN"
    expect([lv('ENTERPRISE_FOUNDING')?.absoluteCap?.dong, lv('ENTERPRISE_FOUNDING')?.unit, lv('ENTERPRISE_FOUNDING')?.conditions]).toEqual([5 * tr, 'per-enterprise', ['difficult-or-extremely-difficult-area']]);
    // "cơ sở CNNT đang hoạt động có hiệu quả cần nhân rộng với mức không quá 50 triệu đồng/mô hình"
    expect([lv('DEMO_MODEL_EFFICIENT_ESTABLISHMENT')?.absoluteCap?.dong, lv('DEMO_MODEL_EFFICIENT_ESTABLISHMENT')?.unit]).toEqual([50 * tr, 'per-model']);
    // The report gives 250 triệu (demonstration model), 100 triệu (machinery), 150 and 750 triệu (pollution) and
    // 75 triệu (linkage cluster) without their percentages: listed as not read, never priced.
    expect(p.levels.map((l) => l.item)).toEqual(['ENTERPRISE_FOUNDING', 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT']);
    expect(p.notRead.map((n) => n.en).join(' ')).toContain('machinery 100 million per establishment');
    for (const l of p.levels) expect(l.citation).toMatchObject({ confidence: 'secondary', locatorNotRead: true, source: 'https://nongnghiep.vn/hau-giang-ho-tro-khuyen-cong-post131304.html' });
    expect(notModelled(computeSupport({ item: 'MACHINERY_APPLICATION', eligibleCost: money(ty), at: '2016-01-01', funds: 'LOCAL', policy: p })).reason.code).toBe('level-not-in-pack');
  });

  it('every shipped level is secondary: no instrument text was read beyond its heading', () => {
    const levels = LOCAL_POLICY_PACKS.flatMap((p) => p.levels);
    expect(levels.length).toBe(11); // Hòa Bình 4, Đắk Lắk 3, Bình Dương 2, Hậu Giang 2
    expect(levels.every((l) => l.citation.confidence === 'secondary')).toBe(true);
    // The packs that price on some date: Đắk Lắk, Bình Dương, Hậu Giang.
    expect(LOCAL_POLICY_PACKS.filter((p) => p.effective !== null && p.levels.length > 0).map((p) => p.province.code)).toEqual(['66', '74', '93']);
  });

  it('Bình Dương (74) on both sides of 2025-07-01: its pack prices until 2025-06-30; in Hồ Chí Minh City (79) later it is province-merged', () => {
    const bd = { code: '74', asOf: '2024-01-01' };
    const r = computed(computeSupport({ item: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL', eligibleCost: money(150 * tr), at: '2025-06-30', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: bd }));
    expect([r.pack.id, r.support.dong, r.binding]).toEqual(['BD-14-2019-NQ-HDND', 100 * tr, 'absolute-cap']);
    expect(r.explanation.en).toBe(
      'Local khuyến công funds: The eligible cost 150,000,000 đồng, above the cap of 100,000,000 đồng per selection round, so the support is at most 100,000,000 đồng (14/2019/NQ-HĐND, article not read; secondary source).',
    );
    const under = computed(computeSupport({ item: 'TYPICAL_PRODUCT_SELECTION_DISTRICT', eligibleCost: money(30 * tr), at: '2019-09-01', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: bd }));
    expect([under.support.dong, under.binding]).toEqual([30 * tr, 'cost']);
    for (const province of [bd, { code: '79', asOf: '2025-07-01' }]) {
      const after = notModelled(computeSupport({ item: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL', eligibleCost: money(150 * tr), at: '2025-07-01', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province }));
      expect([after.reason.code, after.packsConsidered.find((c) => c.id === 'BD-14-2019-NQ-HDND')?.status]).toEqual(['no-pack-in-force', 'province-merged']);
    }
    const early = notModelled(computeSupport({ item: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL', eligibleCost: money(150 * tr), at: '2019-08-31', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: bd }));
    expect(early.packsConsidered.find((c) => c.id === 'BD-14-2019-NQ-HDND')?.status).toBe('not-yet-in-force');
  });

  it('Hậu Giang (93): not yet in force on 2014-09-17, priced from 2014-09-18 to 2018-05-10 with warnings, expired from TT 28/2018 (so also in Cần Thơ (92) from 2025-07-01)', () => {
    const hg = { code: '93', asOf: '2014-09-18' };
    const early = notModelled(computeSupport({ item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT', eligibleCost: money(80 * tr), at: '2014-09-17', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: hg }));
    expect(early.packsConsidered.find((c) => c.id === 'HG-2014-QD-UBND-KC')?.status).toBe('not-yet-in-force');
    const r = computed(computeSupport({ item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT', eligibleCost: money(80 * tr), at: '2014-09-18', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: hg }));
    expect([r.support.dong, r.binding]).toEqual([50 * tr, 'absolute-cap']);
    expect(r.warnings.map((w) => w.en).join(' ')).toContain('read only in part');
    const founding = computed(computeSupport({ item: 'ENTERPRISE_FOUNDING', eligibleCost: money(8 * tr), at: '2018-05-10', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: hg }));
    expect(founding.support.dong).toBe(5 * tr);
    expect(founding.warnings.map((w) => w.en)).toContain('This level applies only under the area condition the instrument sets; that condition is not checked here.');
    // From TT 28/2018's first day the 2014 levels are not carried on: expired, never priced.
    const later = notModelled(computeSupport({ item: 'ENTERPRISE_FOUNDING', eligibleCost: money(8 * tr), at: '2018-05-11', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: hg }));
    expect(later.packsConsidered.find((c) => c.id === 'HG-2014-QD-UBND-KC')?.status).toBe('expired');
    const merged = notModelled(computeSupport({ item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT', eligibleCost: money(80 * tr), at: '2025-07-01', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: { code: '92', asOf: '2025-07-01' } }));
    // Cần Thơ after the merger: the Hậu Giang pack had already stopped (the merger side is Bình Dương's test).
    expect(merged.packsConsidered.find((c) => c.id === 'HG-2014-QD-UBND-KC')?.status).toBe('expired');
  });

  it("a local đề án in Bình Dương priced with its province's pack and without it", () => {
    const deAn = parseDeAn({
      ...localCluster,
      province: { code: '74', asOf: '2024-03-01' },
      supportItems: [
        { item: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL', eligibleCost: 120 * tr },
        { item: 'TYPICAL_PRODUCT_SELECTION_DISTRICT', eligibleCost: 40 * tr },
      ],
    });
    const withPack = computeDeAnSupport(deAn, '2024-06-01', { funds: 'LOCAL', policy: LOCAL_POLICY_PACKS });
    expect([withPack.total.dong, withPack.complete]).toEqual([140 * tr, true]);
    expect(withPack.lines.map((l) => l.ok && l.value.source === 'pack' && l.value.pack.number)).toEqual(['14/2019/NQ-HĐND', '14/2019/NQ-HĐND']);
    const without = computeDeAnSupport(deAn, '2024-06-01', { funds: 'LOCAL' });
    expect([without.total.dong, without.complete, without.lines.map((l) => !l.ok && l.reason.code)]).toEqual([0, false, ['no-pack', 'no-pack']]);
  });

  it('every shipped pack round-trips and validates against the shipped JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON_SCHEMAS.policyPack as object);
    for (const p of LOCAL_POLICY_PACKS) {
      const json = serializePolicyPack(p);
      expect(validate(json)).toBe(true);
      expect(parsePolicyPack(JSON.parse(JSON.stringify(json)))).toEqual(p);
    }
    expect(validate({ ...serializePolicyPack(LOCAL_POLICY_PACKS[0]!), extra: 1 })).toBe(false);
  });

  it('the shipped packs price nothing they did not read: Phú Thọ 2026 and Hòa Bình 2024 are not modelled, listing the packs', () => {
    const r = notModelled(
      computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2026-03-01', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: { code: '25', asOf: '2026-03-01' } }),
    );
    expect(r.reason.code).toBe('level-not-in-pack');
    expect(r.reason.message.en).toContain('read only in part');
    expect(r.packsConsidered.map((c) => [c.id, c.status])).toEqual([
      ['HB-20-2019-QD-UBND', 'dates-not-read'],
      ['PT-23-2025-NQ-HDND', 'in-force'],
      ['QT-38-2020-NQ-HDND', 'other-province'],
      ['TH-05-2021-QD-UBND', 'other-province'],
      ['DL-2025-NQ-HDND-KC', 'other-province'],
      ['BD-14-2019-NQ-HDND', 'other-province'],
      ['HG-2014-QD-UBND-KC', 'other-province'],
    ]);
    const before = notModelled(
      computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-09-01', funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: { code: '25', asOf: '2025-09-01' } }),
    );
    expect(before.reason.code).toBe('no-pack-in-force');
    expect(before.packsConsidered.find((c) => c.id === 'PT-23-2025-NQ-HDND')?.status).toBe('not-yet-in-force');
    expect(before.reason.message.en).toBe(
      'No policy pack is in force on 2025-09-01 (considered: 20/2019/QĐ-UBND: dates-not-read; 23/2025/NQ-HĐND: not-yet-in-force; 38/2020/NQ-HĐND: other-province; 05/2021/QĐ-UBND: other-province; NQ-HĐND 2025 tỉnh Đắk Lắk về mức chi khuyến công (số chưa đọc được): other-province; 14/2019/NQ-HĐND: other-province; QĐ-UBND 2014 tỉnh Hậu Giang về kinh phí khuyến công (số chưa đọc được): other-province).',
    );
    // A long list is shortened in the message (every pack stays in packsConsidered).
    const many = Array.from({ length: 12 }, (_, i) => ({ ...serializePolicyPack(pack('QT-38-2020-NQ-HDND')), id: `QT-${i}` }));
    const long = notModelled(computeSupport({ item: 'CONSULTING', eligibleCost: money(1), at: '2024-01-01', funds: 'LOCAL', policy: many }));
    expect([long.packsConsidered.length, long.reason.message.en.endsWith('; … (12)).')]).toEqual([12, true]);
  });
});

describe('computeSupport with funds: LOCAL', () => {
  const hb = fixturePack();

  it('prices with the pack in force and cites the provincial instrument', () => {
    const r = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(5 * ty), at: '2024-05-01', funds: 'LOCAL', policy: hb }));
    expect([r.support.dong, r.percentAmount?.dong, r.binding]).toEqual([1 * ty, 1_500_000_000, 'absolute-cap']);
    expect(r.pack).toEqual({ id: 'FIXTURE-HB', number: '99/2020/QĐ-UBND', province: '17' });
    expect(r.citation).toMatchObject({ article: 5, clause: 2 });
    expect(r.explanation.en).toBe(
      'Local khuyến công funds: 30% of the eligible cost 5,000,000,000 đồng is 1,500,000,000 đồng (rounded down), above the cap of 1,000,000,000 đồng per model, so the support is at most 1,000,000,000 đồng (99/2020/QĐ-UBND, Art. 5(2)).',
    );
    expect(r.explanation.vi).toBe(
      'Kinh phí khuyến công địa phương: 30% chi phí hợp lệ 5.000.000.000 đồng là 1.500.000.000 đồng (làm tròn xuống), vượt mức trần 1.000.000.000 đồng/mô hình, nên hỗ trợ tối đa 1.000.000.000 đồng (khoản 2 Điều 5 99/2020/QĐ-UBND).',
    );
    const pct = computed(computeSupport({ item: 'MACHINERY_APPLICATION', eligibleCost: money(300 * tr + 1), at: '2024-05-01', funds: 'LOCAL', policy: hb }));
    expect([pct.support.dong, pct.binding]).toEqual([150 * tr, 'percent-cap']);
    expect(pct.explanation.en).toContain('within the cap of 200,000,000 đồng per establishment');
  });

  it('a level with only an absolute cap: min(cost, cap), with the area condition as a warning', () => {
    const small = computed(computeSupport({ item: 'ENTERPRISE_FOUNDING', eligibleCost: money(7 * tr), at: '2024-05-01', funds: 'LOCAL', policy: hb }));
    expect([small.support.dong, small.binding]).toEqual([7 * tr, 'cost']);
    expect(small.warnings[0]?.en).toContain('area condition');
    const big = computed(computeSupport({ item: 'ENTERPRISE_FOUNDING', eligibleCost: money(70 * tr), at: '2024-05-01', funds: 'LOCAL', policy: hb }));
    expect([big.support.dong, big.binding]).toEqual([10 * tr, 'absolute-cap']);
  });

  it('prices an item the pack adds; the national funds do not know it', () => {
    const r = computed(computeSupport({ item: 'LOCAL_OCOP_LABEL', eligibleCost: money(50 * tr), at: '2024-05-01', funds: 'LOCAL', policy: hb }));
    expect(r.support.dong).toBe(20 * tr);
    expect(r.explanation.en).toContain('per product');
    expect(thrown(() => computeSupport({ item: 'LOCAL_OCOP_LABEL' as 'CONSULTING', eligibleCost: money(1), at: '2024-05-01' })).issues[0]?.code).toBe('policy.unknown-item');
  });

  it('an item the pack leaves to the national level takes the national computation (TT 28/2018: 400 triệu per round)', () => {
    const r = computeSupport({ item: 'TYPICAL_PRODUCT_SELECTION_NATIONAL', eligibleCost: money(1 * ty), at: '2024-05-01', funds: 'LOCAL', policy: hb });
    if (!r.ok || r.value.source !== 'national-level') throw new Error(r.ok ? r.value.source : r.reason.code);
    expect(r.value.national.ok && r.value.national.value.support.dong).toBe(400 * tr);
    expect(r.value.citation.article).toBe(7);
    expect(r.value.explanation.en).toMatch(/^Under 99\/2020\/QĐ-UBND, Art\. 7, item TYPICAL_PRODUCT_SELECTION_NATIONAL takes the national level: support of at most 400,000,000 đồng/);
  });

  it('without a pack: not modelled (no-pack), never the national level; national funds keep the national level', () => {
    const local = notModelled(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(5 * ty), at: '2024-05-01', funds: 'LOCAL' }));
    expect([local.reason.code, local.packsConsidered]).toEqual(['no-pack', []]);
    expect(local.reason.message.en).toContain('the national level is not used');
    const national = computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(5 * ty), at: '2024-05-01', funds: 'NATIONAL' });
    expect(national.ok && [national.value.support.dong, national.value.citation.instrument]).toEqual([1 * ty, 'TT-28-2018-BTC']);
  });

  it('a pack not yet in force and an expired pack are not modelled, with the reason per pack', () => {
    const early = notModelled(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(ty), at: '2019-12-31', funds: 'LOCAL', policy: hb }));
    expect([early.reason.code, early.packsConsidered[0]?.status]).toEqual(['no-pack-in-force', 'not-yet-in-force']);
    const ended = fixturePack({ end: '2022-12-31' });
    expect(computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(ty), at: '2022-12-31', funds: 'LOCAL', policy: ended })).support.dong).toBe(300 * tr);
    const late = notModelled(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(ty), at: '2023-01-01', funds: 'LOCAL', policy: ended }));
    expect(late.packsConsidered[0]).toMatchObject({ id: 'FIXTURE-HB', status: 'expired', end: '2022-12-31' });
  });

  it('a merged province on both sides of 2025-07-01: Hòa Bình (17) until 2025-06-30, Phú Thọ (25) from 2025-07-01', () => {
    const packs = [fixturePack(), successorPack()];
    const province = { code: '25', asOf: '2025-08-01' };
    const before = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-06-30', funds: 'LOCAL', policy: packs, province }));
    expect([before.pack.province, before.support.dong]).toEqual(['17', 600 * tr]);
    const after = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-07-01', funds: 'LOCAL', policy: packs, province }));
    expect([after.pack.province, after.support.dong]).toEqual(['25', 800 * tr]);
    // Without the successor's pack, the predecessor's does not price after the merger.
    const alone = notModelled(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-07-01', funds: 'LOCAL', policy: [fixturePack()] }));
    expect(alone.packsConsidered).toEqual([{ id: 'FIXTURE-HB', number: '99/2020/QĐ-UBND', province: '17', effective: '2020-01-01', end: null, status: 'province-merged' }]);
    // A đề án registered under the old code (17, 2024) finds the successor's pack after the merger.
    const oldRef = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-07-02', funds: 'LOCAL', policy: packs, province: { code: '17', asOf: '2024-01-01' } }));
    expect(oldRef.pack.id).toBe('FIXTURE-PT');
    // Vĩnh Phúc (26) is another predecessor: its đề án does not take Hòa Bình's pack before the merger.
    const other = notModelled(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-06-30', funds: 'LOCAL', policy: packs, province: { code: '26', asOf: '2025-01-01' } }));
    expect(other.packsConsidered.map((c) => c.status)).toEqual(['other-province', 'not-yet-in-force']);
  });

  it('amending and replacing packs: the amendment wins for its items, a replaced pack stops', () => {
    const base = fixturePack({ end: null });
    const amend = fixturePack({
      id: 'FIXTURE-HB-AMEND',
      number: '12/2023/QĐ-UBND',
      signed: '2023-03-01',
      effective: '2023-03-15',
      amends: ['99/2020/QĐ-UBND'],
      levels: [{ item: 'MACHINERY_APPLICATION', percentCap: '0.5', absoluteCap: 250_000_000, unit: 'per-establishment', citation: { article: 1, clause: 2, confidence: 'verified-from-text', source: 'https://example.invalid/a' } }],
      addedItems: [],
      nationalItems: [],
    });
    const m = computed(computeSupport({ item: 'MACHINERY_APPLICATION', eligibleCost: money(ty), at: '2023-06-01', funds: 'LOCAL', policy: [base, amend] }));
    expect([m.support.dong, m.pack.id]).toEqual([250 * tr, 'FIXTURE-HB-AMEND']);
    const d = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(ty), at: '2023-06-01', funds: 'LOCAL', policy: [base, amend] }));
    expect(d.pack.id).toBe('FIXTURE-HB');
    const replacement = { ...amend, id: 'FIXTURE-HB-NEW', amends: [], replaces: ['99/2020/QĐ-UBND'] };
    const gone = notModelled(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(ty), at: '2023-06-01', funds: 'LOCAL', policy: [base, replacement] }));
    expect(gone.packsConsidered.map((c) => c.status)).toEqual(['replaced', 'in-force']);
    expect(gone.reason.code).toBe('level-not-in-pack');
  });

  it('refuses overlapping packs of one province that neither amend nor replace, packs of several provinces without a province, and bad options', () => {
    const twin = fixturePack({ id: 'FIXTURE-HB-2', number: '100/2021/QĐ-UBND', signed: '2021-01-01', effective: '2021-01-10' });
    const e = thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-01-01', funds: 'LOCAL', policy: [fixturePack(), twin] }));
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['pack.overlapping-packs', 'policy.1.effective']]);
    // Successive packs of one province, in either order, do not overlap.
    const later = fixturePack({ id: 'FIXTURE-HB-3', number: '101/2023/QĐ-UBND', signed: '2022-12-01', effective: '2023-01-01' });
    const earlier = fixturePack({ end: '2022-12-31' });
    for (const policy of [[earlier, later], [later, earlier]]) {
      expect(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(ty), at: '2023-01-01', funds: 'LOCAL', policy }).ok).toBe(true);
    }
    const other = fixturePack({ id: 'FIXTURE-VP', province: { code: '26', asOf: '2020-01-01' } });
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-01-01', funds: 'LOCAL', policy: [fixturePack(), other] })).issues[0]?.code).toBe('pack.ambiguous-province');
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-01-01', funds: 'LOCAL', policy: [fixturePack(), { bad: 1 }] })).issues[0]?.path.slice(0, 2)).toEqual(['policy', 1]);
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-01-01', funds: 'LOCAL', policy: 'x' })).issues[0]?.path).toEqual(['policy']);
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-01-01', funds: 'LOCAL', policy: new Array(1001).fill(0) })).issues[0]?.code).toBe('pack.bad-policy');
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-01-01', funds: 'STATE' as 'LOCAL' })).issues[0]).toMatchObject({ code: 'policy.bad-funds', path: ['funds'] });
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(-1), at: '2024-02-30', funds: 'LOCAL' })).issues.map((i) => i.code)).toEqual(['policy.bad-cost']);
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-02-30', funds: 'LOCAL' })).issues[0]?.code).toBe('date.invalid');
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-01-01', funds: 'LOCAL', province: { code: 'x', asOf: '2024-01-01' } })).issues[0]?.code).toBe('pack.province-format');
    expect(thrown(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2024-01-01', funds: 'LOCAL', province: null as never })).issues[0]?.path).toEqual(['province']);
    expect(thrown(() => computeSupport(null as never)).issues[0]?.code).toBe('policy.not-object');
    expect(thrown(() => computeSupport({ funds: 'LOCAL' } as never)).issues[0]?.code).toBe('policy.unknown-item');
  });
});

describe('parsePolicyPack refuses every malformed pack with its field path', () => {
  const base = fixturePack();
  const level0 = base.levels[0]!;

  it('accepts the fixture, frozen', () => {
    const p = parsePolicyPack(base);
    expect(Object.isFrozen(p.levels[0])).toBe(true);
    expect(serializePolicyPack(p)).toEqual(base);
  });

  it.each<[string, PolicyPackJson | Record<string, unknown>, { code: string; path: string }[]]>([
    ['an unknown item', { ...base, levels: [{ ...level0, item: 'NO_SUCH_ITEM' }] }, [{ code: 'pack.unknown-item', path: 'levels.0.item' }]],
    ['a negative cap', { ...base, levels: [{ ...level0, absoluteCap: -1 }] }, [{ code: 'schema.too-small', path: 'levels.0.absoluteCap' }]],
    ['a level without a citation', { ...base, levels: [{ item: 'DEMO_MODEL_NEW_TECH', absoluteCap: 1, unit: 'per-model' }] }, [{ code: 'schema.missing', path: 'levels.0.citation' }]],
    ['a citation with no article, chapter or annex', { ...base, levels: [{ ...level0, citation: { confidence: 'secondary', source: 'https://x.invalid' } }] }, [{ code: 'pack.citation-locator', path: 'levels.0.citation' }]],
    ['a text read (verified) whose article was not read', { ...base, levels: [{ ...level0, citation: { confidence: 'verified-from-text', source: 'https://x.invalid', locatorNotRead: true } }] }, [{ code: 'pack.citation-locator', path: 'levels.0.citation' }]],
    ['an article together with locatorNotRead', { ...base, levels: [{ ...level0, citation: { ...level0.citation, locatorNotRead: true } }] }, [{ code: 'pack.citation-locator', path: 'levels.0.citation.locatorNotRead' }]],
    [
      'overlapping dates of two levels of one item',
      { ...base, levels: [{ ...level0, validTo: '2022-12-31' }, { ...level0, validFrom: '2022-06-01' }] },
      [{ code: 'pack.overlapping-levels', path: 'levels.1.validFrom' }],
    ],
    ['effective before signed', { ...base, effective: '2019-12-01' }, [{ code: 'pack.date-order', path: 'effective' }]],
    ['end before effective', { ...base, end: '2019-12-31' }, [{ code: 'pack.date-order', path: 'end' }]],
    ['a level ending before it starts', { ...base, levels: [{ ...level0, validFrom: '2021-01-01', validTo: '2020-06-01' }] }, [{ code: 'pack.date-order', path: 'levels.0.validTo' }]],
    ['a level before its pack', { ...base, levels: [{ ...level0, validFrom: '2019-01-01' }] }, [{ code: 'pack.level-outside-pack', path: 'levels.0.validFrom' }]],
    ['a level after its pack', { ...base, end: '2022-12-31', levels: [{ ...level0, validTo: '2023-01-01' }] }, [{ code: 'pack.level-outside-pack', path: 'levels.0.validTo' }]],
    ['a province code not on the map of its date (Quảng Trị 45 after 2025-07-01)', { ...base, province: { code: '45', asOf: '2025-08-01' } }, [{ code: 'pack.province-not-valid', path: 'province.code' }]],
    ['a province given on the other map than the effective date', { ...base, province: { code: '25', asOf: '2025-08-01' } }, [{ code: 'pack.province-not-valid', path: 'province.asOf' }]],
    ['no cap', { ...base, levels: [{ item: 'DEMO_MODEL_NEW_TECH', unit: 'per-model', citation: level0.citation }] }, [{ code: 'pack.no-cap', path: 'levels.0' }]],
    ['a percentage above 100%', { ...base, levels: [{ ...level0, percentCap: '3/2' }] }, [{ code: 'pack.percent-above-one', path: 'levels.0.percentCap' }]],
    ['an added item the national catalogue has', { ...base, addedItems: [{ ...base.addedItems[0]!, id: 'CONSULTING' }] }, [{ code: 'pack.added-item-exists', path: 'addedItems.0.id' }, { code: 'pack.unknown-item', path: 'levels.3.item' }]],
    ['an added item twice', { ...base, addedItems: [base.addedItems[0]!, base.addedItems[0]!] }, [{ code: 'pack.duplicate', path: 'addedItems.1.id' }]],
    ['an unknown national item', { ...base, nationalItems: [{ item: 'NOPE', citation: level0.citation }] }, [{ code: 'pack.unknown-item', path: 'nationalItems.0.item' }]],
    ['an item both priced and left to the national level', { ...base, nationalItems: [{ item: 'DEMO_MODEL_NEW_TECH', citation: level0.citation }] }, [{ code: 'pack.item-left-to-national', path: 'levels.0.item' }]],
    ['a bad date', { ...base, signed: '2019-02-30' }, [{ code: 'date.invalid', path: 'signed' }]],
    ['an unknown field', { ...base, extra: true }, [{ code: 'schema.unknown-key', path: 'extra' }]],
    ['a source that is not an address', { ...base, sources: ['nowhere'] }, [{ code: 'pack.url-format', path: 'sources.0' }]],
    ['a bad chapter, point and province code', { ...base, province: { code: '1', asOf: '2020-01-01' }, levels: [{ ...level0, citation: { ...level0.citation, chapter: 'x', point: 'Z' } }] }, [
      { code: 'pack.province-format', path: 'province.code' },
      { code: 'pack.chapter-format', path: 'levels.0.citation.chapter' },
      { code: 'pack.point-format', path: 'levels.0.citation.point' },
    ]],
  ])('%s', (_, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('messages are bilingual and name the field', () => {
    const e = thrown(() => parsePolicyPack({ ...base, levels: [{ ...level0, item: 'NO_SUCH_ITEM' }] }));
    expect(e.messagesIn('en')[0]).toBe('levels.0.item: Support item "NO_SUCH_ITEM" is neither in the national catalogue nor in the pack\'s addedItems.');
    expect(e.messagesIn('vi')[0]).toContain('levels.0.item: Nội dung hỗ trợ');
    const order = thrown(() => parsePolicyPack({ ...base, effective: '2019-12-01' }));
    expect(order.messagesIn('vi')[0]).toBe('effective: Ngày có hiệu lực không được trước ngày ký.');
  });
});

describe('computeDeAnSupport and eligibleItems with funds: LOCAL', () => {
  const deAn = parseDeAn({
    ...localCluster,
    province: { code: '17', asOf: '2024-08-01' },
    supportItems: [
      { item: 'DEMO_MODEL_NEW_TECH', eligibleCost: 5 * ty },
      { item: 'TYPICAL_PRODUCT_SELECTION_NATIONAL', eligibleCost: 1 * ty },
      { item: 'CCN_INFRASTRUCTURE', eligibleCost: 5 * ty },
    ],
  });

  it("prices a local đề án with its province's pack, and without it reports not modelled", () => {
    const withPack = computeDeAnSupport(deAn, '2024-09-01', { funds: 'LOCAL', policy: [fixturePack(), successorPack()] });
    expect(withPack.lines.map((l) => (l.ok ? l.value.source : l.reason.code))).toEqual(['pack', 'national-level', 'level-not-in-pack']);
    // 1 tỷ (pack cap) + 400 triệu (national level the pack leaves to TT 28/2018); the cluster line is not in the pack.
    expect([withPack.total.dong, withPack.complete]).toEqual([1_400 * tr, false]);
    const without = computeDeAnSupport(deAn, '2024-09-01', { funds: 'LOCAL' });
    expect(without.lines.map((l) => !l.ok && l.reason.code)).toEqual(['no-pack', 'no-pack', 'no-pack']);
    expect(without.total.dong).toBe(0);
    const national = computeDeAnSupport(deAn, '2024-09-01');
    expect(national.lines[0]?.ok === true && national.lines[0].value.citation.instrument).toBe('TT-28-2018-BTC');
    // After the merger the successor's pack prices the same đề án.
    const after = computeDeAnSupport(deAn, '2025-09-01', { funds: 'LOCAL', policy: [fixturePack(), successorPack()] });
    expect(after.lines[0]?.ok === true && after.lines[0].value.source === 'pack' && [after.lines[0].value.pack.id, after.lines[0].value.support.dong]).toEqual(['FIXTURE-PT', 1_500 * tr]);
    const only = computeDeAnSupport(parseDeAn({ ...localCluster, province: { code: '17', asOf: '2024-08-01' }, supportItems: [{ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: ty }] }), '2024-09-01', { funds: 'LOCAL', policy: fixturePack() });
    expect([only.total.dong, only.complete]).toEqual([300 * tr, true]);
  });

  it('eligibleItems gives each item its local level', () => {
    const items = eligibleItems(
      { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'COOPERATIVE', location: { unitKind: 'XA', difficulty: 'NONE' }, industry: 'HANDICRAFT' },
      { at: '2024-06-01', funds: 'LOCAL', policy: fixturePack() },
    );
    const machinery = items.find((i) => i.item === 'MACHINERY_APPLICATION');
    expect(machinery?.localLevel?.ok === true && machinery.localLevel.value.source === 'pack' && machinery.localLevel.value.level.absoluteCap?.dong).toBe(200 * tr);
    expect(machinery?.level.ok && machinery.level.value.level.absoluteCap?.dong).toBe(300 * tr);
    const consulting = items.find((i) => i.item === 'CONSULTING');
    expect(consulting?.localLevel?.ok).toBe(false);
    const national = eligibleItems({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'COOPERATIVE', location: { unitKind: 'XA', difficulty: 'NONE' }, industry: 'HANDICRAFT' }, { at: '2024-06-01' });
    expect(national.every((i) => i.localLevel === undefined)).toBe(true);
  });
});

describe('explanations, warnings and edge cases', () => {
  it('a level read in a secondary source, in a pack read in part, warns of both (the Hòa Bình levels, given test dates)', () => {
    const dated = { ...serializePolicyPack(pack('HB-20-2019-QD-UBND')), signed: '2019-08-01', effective: '2019-08-15' };
    const r = computed(computeSupport({ item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT', eligibleCost: money(150 * tr), at: '2020-01-01', funds: 'LOCAL', policy: dated }));
    expect(r.support.dong).toBe(100 * tr);
    expect(r.explanation.en).toBe(
      'Local khuyến công funds: The eligible cost 150,000,000 đồng, above the cap of 100,000,000 đồng per model, so the support is at most 100,000,000 đồng (20/2019/QĐ-UBND, Chapter III; secondary source).',
    );
    expect(r.explanation.vi).toContain('(Chương III 20/2019/QĐ-UBND; nguồn thứ cấp)');
    expect(r.warnings.map((w) => w.en)).toEqual([
      'This level was read in a secondary source (http://khuyencongonline.gov.vn/tin-tuc/hoa-binh-quy-dinh-hoat-dong-khuyen-cong-c195ad87_121/), not in the instrument itself.',
      expect.stringContaining('Pack HB-20-2019-QD-UBND was read only in part: the text of the decision itself'),
      'The source says "support of 100 million đồng" to replicate one model, not "at most"; modelled as a cap.',
    ]);
  });

  it('a percentage-only level, a point and an annex in the citation, and a level with its own dates', () => {
    const p = fixturePack({
      levels: [
        { item: 'FAIR_DOMESTIC', percentCap: '1', unit: 'per-booth', citation: { article: 4, clause: 3, point: 'đ', annex: 2, confidence: 'verified-from-text', source: SOURCE } },
        { item: 'CONSULTING', absoluteCap: 5 * tr, unit: 'per-establishment', validFrom: '2021-01-01', validTo: '2021-12-31', citation: { article: 9, confidence: 'verified-from-text', source: SOURCE } },
      ],
      addedItems: [],
      nationalItems: [],
    });
    const r = computed(computeSupport({ item: 'FAIR_DOMESTIC', eligibleCost: money(12 * tr), at: '2021-05-01', funds: 'LOCAL', policy: p }));
    expect([r.support.dong, r.binding]).toEqual([12 * tr, 'percent-cap']);
    expect(r.explanation.en).toBe(
      'Local khuyến công funds: 100% of the eligible cost 12,000,000 đồng is 12,000,000 đồng (rounded down), no absolute cap, so the support is at most 12,000,000 đồng (99/2020/QĐ-UBND, Art. 4(3)(đ), Annex 2).',
    );
    expect(r.explanation.vi).toContain('(điểm đ khoản 3 Điều 4 Phụ lục 2 99/2020/QĐ-UBND)');
    expect(computeSupport({ item: 'CONSULTING', eligibleCost: money(tr), at: '2021-12-31', funds: 'LOCAL', policy: p }).ok).toBe(true);
    const outside = notModelled(computeSupport({ item: 'CONSULTING', eligibleCost: money(tr), at: '2022-01-01', funds: 'LOCAL', policy: p }));
    expect([outside.reason.code, outside.reason.message.en]).toEqual(['level-not-in-pack', 'Pack 99/2020/QĐ-UBND has no level for CONSULTING on 2022-01-01.']);
  });

  it('a pack leaving an item to a national level that is not modelled says so', () => {
    const p = fixturePack({ nationalItems: [{ item: 'CONSULTING', citation: { article: 7, confidence: 'verified-from-text', source: SOURCE } }] });
    const r = computeSupport({ item: 'CONSULTING', eligibleCost: money(tr), at: '2024-01-01', funds: 'LOCAL', policy: p });
    expect(r.ok && r.value.source === 'national-level' && [r.value.national.ok, r.value.explanation.en]).toEqual([
      false,
      'Under 99/2020/QĐ-UBND, Art. 7, item CONSULTING takes the national level: the national level is not modelled for this date.',
    ]);
  });

  it('undated packs: end before signing is refused; two undated levels of one item overlap', () => {
    const undated = { ...fixturePack(), effective: null };
    expect(issuesOf({ ...undated, end: '2019-01-01' })).toEqual([{ code: 'pack.date-order', path: 'end' }]);
    const l = fixturePack().levels[0]!;
    expect(issuesOf({ ...undated, levels: [l, l] })).toEqual([{ code: 'pack.overlapping-levels', path: 'levels.1.validFrom' }]);
    expect(issuesOf({ ...fixturePack(), end: '2021-12-31', levels: [{ ...l, validFrom: '2022-01-01' }] })).toEqual([
      { code: 'pack.date-order', path: 'levels.0.validTo' },
      { code: 'pack.level-outside-pack', path: 'levels.0.validFrom' },
    ]);
    expect(issuesOf({ ...fixturePack(), levels: [{ ...l, validTo: '2019-06-01' }] })).toEqual([
      { code: 'pack.date-order', path: 'levels.0.validTo' },
      { code: 'pack.level-outside-pack', path: 'levels.0.validTo' },
    ]);
    expect(issuesOf({ ...fixturePack(), province: { code: '17', asOf: '2005-01-01' } })).toEqual([{ code: 'pack.province-not-valid', path: 'province.code' }]);
    // Successive levels of one item do not overlap; levels with different conditions may overlap.
    expect(safeParsePolicyPack({ ...fixturePack(), levels: [{ ...l, validFrom: '2021-01-01' }, { ...l, validTo: '2020-12-31' }] }).success).toBe(true);
    expect(safeParsePolicyPack({ ...fixturePack(), levels: [l, { ...l, conditions: ['extremely-difficult-area'] }] }).success).toBe(true);
  });
});
