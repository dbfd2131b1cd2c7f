/**
 * The figures of the project's five seed articles as {@link ProgrammeReport} values: every number as it was
 * published (Vietnamese text), with the seed id, publication and date beside it. Plain data, deeply frozen.
 * The articles' sentences are not reproduced; province names are written as they were at the time (Bạc Liêu,
 * Bình Dương and Bà Rịa – Vũng Tàu existed until 2025-06-30), with their pre-2025 codes
 * (Quyết định 124/2004/QĐ-TTg) as plain strings.
 */
import { deepFreeze } from '../internal/deepFreeze.js';
import type { FigureSource, ProgrammeReport } from '../audit/ProgrammeReport.js';

/** Seed 000: Báo Công Thương, 28/03/2019 (Bạc Liêu). */
const S000 = { seed: '000', publication: 'Báo Công Thương', date: '2019-03-28' } as const satisfies FigureSource;
/** Seed 001: Báo Bình Dương, 25/11/2021. */
const S001 = { seed: '001', publication: 'Báo Bình Dương', date: '2021-11-25' } as const satisfies FigureSource;
/** Seed 002: Báo Công Thương (Lạng Sơn); the copy shows no publication date (the article is about 2016–2017). */
const S002 = { seed: '002', publication: 'Báo Công Thương' } as const satisfies FigureSource;
/** Seed 003: Báo Công Thương, 29/05/2014 (southern region). */
const S003 = { seed: '003', publication: 'Báo Công Thương', date: '2014-05-29' } as const satisfies FigureSource;
/** Seed 004: the Bà Rịa – Vũng Tàu provincial portal, 2023 (day not shown). */
const S004 = { seed: '004', publication: 'Cổng thông tin tỉnh Bà Rịa – Vũng Tàu', date: '2023' } as const satisfies FigureSource;

const SOUTH = 'các tỉnh, thành phố khu vực phía Nam';

/**
 * The seed articles' reports, in seed order then period order. Deeply frozen.
 *
 * | id | seed | what |
 * |---|---|---|
 * | `seed-000/bac-lieu-2014-2018-approved` | 000 | Bạc Liêu funding approved 2014–2018 |
 * | `seed-000/bac-lieu-by-2020-target` | 000 | Bạc Liêu targets to 2020 |
 * | `seed-000/bac-lieu-2021-2030-target` | 000 | Bạc Liêu targets 2021–2030 |
 * | `seed-001/binh-duong-by-2025-target` | 001 | Bình Dương targets to 2025 |
 * | `seed-002/lang-son-2007-2015-approved` | 002 | Lạng Sơn local budget 2007–2015 (average a year) |
 * | `seed-002/lang-son-2016-executed` | 002 | Lạng Sơn 2016 |
 * | `seed-002/lang-son-2017-plan` | 002 | Lạng Sơn 2017 national đề án |
 * | `seed-003/south-2013-executed` | 003 | southern region 2013, executed |
 * | `seed-003/south-2014-plan` | 003 | southern region 2014, plan |
 * | `seed-004/ba-ria-vung-tau-2022-executed` | 004 | Bà Rịa – Vũng Tàu results 2022 |
 * | `seed-004/ba-ria-vung-tau-2023-plan` | 004 | Bà Rịa – Vũng Tàu plan 2023 |
 *
 * @category Data
 * @example
 * SEED_REPORTS.find((r) => r.id === 'seed-003/south-2014-plan')?.total?.text; // "63,335 tỷ đồng"
 */
export const SEED_REPORTS = deepFreeze([
  {
    id: 'seed-000/bac-lieu-2014-2018-approved',
    scope: { kind: 'province', name: 'Bạc Liêu', code: '95' },
    period: { kind: 'period', from: 2014, to: 2018 },
    status: 'approved',
    funding: [
      { source: 'local', amount: { text: '2,959 tỷ đồng', source: S000 } },
      { source: 'national', amount: { text: '4,020 tỷ đồng', source: S000 } },
    ],
    total: { text: '6,979 tỷ đồng', source: S000 },
    source: S000,
  },
  {
    id: 'seed-000/bac-lieu-by-2020-target',
    scope: { kind: 'province', name: 'Bạc Liêu', code: '95' },
    period: { kind: 'by', year: 2020 },
    status: 'target',
    projects: { text: '10 chương trình, đề án', source: S000 },
    outputs: [
      { indicator: 'programmes', value: { text: '10 chương trình, đề án', source: S000 } },
      { indicator: 'workers-trained', value: { text: '480 lao động', source: S000 } },
      { indicator: 'demonstration-models', value: { text: '4 mô hình', source: S000 } },
      { indicator: 'cleaner-production-assessments', value: { text: '14 cơ sở', source: S000 } },
      { indicator: 'machinery-support', value: { text: '14 cơ sở', source: S000 } },
      { indicator: 'training-classes', topic: 'startup-management', value: { text: '6 lớp', source: S000 } },
      { indicator: 'typical-product-selection' },
    ],
    source: S000,
  },
  {
    id: 'seed-000/bac-lieu-2021-2030-target',
    scope: { kind: 'province', name: 'Bạc Liêu', code: '95' },
    period: { kind: 'period', from: 2021, to: 2030 },
    status: 'target',
    outputs: [
      { indicator: 'trainees', topic: 'startup-management', value: { text: '1.200 người', source: S000 } },
      { indicator: 'cleaner-production-models', value: { text: '10 mô hình', source: S000 } },
      { indicator: 'demonstration-models' },
      { indicator: 'machinery-support', value: { text: '100 cơ sở', source: S000 } },
      { indicator: 'clusters-infrastructure', value: { text: '3 cụm công nghiệp', source: S000 } },
      { indicator: 'treatment-systems', value: { text: '5 hệ thống', source: S000 } },
    ],
    source: S000,
  },
  {
    id: 'seed-001/binh-duong-by-2025-target',
    scope: { kind: 'province', name: 'Bình Dương', code: '74' },
    period: { kind: 'by', year: 2025 },
    status: 'target',
    outputs: [
      { indicator: 'training-classes', topic: 'officials-and-establishments', value: { text: '20 lớp', source: S001 } },
      { indicator: 'trainees', topic: 'officials-and-establishments', value: { text: '1.600 người', source: S001 } },
      { indicator: 'training-classes', topic: 'startup-management', value: { text: '20 lớp', source: S001 } },
      { indicator: 'trainees', topic: 'startup-management', value: { text: 'khoảng 800 người', source: S001 } },
      { indicator: 'study-tours', value: { text: '10 đoàn', source: S001 } },
      { indicator: 'machinery-support', value: { text: 'hơn 75 cơ sở', source: S001 } },
      { indicator: 'demonstration-models', value: { text: 'ít nhất là 2 mô hình', source: S001 } },
      { indicator: 'typical-products-provincial', value: { text: '60 sản phẩm', source: S001 } },
      { indicator: 'fairs', value: { text: '20 hội chợ', source: S001 } },
      { indicator: 'fair-establishments', value: { text: '50 cơ sở', source: S001 } },
      { indicator: 'relocations', value: { text: 'ít nhất 4 cơ sở', source: S001 } },
      { indicator: 'treatment-systems', value: { text: 'ít nhất 4 cơ sở', source: S001 } },
      { indicator: 'collaborators', value: { text: '40 người', source: S001 } },
    ],
    source: S001,
  },
  {
    id: 'seed-002/lang-son-2007-2015-approved',
    scope: { kind: 'province', name: 'Lạng Sơn', code: '20' },
    period: { kind: 'period', from: 2007, to: 2015 },
    status: 'approved',
    funding: [{ source: 'local' }],
    derived: [
      {
        kind: 'average-per-year',
        of: { kind: 'source', source: 'local' },
        stated: { text: 'khoảng 700 triệu đồng', source: S002 },
      },
    ],
    source: S002,
  },
  {
    id: 'seed-002/lang-son-2016-executed',
    scope: { kind: 'province', name: 'Lạng Sơn', code: '20' },
    period: { kind: 'year', year: 2016 },
    status: 'executed',
    funding: [{ source: 'local', amount: { text: '1,42 tỷ đồng', source: S002 } }],
    outputs: [
      {
        indicator: 'programmes',
        value: { text: '10 đề án', source: S002 },
        note: { vi: 'hỗ trợ lắp đặt máy móc thiết bị', en: 'support to install machinery and equipment' },
      },
    ],
    source: S002,
  },
  {
    id: 'seed-002/lang-son-2017-plan',
    scope: { kind: 'province', name: 'Lạng Sơn', code: '20' },
    period: { kind: 'year', year: 2017 },
    status: 'plan',
    funding: [
      {
        source: 'national',
        amount: { text: '600 triệu đồng', source: S002 },
        projects: { text: '1 đề án', source: S002 },
        note: { vi: 'mô hình trình diễn kỹ thuật (đã đăng ký)', en: 'technical demonstration model (registered)' },
      },
    ],
    source: S002,
  },
  {
    id: 'seed-003/south-2013-executed',
    scope: { kind: 'group', name: SOUTH },
    period: { kind: 'year', year: 2013 },
    status: 'executed',
    funding: [
      { source: 'national', amount: { text: '7,73 tỷ đồng', source: S003 }, projects: { text: '50 đề án', source: S003 } },
      { source: 'local', amount: { text: '46,33 tỷ đồng', source: S003 }, projects: { text: '237 đề án', source: S003 } },
    ],
    total: { text: '54,06 tỷ đồng', source: S003 },
    outputs: [
      { indicator: 'workers-trained', value: { text: '3.324 lao động', source: S003 } },
      { indicator: 'demonstration-models', value: { text: '10 mô hình', source: S003 } },
      { indicator: 'machinery-support', value: { text: '11 cơ sở', source: S003 } },
      { indicator: 'clusters-detailed-planning', value: { text: '1 cụm công nghiệp', source: S003 } },
      { indicator: 'clusters-infrastructure', value: { text: '1 cụm công nghiệp', source: S003 } },
      { indicator: 'fair-establishments', value: { text: '45 cơ sở', source: S003 } },
      { indicator: 'fair-booths', value: { text: '120 gian hàng', source: S003 } },
    ],
    derived: [
      {
        kind: 'change',
        of: { kind: 'total' },
        stated: { text: 'tăng 2,1%', source: S003 },
        base: { period: { kind: 'year', year: 2012 } },
      },
    ],
    source: S003,
  },
  {
    id: 'seed-003/south-2014-plan',
    scope: { kind: 'group', name: SOUTH },
    period: { kind: 'year', year: 2014 },
    status: 'plan',
    funding: [
      { source: 'national', amount: { text: '13,877 tỷ đồng', source: S003 }, projects: { text: '68 đề án', source: S003 } },
      { source: 'local', amount: { text: '49,49 tỷ đồng', source: S003 }, projects: { text: '259 đề án', source: S003 } },
    ],
    total: { text: '63,335 tỷ đồng', source: S003 },
    derived: [
      {
        kind: 'change',
        of: { kind: 'total' },
        stated: { text: 'tăng 17,16%', source: S003 },
        base: { period: { kind: 'year', year: 2013 }, status: 'executed' },
      },
      {
        kind: 'average-per-member',
        of: { kind: 'total' },
        stated: { text: '3,17 tỷ đồng/1 tỉnh, thành phố', source: S003 },
        per: 'province',
      },
    ],
    source: S003,
  },
  {
    id: 'seed-004/ba-ria-vung-tau-2022-executed',
    scope: { kind: 'province', name: 'Bà Rịa – Vũng Tàu', code: '77' },
    period: { kind: 'year', year: 2022 },
    status: 'executed',
    outputs: [
      { indicator: 'machinery-support', value: { text: '10 doanh nghiệp', source: S004 } },
      { indicator: 'training-classes', topic: 'capacity', value: { text: '03 lớp', source: S004 } },
      { indicator: 'trainees', topic: 'capacity', value: { text: '100 học viên', source: S004 } },
      { indicator: 'training-classes', topic: 'cleaner-production', value: { text: '01 lớp', source: S004 } },
      { indicator: 'trainees', topic: 'cleaner-production', value: { text: '35 học viên', source: S004 } },
      { indicator: 'typical-products-provincial', value: { text: '35 sản phẩm', source: S004 } },
      { indicator: 'typical-products-regional', value: { text: '13 sản phẩm', source: S004 } },
      { indicator: 'newsletters', value: { text: '04 kỳ bản tin', source: S004 } },
      { indicator: 'broadcasts', value: { text: '240 tin bài', source: S004 } },
      { indicator: 'showrooms', value: { text: '03 cơ sở', source: S004 } },
      { indicator: 'establishments-surveyed', value: { text: '150 cơ sở', source: S004 } },
    ],
    source: S004,
  },
  {
    id: 'seed-004/ba-ria-vung-tau-2023-plan',
    scope: { kind: 'province', name: 'Bà Rịa – Vũng Tàu', code: '77' },
    period: { kind: 'year', year: 2023 },
    status: 'plan',
    funding: [
      {
        source: 'national',
        projects: { text: '02 đề án', source: S004 },
        approvedBy: { number: '2948/QĐ-BCT', date: '2022-12-29', source: S004 },
        note: {
          vi: 'hỗ trợ đầu tư phòng trưng bày; hỗ trợ tham gia hội chợ triển lãm trong nước',
          en: 'showroom investment at rural-industrial establishments; support to attend domestic fairs',
        },
      },
      {
        source: 'local',
        tasks: { text: '23 nhiệm vụ', source: S004 },
        approvedBy: { number: '4262/UBND-VP', date: '2023-04-13', source: S004 },
      },
    ],
    source: S004,
  },
] as const satisfies readonly ProgrammeReport[]);

/** The id of a seed report (see {@link SEED_REPORTS}). @category Data */
export type SeedReportId = (typeof SEED_REPORTS)[number]['id'];

/**
 * The seed report with an id.
 * @param id - a {@link SeedReportId}.
 * @returns the frozen report.
 * @category Data
 * @example
 * seedReport('seed-002/lang-son-2016-executed').funding[0].amount.text; // "1,42 tỷ đồng"
 */
export function seedReport<I extends SeedReportId>(id: I): SeedReportById[I] {
  // Every SeedReportId is in SEED_REPORTS by construction of the type.
  return SEED_REPORTS.find((r) => r.id === id) as SeedReportById[I];
}

/** Each seed report's literal type by its id. @category Data */
export type SeedReportById = { readonly [R in (typeof SEED_REPORTS)[number] as R['id']]: R };
