import { resolveLocale, type LocaleTag } from '../internal/locale.js';
import type { LocalizedText } from '../internal/messages.js';
import { ACTIVITY_CATEGORIES } from './activityCategories.js';
import { BENEFICIARY_GROUPS, UNRESOLVED_BENEFICIARY_GROUPS } from './beneficiaryGroups.js';
import type { CatalogueEntry } from './catalogueEntry.js';
import type { Citation } from './citation.js';
import { BASE_LABEL, formatDong, formatPercent, UNIT_LABEL } from './explainText.js';
import { formatCitation, instrumentName } from './formatCitation.js';
import { FUND_SOURCES } from './fundSources.js';
import { INDUSTRIES, UNRESOLVED_INDUSTRIES } from './industries.js';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentDate } from './instruments.js';
import { LEGAL_FORMS } from './legalForms.js';
import { LOCATION_KINDS } from './locationKinds.js';
import type { NotModelledEntry } from './notModelled.js';
import { PROGRAMMES } from './programmes.js';
import { PROJECT_GROUP_FLAG, PROJECT_SCOPES } from './projectScopes.js';
import { REGIMES } from './regimes.js';
import { SUPPORT_ITEMS } from './supportItems.js';
import { SUPPORT_LEVELS } from './supportLevels.js';
import { TYPICAL_PRODUCT_GROUPS, TYPICAL_PRODUCT_LEVELS, TYPICAL_PRODUCT_REGIONS, TYPICAL_PRODUCT_RULES_TT26, TYPICAL_PRODUCT_SCORE_SHEET } from './typicalProducts.js';
import { ADVANCE_CEILING_TTLT26, LOCAL_LEVEL_FACTS_TTLT26, PRIORITY_FLAGS_2012, SUPPORT_CONDITIONS_TTLT26, TT46_LIMITS } from './legalFacts.js';
import { LEGAL_DATES } from './legalDates.js';
import { PRIORITY_UPLIFTS, TTLT26_REFERENCED_LEVELS } from './supportLevels.js';

type T = { readonly vi: string; readonly en: string };
const H = {
  title: { vi: 'Danh mục chính sách khuyến công', en: 'Industrial-promotion policy catalogue' },
  generated: {
    vi: 'Tệp này được sinh từ dữ liệu bởi `renderPolicyTables(\'vi\')`; không sửa tay. Tạo lại: `UPDATE_GOLDEN=1 npx vitest run test/policy/golden.test.ts`.',
    en: 'Generated from the data by `renderPolicyTables(\'en\')`; do not edit by hand. Regenerate: `UPDATE_GOLDEN=1 npx vitest run test/policy/golden.test.ts`.',
  },
  regimes: { vi: 'Chế độ pháp lý', en: 'Regimes' },
  instruments: { vi: 'Văn bản pháp luật', en: 'Legal instruments' },
  categories: { vi: 'Nhóm nội dung hoạt động', en: 'Activity categories' },
  items: { vi: 'Nội dung hỗ trợ', en: 'Support items' },
  levels: { vi: 'Mức hỗ trợ (kinh phí khuyến công quốc gia)', en: 'Support levels (national funds)' },
  legalForms: { vi: 'Loại hình cơ sở', en: 'Legal forms' },
  groups: { vi: 'Nhóm đối tượng', en: 'Beneficiary groups' },
  locations: { vi: 'Địa bàn', en: 'Location kinds' },
  industries: { vi: 'Ngành nghề', en: 'Eligible industries' },
  notModelled: { vi: 'Không mô hình hoá', en: 'Not modelled' },
  tpLevels: { vi: 'Cấp bình chọn sản phẩm CNNT tiêu biểu', en: 'Typical-product selection levels' },
  tpRegions: { vi: 'Khu vực bình chọn', en: 'Selection regions' },
  tpGroups: { vi: 'Nhóm sản phẩm', en: 'Product groups' },
  score: { vi: 'Phiếu chấm điểm', en: 'Score sheet' },
  funds: { vi: 'Nguồn kinh phí', en: 'Funding sources' },
  scopes: { vi: 'Phạm vi đề án', en: 'Đề án scopes' },
  programmes: { vi: 'Chương trình khuyến công quốc gia', en: 'National programmes' },
  legalDates: { vi: 'Các mốc ngày pháp lý (LEGAL_DATES)', en: 'Legal dates (LEGAL_DATES)' },
  uplifts: { vi: 'Mức ưu tiên', en: 'Priority uplifts' },
  referenced: { vi: 'Mức chi theo văn bản khác (khoản 1 Điều 6 TTLT 26/2014)', en: 'Levels set by other circulars (TTLT 26/2014 Art. 6(1))' },
  conditions: { vi: 'Điều kiện được hỗ trợ', en: 'Conditions for support' },
  advance: { vi: 'Mức tạm ứng tối đa', en: 'Advance ceiling' },
  localLevels: { vi: 'Mức chi địa phương', en: 'Local levels' },
  priorities: { vi: 'Ưu tiên (chế độ 2012)', en: 'Priorities (2012 regime)' },
  tt46: { vi: 'Giới hạn của Thông tư 46/2012/TT-BCT', en: 'Limits of Circular 46/2012/TT-BCT' },
  tpRules: { vi: 'Quy định bình chọn (Thông tư 26/2014/TT-BCT, bản gốc)', en: 'Selection rules (Circular 26/2014/TT-BCT, original wording)' },
  cols: {
    entry: { vi: ['Mã', 'Tên', 'Căn cứ', 'Độ tin cậy', 'Từ ngày', 'Đến ngày', 'Ghi chú'], en: ['Id', 'Label', 'Citation', 'Confidence', 'From', 'To', 'Note'] },
    instrument: {
      vi: ['Mã', 'Văn bản', 'Trích yếu', 'Cơ quan ban hành', 'Ngày ký', 'Ngày hiệu lực', 'Ngày hết hiệu lực', 'Quan hệ'],
      en: ['Id', 'Instrument', 'Title', 'Issuer', 'Signed', 'In force', 'End', 'Relations'],
    },
    level: {
      vi: ['Mã', 'Nội dung', 'Tỷ lệ tối đa', 'Mức tối đa', 'Đơn vị', 'Từ ngày', 'Đến ngày', 'Xác nhận đến', 'Căn cứ', 'Độ tin cậy'],
      en: ['Id', 'Item', '% cap', 'Absolute cap', 'Per', 'From', 'To', 'Confirmed to', 'Citation', 'Confidence'],
    },
    notModelled: { vi: ['Mã', 'Từ ngày', 'Đến ngày', 'Lý do'], en: ['Id', 'From', 'To', 'Reason'] },
    programme: {
      vi: ['Mã', 'Tên', 'Giai đoạn', 'Phê duyệt', 'Ngày phê duyệt', 'Căn cứ', 'Mục tiêu'],
      en: ['Id', 'Label', 'Period', 'Approved by', 'Approved on', 'Citation', 'Targets'],
    },
    score: { vi: ['Tiêu chí', 'Điểm tối đa'], en: ['Criterion', 'Max points'] },
  },
  open: { vi: '(mở)', en: '(open)' },
  unknown: { vi: 'chưa rõ', en: 'unknown' },
  notKnown: { vi: 'chưa biết (không mô hình hoá)', en: 'not known (not modelled)' },
  uncapped: { vi: 'không có mức trần: theo hợp đồng, đấu thầu', en: 'no cap: contract or tender price' },
  of: { vi: '', en: 'of ' },
  none: { vi: '—', en: '—' },
  conf: { 'verified-from-text': { vi: 'đã đối chiếu văn bản', en: 'verified from text' }, secondary: { vi: 'nguồn thứ cấp', en: 'secondary' } },
  approver: { PRIME_MINISTER: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' }, MOIT_MINISTER: { vi: 'Bộ trưởng Bộ Công Thương', en: 'Minister of Industry and Trade' } },
  rel: {
    amends: { vi: 'sửa đổi', en: 'amends' },
    'amended-by': { vi: 'được sửa đổi bởi', en: 'amended by' },
    replaces: { vi: 'thay thế', en: 'replaces' },
    'replaced-by': { vi: 'được thay thế bởi', en: 'replaced by' },
  },
} as const;

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/**
 * Renders every catalogue, instrument and support level as Markdown tables in one language, with
 * citations and dates: the golden tables of docs/golden/. Pure and deterministic.
 * @param tag - `'vi'` or `'en'` (or another tag {@link resolveLocale} accepts).
 * @returns the Markdown document.
 * @category Policy
 * @example
 * renderPolicyTables('en').startsWith('# Industrial-promotion policy catalogue'); // true
 */
export function renderPolicyTables(tag: LocaleTag): string {
  const locale = resolveLocale(tag);
  const l = (t: LocalizedText | T): string => t[locale];
  const cite = (c: Citation): string => formatCitation(c, { locale });
  const src = (c: Citation): string => (c.sources === undefined ? '' : ` [${c.sources.join(', ')}]`);
  const date = (d: string | null): string => d ?? l(H.open);
  const idate = (d: InstrumentDate): string =>
    d.date === null ? `— ${l(d.note)}` : `${d.date} (${l(H.conf[d.confidence])}; ${d.sources.join(', ')})`;
  const entries = (xs: readonly CatalogueEntry[]): string =>
    table(
      H.cols.entry[locale],
      xs.map((e) => [
        e.id,
        l(e.label),
        cite(e.citation) + src(e.citation),
        l(H.conf[e.citation.confidence]),
        e.validFrom,
        date(e.validTo),
        e.note === undefined ? '' : l(e.note),
      ]),
    );
  const unresolved = (xs: readonly NotModelledEntry[]): string =>
    table(H.cols.notModelled[locale], xs.map((u) => [u.id, u.validFrom, date(u.validTo), l(u.reason)]));

  const out: string[] = [`# ${l(H.title)}`, '', l(H.generated), ''];
  out.push(`## ${l(H.regimes)}`, '');
  out.push(
    table(
      H.cols.entry[locale],
      REGIMES.map((r) => [r.id, l(r.label), cite(r.citation) + src(r.citation), l(H.conf[r.citation.confidence]), r.validFrom, date(r.validTo), r.caveats.map(l).join(' ')]),
    ),
    '',
  );
  out.push(`## ${l(H.instruments)}`, '');
  out.push(
    table(
      H.cols.instrument[locale],
      INSTRUMENT_IDS.map((id) => {
        const i = INSTRUMENTS[id];
        return [
          id,
          instrumentName(id, locale),
          l(i.title),
          l(i.issuer),
          idate(i.signed),
          idate(i.effective),
          idate(i.end),
          i.relations.map((r) => `${l(H.rel[r.kind])} ${instrumentName(r.instrument, locale)}`).join('; '),
        ];
      }),
    ),
    '',
  );
  out.push(`## ${l(H.categories)}`, '', entries(ACTIVITY_CATEGORIES), '');
  out.push(`## ${l(H.items)}`, '', entries(SUPPORT_ITEMS.map((i) => ({ ...i, label: { vi: `${i.label.vi} (${i.category})`, en: `${i.label.en} (${i.category})` } }))), '');
  out.push(`## ${l(H.levels)}`, '');
  out.push(
    table(
      H.cols.level[locale],
      SUPPORT_LEVELS.map((v) => [
        v.id,
        v.item,
        v.uncapped !== undefined
          ? l(H.uncapped)
          : v.percentCap !== undefined
            ? v.base === undefined
              ? formatPercent(v.percentCap, locale)
              : `${formatPercent(v.percentCap, locale)} ${l(H.of)}${l(BASE_LABEL[v.base])}`
            : v.percentCapNotModelled === true
              ? l(H.notKnown)
              : l(H.none),
        v.absoluteCap !== undefined ? formatDong(v.absoluteCap, locale) : l(H.none),
        l(UNIT_LABEL[v.unit]),
        v.validFrom,
        date(v.validTo),
        v.lastConfirmed ?? l(H.none),
        cite(v.citation) + src(v.citation),
        l(H.conf[v.citation.confidence]),
      ]),
    ),
    '',
  );
  out.push(`## ${l(H.legalForms)}`, '', entries(LEGAL_FORMS), '');
  out.push(`## ${l(H.groups)}`, '', entries(BENEFICIARY_GROUPS), '', `### ${l(H.notModelled)}`, '', unresolved(UNRESOLVED_BENEFICIARY_GROUPS), '');
  out.push(`## ${l(H.locations)}`, '', entries(LOCATION_KINDS), '');
  out.push(`## ${l(H.industries)}`, '', entries(INDUSTRIES), '', `### ${l(H.notModelled)}`, '', unresolved(UNRESOLVED_INDUSTRIES), '');
  out.push(`## ${l(H.tpLevels)}`, '', entries(TYPICAL_PRODUCT_LEVELS), '');
  out.push(`## ${l(H.tpRegions)}`, '', entries(TYPICAL_PRODUCT_REGIONS), '');
  out.push(`## ${l(H.tpGroups)}`, '', entries(TYPICAL_PRODUCT_GROUPS), '');
  const s = TYPICAL_PRODUCT_SCORE_SHEET;
  out.push(`## ${l(H.score)}`, '', `${cite(s.citation)}${src(s.citation)} · ${l(H.conf[s.citation.confidence])} · ${s.validFrom} → ${date(s.validTo)}`, '');
  out.push(table(H.cols.score[locale], [...s.criteria.map((c) => [l(c.label), String(c.maxPoints)]), [locale === 'vi' ? 'Tổng cộng' : 'Total', String(s.totalPoints)]]), '', l(s.note), '');
  out.push(`## ${l(H.funds)}`, '', entries(FUND_SOURCES), '');
  out.push(`## ${l(H.scopes)}`, '', entries([...PROJECT_SCOPES, PROJECT_GROUP_FLAG]), '');
  out.push(`## ${l(H.uplifts)}`, '');
  out.push(
    table(
      H.cols.entry[locale],
      PRIORITY_UPLIFTS.map((u) => [u.id, `× ${u.maxFactor.toString()}`, cite(u.citation) + src(u.citation), l(H.conf[u.citation.confidence]), u.validFrom, date(u.validTo), l(u.note)]),
    ),
    '',
  );
  out.push(`## ${l(H.referenced)}`, '');
  out.push(
    table(
      H.cols.entry[locale],
      TTLT26_REFERENCED_LEVELS.map((r) => [r.point, `${l(r.subject)}: ${r.instruments.join(', ')}`, cite(r.citation) + src(r.citation), l(H.conf[r.citation.confidence]), r.validFrom, date(r.validTo), r.items.join(', ')]),
    ),
    '',
  );
  out.push(`## ${l(H.conditions)}`, '', entries(SUPPORT_CONDITIONS_TTLT26), '');
  const a = ADVANCE_CEILING_TTLT26;
  out.push(`## ${l(H.advance)}`, '', `${formatPercent(a.maxShare, locale)} · ${cite(a.citation)}${src(a.citation)} · ${l(H.conf[a.citation.confidence])} · ${a.validFrom} → ${date(a.validTo)} · ${l(a.note)}`, '');
  out.push(`## ${l(H.localLevels)}`, '', entries(LOCAL_LEVEL_FACTS_TTLT26), '');
  out.push(`## ${l(H.priorities)}`, '', entries(PRIORITY_FLAGS_2012.map((f) => ({ ...f, label: { vi: `${f.label.vi} (${f.kind}, ${String(f.rank)})`, en: `${f.label.en} (${f.kind}, ${String(f.rank)})` } }))), '');
  out.push(`## ${l(H.tt46)}`, '', entries(TT46_LIMITS), '');
  const r = TYPICAL_PRODUCT_RULES_TT26;
  out.push(
    `## ${l(H.tpRules)}`,
    '',
    `${r.validFrom} → ${date(r.validTo)}: ${String(r.passMarkAverage)} (${cite(r.citations.passMark)}); ${String(r.periodicity.everyYears)} · ${r.periodicity.districtAndProvince}/${r.periodicity.regionAndNational} (${cite(r.citations.periodicity)}); ${String(r.certificateYears)} (${cite(r.citations.certificate)}); ${String(r.complaintWorkingDays)}/${String(r.settlementWorkingDays)} (${cite(r.citations.complaints)})`,
    '',
  );
  out.push(`## ${l(H.legalDates)}`, '', table(['', ''], Object.entries(LEGAL_DATES).map(([k, v]) => [k, v])), '');
  out.push(`## ${l(H.programmes)}`, '');
  out.push(
    table(
      H.cols.programme[locale],
      PROGRAMMES.map((p) => [
        p.id,
        l(p.label),
        `${String(p.firstYear)}–${String(p.lastYear)}`,
        l(H.approver[p.approvedBy]),
        p.approvedOn ?? l(H.unknown),
        cite(p.citation) + src(p.citation),
        p.targets.length === 0
          ? (p.note === undefined ? l(H.none) : l(p.note))
          : p.targets.map((t) => `${l(t.label)}: ${String(t.value.value)} (${l(H.conf[t.confidence])}; ${t.sources.join(', ')})`).join('; '),
      ]),
    ),
    '',
  );
  return out.join('\n');
}
