import { describe, expect, it } from 'vitest';
import { count, money } from '../../src/index.js';
import {
  groupTotals,
  parseProvinceGroups,
  regionGroups,
  REGIONS,
  restateToCurrentMap,
  safeParseProvinceGroups,
} from '../../src/geo/index.js';

describe('regionGroups (NQ 81/2023/QH15)', () => {
  it('has the six regions with 14, 11, 14, 5, 6 and 13 units on the 63-unit map', () => {
    expect(REGIONS.map((r) => r.label.vi)).toEqual([
      'Trung du và miền núi phía Bắc',
      'Đồng bằng sông Hồng',
      'Bắc Trung Bộ và duyên hải miền Trung',
      'Tây Nguyên',
      'Đông Nam Bộ',
      'Đồng bằng sông Cửu Long',
    ]);
    expect(regionGroups('legacy').map((g) => g.members.length)).toEqual([14, 11, 14, 5, 6, 13]);
    expect(regionGroups('legacy')[3]?.members).toEqual(['62', '64', '66', '67', '68']);
    expect(regionGroups('legacy')[4]?.members).toEqual(['70', '72', '74', '75', '77', '79']);
  });

  it('leaves the seven cross-region mergers out of the current-map regions', () => {
    expect(regionGroups('current').map((g) => g.members.length)).toEqual([8, 5, 7, 0, 2, 5]); // 27 units + 7 cross-region = 34
    expect(regionGroups('current')[5]?.members).toEqual(['82', '86', '91', '92', '96']);
  });
});

describe('parseProvinceGroups: user-defined groups (e.g. the khuyến công regional conferences)', () => {
  const south = [{ id: 'south', label: { vi: 'Phía Nam', en: 'South' }, members: ['95', '77', '74'] }];

  it('reads and brands groups (the TSDoc example)', () => {
    const g = parseProvinceGroups([{ id: 'south', label: { vi: 'Phía Nam', en: 'South' }, members: ['95', '74'] }], {
      era: 'legacy',
    });
    expect(g).toEqual([{ id: 'south', label: { vi: 'Phía Nam', en: 'South' }, members: ['95', '74'] }]);
    expect(Object.isFrozen(g[0]?.members)).toBe(true);
  });

  it('reports every problem with its path, in both languages', () => {
    const r = safeParseProvinceGroups(
      [
        { id: 'a', label: { vi: 'A', en: 'A' }, members: ['95', '95', '28'] },
        { id: 'a', label: { vi: 'A', en: 'A' }, members: [] },
        { id: '', label: { vi: 'B', en: 'B' }, members: [] },
        'x',
      ],
      { era: 'legacy' },
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['geo.group-duplicate-member', [0, 'members', 1]],
      ['geo.group-unknown-code', [0, 'members', 2]],
      ['geo.group-duplicate-id', [1, 'id']],
      ['geo.group-empty', [1, 'members']],
      ['geo.group-shape', [2]],
      ['geo.group-shape', [3]],
    ]);
    expect(r.error.messagesIn('en')).toEqual([
      '0.members.1: The code 95 appears twice in the group "a".',
      '0.members.2: "28" is not a valid province code (legacy).',
      '1.id: The group id "a" is used twice.',
      '1.members: The group "a" has no members.',
      '2: A group must be { id, label: { vi, en }, members: [province codes…] }.',
      '3: A group must be { id, label: { vi, en }, members: [province codes…] }.',
    ]);
    expect(r.error.messagesIn('vi')[0]).toBe('0.members.1: Mã 95 xuất hiện hai lần trong nhóm "a".');
  });

  it('refuses a group with Hà Tây (28) on the 63-unit map (the TSDoc example)', () => {
    expect(safeParseProvinceGroups([{ id: 'x', label: { vi: 'X', en: 'X' }, members: ['28'] }], { era: 'legacy' }).success).toBe(false);
  });

  it('checks codes against the map of the groups', () => {
    expect(safeParseProvinceGroups(south, { era: 'current' }).success).toBe(false);
    expect(parseProvinceGroups({ id: 'one', label: { vi: 'Một', en: 'One' }, members: ['79'] }, { era: 'current' })).toHaveLength(1);
  });
});

describe('groupTotals', () => {
  it('adds each group exactly and says who is missing (the TSDoc example)', () => {
    const south = parseProvinceGroups([{ id: 'south', label: { vi: 'Phía Nam', en: 'South' }, members: ['95', '77'] }], {
      era: 'legacy',
    });
    const t = groupTotals({ '95': money(2_959_000_000), '77': money(1_000_000) }, south);
    expect(t.groups[0]?.total).toEqual({ ok: true, value: money(2_960_000_000) });
    expect(t.groups[0]?.missing).toEqual([]);
  });

  it('totals a region on the current map after restating (Bạc Liêu and Cà Mau into the Mekong delta)', () => {
    const r = restateToCurrentMap({ '95': { '2018': money(6) }, '96': { '2018': money(4) }, '68': { '2018': money(1) } });
    const year = Object.fromEntries(r.values.filter((v) => v.period === '2018').map((v) => [v.code, v.value]));
    const t = groupTotals(year, regionGroups('current'));
    expect(t.groups[5]?.total).toEqual({ ok: true, value: money(10) });
    expect(t.groups[5]?.reported).toEqual(['96']);
    expect(t.groups[5]?.missing).toEqual(['82', '86', '91', '92']);
    expect(t.groups[0]?.total).toEqual({
      ok: false,
      reason: {
        code: 'no-values',
        message: {
          vi: 'Không thành viên nào của nhóm "northern-midlands-and-mountains" có giá trị: nhóm không có tổng.',
          en: 'No member of the group "northern-midlands-and-mountains" has a value: the group has no total.',
        },
      },
    });
    expect(t.ungrouped).toEqual(['68']); // Lâm Đồng crosses regions: in no region total
    expect(t.inSeveralGroups).toEqual([]);
  });

  it('flags overlapping groups and values of different kinds', () => {
    const groups = parseProvinceGroups(
      [
        { id: 'a', label: { vi: 'A', en: 'A' }, members: ['95', '96'] },
        { id: 'b', label: { vi: 'B', en: 'B' }, members: ['96'] },
      ],
      { era: 'legacy' },
    );
    const t = groupTotals<ReturnType<typeof money> | ReturnType<typeof count>>({ '95': money(1), '96': count(1, 'person') }, groups);
    expect(t.groups[0]?.total).toEqual({
      ok: false,
      reason: {
        code: 'incompatible-values',
        message: { vi: 'Các giá trị của nhóm "a" không cùng loại: không cộng được.', en: 'The values of the group "a" are not of one kind: they cannot be added.' },
      },
    });
    expect(t.groups[1]?.total).toEqual({ ok: true, value: count(1, 'person') });
    expect(t.inSeveralGroups).toEqual(['96']);
    expect(Object.isFrozen(t.groups[0])).toBe(true);
  });
});
