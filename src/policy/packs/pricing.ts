/**
 * Pricing with policy packs: the support from local khuyến công funds under the provincial instrument in
 * force on a date, or an explicit "not modelled" that lists the packs considered. Never the national level
 * unless the pack itself leaves the item to it.
 */
import { successorOf } from '../../geo/registry.js';
import { CUTOVER_DAY } from '../../geo/provinceData.js';
import type { LegacyProvinceCode } from '../../geo/ProvinceCode.js';
import { fail, issue, KhuyenCongError } from '../../internal/errors.js';
import { checkDate } from '../../internal/date.js';
import { text, type LocalizedText } from '../../internal/messages.js';
import { guarded, readOption } from '../../internal/plain.js';
import type { NoAnswer } from '../../internal/result.js';
import { showValue } from '../../internal/showValue.js';
import { isMoney, multiplyMoney, type Money } from '../../quantity/Money.js';
import { formatDong, formatPercent } from '../explainText.js';
import { formatCitation } from '../formatCitation.js';
import { policyMessages } from '../messages.js';
import type { SupportBinding, SupportComputation } from '../computeSupport.js';
import { isSupportItemId, type SupportItemId } from '../supportItems.js';
import { packMessages as m } from './messages.js';
import { isParsedPack, levelWindow, parsePolicyPack, type PackCitation, type PackLevel, type PackUnit, type PolicyPack } from './PolicyPack.js';

/** The bilingual names of the pack units. @internal */
export const PACK_UNIT_LABEL: { readonly [K in PackUnit]: LocalizedText } = Object.freeze({
  'per-establishment': text('cơ sở', 'establishment'),
  'per-enterprise': text('doanh nghiệp', 'enterprise'),
  'per-model': text('mô hình', 'model'),
  'per-class': text('lớp', 'class'),
  'per-course': text('khóa', 'course'),
  'per-round': text('lần bình chọn', 'selection round'),
  'per-product': text('sản phẩm', 'product'),
  'per-event': text('sự kiện', 'event'),
  'per-booth': text('gian hàng', 'booth'),
  'per-person': text('người', 'person'),
  'per-cluster': text('cụm công nghiệp', 'industrial cluster'),
});

/**
 * A province as of a date (the same shape as a đề án's `province`): the two-digit code on the map valid
 * on `asOf`.
 * @category Policy packs
 */
export interface PackProvince {
  readonly code: string;
  readonly asOf: string;
}

/**
 * A request for local funds: the item (a national item or one a pack adds), the eligible cost, the date,
 * `funds: 'LOCAL'`, the pack or packs (validated `PolicyPack`s or their JSON) and, when the packs are of
 * several provinces, the province.
 * @category Policy packs
 */
export interface LocalSupportInput {
  readonly item: string;
  readonly eligibleCost: Money;
  readonly at: string;
  readonly funds: 'LOCAL';
  readonly policy?: unknown;
  readonly province?: PackProvince;
}

/** Why a pack was not used on the date. @category Policy packs */
export type PackSkipReason = 'dates-not-read' | 'not-yet-in-force' | 'expired' | 'replaced' | 'province-merged' | 'other-province';

/** A pack that was considered, and why it was or was not used. @category Policy packs */
export interface PackConsidered {
  readonly id: string;
  readonly number: string;
  readonly province: string;
  readonly effective: string | null;
  readonly end: string | null;
  /** `'in-force'`, or why the pack was not used on the date. */
  readonly status: 'in-force' | PackSkipReason;
}

/**
 * Why local support is not modelled: no pack given, no pack in force on the date, or the pack in force
 * has no level for the item (possibly because part of the instrument was not read).
 * @category Policy packs
 */
export type LocalNotModelledReason = 'no-pack' | 'no-pack-in-force' | 'level-not-in-pack';

/** The pack a result comes from. @category Policy packs */
export interface PackRef {
  readonly id: string;
  readonly number: string;
  readonly province: string;
}

/**
 * A local computation priced with the level of the pack in force (`source: 'pack'`).
 * @category Policy packs
 */
export interface LocalSupportPriced {
  readonly source: 'pack';
  readonly funds: 'LOCAL';
  readonly item: string;
  readonly at: string;
  readonly eligibleCost: Money;
  /** The maximum support from local funds, whole đồng, rounded down. */
  readonly support: Money;
  readonly binding: SupportBinding;
  readonly percentAmount?: Money;
  readonly pack: PackRef;
  readonly level: PackLevel;
  readonly citation: PackCitation;
  readonly explanation: LocalizedText;
  readonly warnings: readonly LocalizedText[];
}

/**
 * A local computation the pack in force leaves to the national level (`source: 'national-level'`).
 * @category Policy packs
 */
export interface LocalSupportNational {
  readonly source: 'national-level';
  readonly funds: 'LOCAL';
  readonly item: string;
  readonly at: string;
  readonly pack: PackRef;
  /** The pack's provision that leaves the item to the national level. */
  readonly citation: PackCitation;
  /** The national computation (itself a Result: it may be not modelled, `ok: false`). */
  readonly national: SupportComputation;
  readonly explanation: LocalizedText;
}

/**
 * Local support not modelled: `{ ok: false, reason: { code, message }, funds, item, at, packsConsidered }`, the
 * {@link LocalNotModelledReason} as `reason.code`.
 * @category Policy packs
 */
export interface LocalSupportNotModelled {
  readonly ok: false;
  readonly reason: NoAnswer<LocalNotModelledReason>;
  readonly funds: 'LOCAL';
  readonly item: string;
  readonly at: string;
  readonly packsConsidered: readonly PackConsidered[];
}

/**
 * The answer of `computeSupport` for local funds, a `Result`: `{ ok: true, value }` with the value computed
 * with a pack's level ({@link LocalSupportPriced}, `source: 'pack'`) or with the national level because the
 * pack leaves the item to it ({@link LocalSupportNational}, `source: 'national-level'`), or not modelled
 * ({@link LocalSupportNotModelled}).
 * @category Policy packs
 */
export type LocalSupportComputation =
  | { readonly ok: true; readonly value: LocalSupportPriced | LocalSupportNational }
  | LocalSupportNotModelled;

/** The lists {@link parsePolicyPacks} returned (frozen): read again without a second check. */
const CHECKED_LISTS = new WeakSet<object>();

const NO_PACKS: readonly PolicyPack[] = Object.freeze([]);

/**
 * The pack or packs of a `policy` option, validated: each element a {@link PolicyPack} (parsed again unless
 * {@link parsePolicyPack} made it), and packs of one province whose dates overlap amending or replacing one
 * another. What `computeSupport`, `eligibleItems` and `computeDeAnSupport` read from their `policy` option; a
 * list this function returned is not checked again when passed back, so validating once and pricing many items
 * costs one check.
 * @param policy - a policy pack (its JSON or a parsed one), an array of at most 1000 of them, or `undefined` (none).
 * @returns the parsed packs, in order (frozen; empty for `undefined`).
 * @throws {@link KhuyenCongError} `pack.bad-policy` for an array of more than 1000 elements; the pack's own codes
 *   (`pack.*`, `schema.*`, path `['policy', i, …]`) for an element that is not a valid pack;
 *   `pack.overlapping-packs` for two packs of one province in force over overlapping dates, neither amending or
 *   replacing the other; `input.unreadable` for a value that cannot be read (a revoked Proxy).
 * @category Policy packs
 * @example
 * parsePolicyPacks(LOCAL_POLICY_PACKS).length === LOCAL_POLICY_PACKS.length; // true
 * parsePolicyPacks(undefined); // []
 */
export function parsePolicyPacks(policy: unknown): readonly PolicyPack[] {
  return guarded(policy, () => packsOf(policy));
}

/** {@link parsePolicyPacks} without the guard (for callers that read the option themselves). @internal */
export function packsOf(policy: unknown): readonly PolicyPack[] {
  if (policy === undefined) return NO_PACKS;
  if (typeof policy === 'object' && policy !== null && CHECKED_LISTS.has(policy)) return policy as readonly PolicyPack[];
  const list: unknown[] = Array.isArray(policy) ? policy : [policy];
  if (list.length > 1000) fail('pack.bad-policy', m.badPolicy({}), ['policy']);
  const issues = [];
  const out: PolicyPack[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (isParsedPack(p)) {
      out.push(p);
      continue;
    }
    try {
      out.push(parsePolicyPack(p));
    } catch (e) {
      const path = Array.isArray(policy) ? ['policy', i] : ['policy'];
      for (const x of (e as KhuyenCongError).issues) issues.push({ ...x, path: [...path, ...x.path] });
    }
  }
  if (issues.length > 0) throw new KhuyenCongError(issues);
  checkOverlaps(out);
  const checked = Object.freeze(out);
  CHECKED_LISTS.add(checked);
  return checked;
}

function related(a: PolicyPack, b: PolicyPack): boolean {
  return a.amends.includes(b.number) || a.replaces.includes(b.number) || b.amends.includes(a.number) || b.replaces.includes(a.number);
}

/** Packs of one province whose dates overlap must amend or replace one another. */
function checkOverlaps(packs: readonly PolicyPack[]): void {
  for (let j = 0; j < packs.length; j++) {
    const b = packs[j]!;
    for (let i = 0; i < j; i++) {
      const a = packs[i]!;
      if (a.province.code !== b.province.code || a.effective === null || b.effective === null || related(a, b)) continue;
      if ((a.end === null || b.effective <= a.end) && (b.end === null || a.effective <= b.end)) {
        fail('pack.overlapping-packs', m.overlappingPacks({ a: a.number, b: b.number }), ['policy', j, 'effective']);
      }
    }
  }
}

/** The current-map code a pack's or a đề án's province stands for on a date. */
function onMap(p: PackProvince): { era: 'legacy' | 'current'; code: string } {
  return p.asOf >= CUTOVER_DAY ? { era: 'current', code: p.code } : { era: 'legacy', code: p.code };
}

function sameTerritory(pack: PackProvince, asked: PackProvince): boolean {
  const a = onMap(pack);
  const b = onMap(asked);
  if (a.era === b.era) return a.code === b.code;
  // A legacy unit and the current unit it became part of are the same territory for this purpose.
  return a.era === 'legacy' ? successorOf(a.code as LegacyProvinceCode).code === b.code : successorOf(b.code as LegacyProvinceCode).code === a.code;
}

function statusOn(pack: PolicyPack, at: string, all: readonly PolicyPack[], asked: PackProvince | undefined): PackConsidered['status'] {
  if (asked !== undefined && !sameTerritory(pack.province, asked)) return 'other-province';
  if (pack.effective === null) return 'dates-not-read';
  if (at < pack.effective) return 'not-yet-in-force';
  if (pack.end !== null && at > pack.end) return 'expired';
  // A pack of the 63-unit map prices only dates before the 2025 reorganisation.
  if (pack.effective < CUTOVER_DAY && at >= CUTOVER_DAY) return 'province-merged';
  const replacedBy = all.find((o) => o !== pack && o.replaces.includes(pack.number) && o.effective !== null && o.effective <= at);
  return replacedBy === undefined ? 'in-force' : 'replaced';
}

function considered(pack: PolicyPack, status: PackConsidered['status']): PackConsidered {
  return Object.freeze({ id: pack.id, number: pack.number, province: pack.province.code, effective: pack.effective, end: pack.end, status });
}

function citeText(pack: { readonly number: string }, c: PackCitation): LocalizedText {
  const vi: string[] = [];
  const en: string[] = [];
  if (c.point !== undefined) vi.push(`điểm ${c.point}`);
  if (c.clause !== undefined) vi.push(`khoản ${c.clause}`);
  if (c.article !== undefined) vi.push(`Điều ${c.article}`);
  if (c.annex !== undefined) vi.push(`Phụ lục ${c.annex}`);
  if (c.chapter !== undefined) vi.push(`Chương ${c.chapter}`);
  if (c.article !== undefined) en.push(`Art. ${c.article}${c.clause === undefined ? '' : `(${c.clause})`}${c.point === undefined ? '' : `(${c.point})`}`);
  if (c.annex !== undefined) en.push(`Annex ${c.annex}`);
  if (c.chapter !== undefined) en.push(`Chapter ${c.chapter}`);
  if (c.locatorNotRead === true) {
    vi.push('(chưa đọc được điều, khoản)');
    en.push('article not read');
  }
  const sure = c.confidence === 'secondary' ? { vi: '; nguồn thứ cấp', en: '; secondary source' } : { vi: '', en: '' };
  return text(`${vi.join(' ')} ${pack.number}${sure.vi}`, `${pack.number}, ${en.join(', ')}${sure.en}`);
}

function explain(pack: PolicyPack, level: PackLevel, cost: Money, support: Money, binding: SupportBinding, pct: Money | undefined): LocalizedText {
  const unit = PACK_UNIT_LABEL[level.unit];
  const cite = citeText(pack, level.citation);
  const cap = level.absoluteCap;
  const head =
    pct !== undefined && level.percentCap !== undefined
      ? {
          vi: `${formatPercent(level.percentCap, 'vi')} chi phí hợp lệ ${formatDong(cost, 'vi')} là ${formatDong(pct, 'vi')} (làm tròn xuống)`,
          en: `${formatPercent(level.percentCap, 'en')} of the eligible cost ${formatDong(cost, 'en')} is ${formatDong(pct, 'en')} (rounded down)`,
        }
      : { vi: `Chi phí hợp lệ ${formatDong(cost, 'vi')}`, en: `The eligible cost ${formatDong(cost, 'en')}` };
  const capVi = cap === undefined ? 'không có mức trần tuyệt đối' : `mức trần ${formatDong(cap, 'vi')}/${unit.vi}`;
  const capEn = cap === undefined ? 'no absolute cap' : `the cap of ${formatDong(cap, 'en')} per ${unit.en}`;
  const verdict =
    binding === 'absolute-cap'
      ? { vi: `vượt ${capVi}`, en: `above ${capEn}` }
      : { vi: cap === undefined ? capVi : `không vượt ${capVi}`, en: cap === undefined ? capEn : `within ${capEn}` };
  return text(
    `Kinh phí khuyến công địa phương: ${head.vi}, ${verdict.vi}, nên hỗ trợ tối đa ${formatDong(support, 'vi')} (${cite.vi}).`,
    `Local khuyến công funds: ${head.en}, ${verdict.en}, so the support is at most ${formatDong(support, 'en')} (${cite.en}).`,
  );
}

function warningsOf(pack: PolicyPack, level: PackLevel): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (level.conditions !== undefined && level.conditions.length > 0) {
    out.push(text('Mức này chỉ áp dụng khi đáp ứng điều kiện về địa bàn ghi trong văn bản; điều kiện này không được kiểm tra ở đây.', 'This level applies only under the area condition the instrument sets; that condition is not checked here.'));
  }
  if (level.citation.confidence === 'secondary') {
    out.push(text(`Mức này được đọc từ nguồn thứ cấp (${level.citation.source}), chưa đối chiếu với văn bản gốc.`, `This level was read in a secondary source (${level.citation.source}), not in the instrument itself.`));
  }
  if (pack.notRead.length > 0) {
    out.push(text(`Gói ${pack.id} chỉ được đọc một phần: ${pack.notRead.map((n) => n.vi).join('; ')}.`, `Pack ${pack.id} was read only in part: ${pack.notRead.map((n) => n.en).join('; ')}.`));
  }
  if (level.note !== undefined) out.push(level.note);
  return out;
}

/** Checks the request of a local computation (the item may be one a pack adds). @internal */
function checkRequest(input: Record<string, unknown>, packs: readonly PolicyPack[]): { item: string; cost: Money; at: string } {
  const issues = [];
  const item = input['item'];
  const known = isSupportItemId(item) || (typeof item === 'string' && packs.some((p) => p.addedItems.some((a) => a.id === item)));
  if (!known) issues.push(issue('policy.unknown-item', policyMessages.unknownItem({ value: showValue(item) }), ['item']));
  const cost = input['eligibleCost'];
  if (!isMoney(cost) || cost.dong < 0) issues.push(issue('policy.bad-cost', policyMessages.badCost({}), ['eligibleCost']));
  if (issues.length > 0) throw new KhuyenCongError(issues);
  return { item: item as string, cost: cost as Money, at: checkDate(input['at'], ['at']) };
}

/** The `province` of a request: `undefined`, or `{ code: "NN", asOf: "YYYY-MM-DD" }` (`pack.province-format`). @internal */
export function checkProvince(value: unknown): PackProvince | undefined {
  if (value === undefined) return undefined;
  const p = value as Partial<PackProvince> | null;
  if (typeof p !== 'object' || p === null || typeof p.code !== 'string' || !/^\d{2}$/.test(p.code)) {
    fail('pack.province-format', text('province cần dạng { code: "25", asOf: "YYYY-MM-DD" }.', 'province must be { code: "25", asOf: "YYYY-MM-DD" }.'), ['province']);
  }
  return { code: p.code, asOf: checkDate(p.asOf, ['province', 'asOf']) };
}

/**
 * The support from local khuyến công funds (`funds: 'LOCAL'`): priced with the level of the pack in force
 * on `at` (see the `computeSupport` option). @internal
 */
export function computeLocalSupport(input: object, national: NationalCompute): LocalSupportComputation {
  const r = input as Record<string, unknown>;
  const packs = packsOf(r['policy']);
  const { item, cost, at } = checkRequest(r, packs);
  const found = findLocalLevel(packs, item, at, checkProvince(r['province']));
  if (found.ok) {
    const v = found.value;
    return v.source === 'pack' ? priced(v.pack, v.level, item, cost, at) : leftToNational(v.pack, v.citation, item as SupportItemId, cost, at, national);
  }
  return Object.freeze({
    ok: false,
    reason: found.reason,
    funds: 'LOCAL',
    item,
    at,
    packsConsidered: found.packsConsidered,
  });
}

/**
 * The level of an item for local funds on a date, a `Result`: `{ ok: true, value }` with the pack level in
 * force (`value.source: 'pack'`, `value.pack`, `value.level`) or the pack's provision leaving the item to the
 * national level (`value.source: 'national-level'`, `value.pack`, `value.citation`), or not modelled
 * `{ ok: false, reason: { code, message }, packsConsidered }`.
 * @category Policy packs
 */
export type LocalLevelLookup =
  | {
      readonly ok: true;
      readonly value:
        | { readonly source: 'pack'; readonly pack: PolicyPack; readonly level: PackLevel }
        | { readonly source: 'national-level'; readonly pack: PolicyPack; readonly citation: PackCitation };
    }
  | { readonly ok: false; readonly reason: NoAnswer<LocalNotModelledReason>; readonly packsConsidered: readonly PackConsidered[] };

/**
 * The level of a support item for local khuyến công funds on a date: the level of the provincial pack in force
 * (`value.source: 'pack'`), or the pack's provision leaving the item to the national level
 * (`value.source: 'national-level'`), or not modelled (`ok: false`: no pack, no pack in force, or no level for
 * the item, with the packs considered). The lookup `eligibleItems` gives each item with `funds: 'LOCAL'`.
 * @param item - a support item id: one of the national catalogue (`SUPPORT_ITEMS`) or one a given pack adds.
 * @param at - the date, `YYYY-MM-DD`.
 * @param options - `policy`: a pack or packs (as {@link parsePolicyPacks} reads them); `province`: the province as
 *   of a date (`{ code, asOf }`), needed when packs of several provinces are in force.
 * @returns a {@link LocalLevelLookup} (a `Result`, frozen).
 * @throws {@link KhuyenCongError} `date.invalid` for a malformed date; `policy.unknown-item` for an item in neither
 *   the national catalogue nor a given pack; the codes of {@link parsePolicyPacks} for `policy`;
 *   `pack.province-format` for a province that is not `{ code: "NN", asOf: "YYYY-MM-DD" }`;
 *   `pack.ambiguous-province` when packs of several provinces are in force and no province is given;
 *   `input.unreadable` for an option that cannot be read.
 * @category Policy packs
 * @example
 * // Đắk Lắk (66): a demonstration model of new technology, 30% up to 800 million đồng
 * const l = localSupportLevel('DEMO_MODEL_NEW_TECH', '2025-09-01', { policy: LOCAL_POLICY_PACKS, province: { code: '66', asOf: '2025-09-01' } });
 * l.ok && l.value.source === 'pack' && l.value.level.absoluteCap?.dong; // 800000000
 */
export function localSupportLevel(item: string, at: string, options?: { readonly policy?: unknown; readonly province?: PackProvince | undefined }): LocalLevelLookup {
  const day = checkDate(at, ['at']);
  const policy = readOption(options, 'policy');
  const packs = guarded(policy, () => packsOf(policy));
  const known = isSupportItemId(item) || (typeof item === 'string' && packs.some((p) => p.addedItems.some((a) => a.id === item)));
  if (!known) fail('policy.unknown-item', policyMessages.unknownItem({ value: showValue(item) }), ['item']);
  const province = readOption(options, 'province');
  return findLocalLevel(packs, item, day, guarded(province, () => checkProvince(province)));
}

function findLocalLevel(packs: readonly PolicyPack[], item: string, at: string, asked: PackProvince | undefined): LocalLevelLookup {
  const notModelled = (code: LocalNotModelledReason, message: LocalizedText, list: readonly PackConsidered[]): LocalLevelLookup =>
    Object.freeze({ ok: false, reason: Object.freeze({ code, message }), packsConsidered: Object.freeze(list) });
  if (packs.length === 0) {
    return notModelled(
      'no-pack',
      text(
        'Kinh phí khuyến công địa phương do từng tỉnh quy định mức chi; không có gói chính sách của tỉnh nên không tính (không dùng mức quốc gia).',
        "Local khuyến công funds are priced by each province's own instrument; no policy pack was given, so nothing is computed (the national level is not used).",
      ),
      [],
    );
  }
  const list = packs.map((p) => considered(p, statusOn(p, at, packs, asked)));
  const inForce = packs.filter((_, i) => list[i]!.status === 'in-force');
  if (inForce.length === 0) {
    return notModelled(
      'no-pack-in-force',
      text(
        `Không gói chính sách nào có hiệu lực ngày ${at} (đã xem: ${shortList(list)}).`,
        `No policy pack is in force on ${at} (considered: ${shortList(list)}).`,
      ),
      list,
    );
  }
  const codes = [...new Set(inForce.map((p) => p.province.code))];
  if (codes.length > 1) fail('pack.ambiguous-province', m.ambiguous({ codes: codes.join(', ') }), ['province']);
  // An amending pack's levels come before those of the pack it amends.
  const ordered = [...inForce].sort((a, b) => Number(b.amends.some((n) => inForce.some((o) => o.number === n))) - Number(a.amends.some((n) => inForce.some((o) => o.number === n))));
  for (const pack of ordered) {
    const leftTo = pack.nationalItems.find((n) => n.item === item);
    if (leftTo !== undefined) return Object.freeze({ ok: true, value: Object.freeze({ source: 'national-level', pack, citation: leftTo.citation }) });
    const candidates = pack.levels.filter((l) => {
      if (l.item !== item) return false;
      const w = levelWindow(pack, l);
      return (w.from === null || w.from <= at) && (w.to === null || at <= w.to);
    });
    const level = candidates.find((l) => l.conditions === undefined || l.conditions.length === 0) ?? candidates[0];
    if (level !== undefined) return Object.freeze({ ok: true, value: Object.freeze({ source: 'pack', pack, level }) });
  }
  const partly = ordered.filter((p) => p.notRead.length > 0);
  return notModelled(
    'level-not-in-pack',
    text(
      `Gói ${ordered.map((p) => p.number).join(', ')} không có mức cho nội dung ${item} vào ngày ${at}${partly.length > 0 ? ` (gói chỉ được đọc một phần: ${partly.flatMap((p) => p.notRead.map((n) => n.vi)).join('; ')})` : ''}.`,
      `Pack ${ordered.map((p) => p.number).join(', ')} has no level for ${item} on ${at}${partly.length > 0 ? ` (read only in part: ${partly.flatMap((p) => p.notRead.map((n) => n.en)).join('; ')})` : ''}.`,
    ),
    list,
  );
}

/** The packs considered, for a message: at most ten, then a count (the full list is in `packsConsidered`). */
function shortList(list: readonly PackConsidered[]): string {
  const shown = list.slice(0, 10).map((c) => `${c.number}: ${c.status}`);
  return list.length > 10 ? `${shown.join('; ')}; … (${list.length})` : shown.join('; ');
}

function ref(pack: PolicyPack): PackRef {
  return Object.freeze({ id: pack.id, number: pack.number, province: pack.province.code });
}

function priced(pack: PolicyPack, level: PackLevel, item: string, cost: Money, at: string): LocalSupportComputation {
  const pct = level.percentCap === undefined ? undefined : multiplyMoney(cost, level.percentCap.ratio, { rounding: 'floor' });
  const first = pct ?? cost;
  const cap = level.absoluteCap;
  const capBinds = cap !== undefined && cap.dong < first.dong;
  const support = capBinds ? cap : first;
  const binding: SupportBinding = capBinds ? 'absolute-cap' : pct === undefined ? 'cost' : 'percent-cap';
  const value: LocalSupportPriced = Object.freeze({
    source: 'pack',
    funds: 'LOCAL',
    item,
    at,
    eligibleCost: cost,
    support,
    binding,
    ...(pct === undefined ? {} : { percentAmount: pct }),
    pack: ref(pack),
    level,
    citation: level.citation,
    explanation: explain(pack, level, cost, support, binding, pct),
    warnings: Object.freeze(warningsOf(pack, level)),
  });
  return Object.freeze({ ok: true, value });
}

/** The national computation, passed in by `computeSupport` (no module cycle). @internal */
export type NationalCompute = (input: { item: SupportItemId; eligibleCost: Money; at: string }) => SupportComputation;

function leftToNational(pack: PolicyPack, citation: PackCitation, item: SupportItemId, cost: Money, at: string, compute: NationalCompute): LocalSupportComputation {
  const national = compute({ item, eligibleCost: cost, at });
  const cite = citeText(pack, citation);
  const tail =
    national.ok
      ? { vi: `hỗ trợ tối đa ${formatDong(national.value.support, 'vi')} (${formatCitation(national.value.citation, { locale: 'vi' })})`, en: `support of at most ${formatDong(national.value.support, 'en')} (${formatCitation(national.value.citation, { locale: 'en' })})` }
      : { vi: 'mức quốc gia chưa được mô hình hoá cho ngày này', en: 'the national level is not modelled for this date' };
  const value: LocalSupportNational = Object.freeze({
    source: 'national-level',
    funds: 'LOCAL',
    item,
    at,
    pack: ref(pack),
    citation,
    national,
    explanation: text(
      `Theo ${cite.vi}, nội dung ${item} áp dụng mức hỗ trợ quốc gia: ${tail.vi}.`,
      `Under ${cite.en}, item ${item} takes the national level: ${tail.en}.`,
    ),
  });
  return Object.freeze({ ok: true, value });
}

/**
 * The `funds` option of a request, checked: `'NATIONAL'` (the default, also for an options value that is not an
 * object) or `'LOCAL'` (priced with a provincial policy pack). What `computeSupport`, `eligibleItems` and
 * `computeDeAnSupport` read from their options.
 * @param options - the options (or request) object.
 * @returns `'NATIONAL'` or `'LOCAL'`.
 * @throws {@link KhuyenCongError} `policy.bad-funds` for another value of `funds`; `input.unreadable` when `funds`
 *   cannot be read (a getter that throws, a revoked Proxy).
 * @category Policy packs
 * @example
 * readFundsOption({ funds: 'LOCAL' }); // 'LOCAL'
 * readFundsOption(undefined);          // 'NATIONAL'
 */
export function readFundsOption(options: unknown): 'NATIONAL' | 'LOCAL' {
  const funds = readOption(options, 'funds'); // a revoked Proxy or a getter that throws: `input.unreadable`
  if (funds === undefined || funds === 'NATIONAL') return 'NATIONAL';
  if (funds === 'LOCAL') return 'LOCAL';
  return fail('policy.bad-funds', m.badFunds({}), ['funds']);
}

/**
 * The support of a đề án's lines from local funds under its province's pack (`computeDeAnSupport` with
 * `funds: 'LOCAL'`).
 * @category Policy packs
 */
export interface LocalDeAnSupport {
  /** One local answer per support line, in order. */
  readonly lines: readonly LocalSupportComputation[];
  /** The sum of the computed lines (a line the pack leaves to the national level counts its national amount). */
  readonly total: Money;
  /** `true` when every line was computed. */
  readonly complete: boolean;
}

/**
 * The refusal text when a local đề án's approved LOCAL amount passes the support its province's pack prices
 * for the đề án's lines on the day (the sum of the lines), or `undefined`: within the levels, or a line the
 * pack does not price (a pack bounds only what it prices). The text cites each provincial provision used. @internal
 */
export function localApprovalExcess(priced: LocalDeAnSupport, approved: Money): LocalizedText | undefined {
  if (!priced.complete || approved.dong <= priced.total.dong) return undefined;
  const vi = new Set<string>();
  const en = new Set<string>();
  for (const l of priced.lines) {
    // Every line is computed or national-level here (the sum is complete).
    const v = (l as { readonly value: LocalSupportPriced | LocalSupportNational }).value;
    const c = citeText(v.pack, v.citation);
    vi.add(c.vi);
    en.add(c.en);
  }
  return text(
    `Kinh phí khuyến công địa phương được duyệt ${formatDong(approved, 'vi')} vượt mức hỗ trợ tối đa ${formatDong(priced.total, 'vi')} theo văn bản của tỉnh cho các nội dung của đề án (${[...vi].join('; ')}).`,
    `The approved local khuyến công funding of ${formatDong(approved, 'en')} exceeds the most the province's instrument allows for the đề án's support items, ${formatDong(priced.total, 'en')} (${[...en].join('; ')}).`,
  );
}
