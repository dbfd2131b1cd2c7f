import { checkDate } from '../internal/date.js';
import type { NoAnswer } from '../internal/result.js';
import { fail } from '../internal/errors.js';
import { text, type LocalizedText } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import { formatCitation } from './formatCitation.js';
import { inPeriod, type IsoDate } from './isoDate.js';
import { policyMessages as m } from './messages.js';
import { LEGAL_DATES } from './legalDates.js';
import { COVERAGE_START } from './regimes.js';
import { SUPPORT_ITEMS, isSupportItemId, type SupportItemId } from './supportItems.js';
import { instrumentName } from './formatCitation.js';
import { SUPPORT_LEVELS, TTLT26_REFERENCED_LEVELS, type SupportLevel } from './supportLevels.js';

/**
 * Why no level is given: the date is before the library's coverage, the item does not exist on that date,
 * no level is known for it on that date, its level is set by reference to another circular that the library
 * does not model (Joint Circular 26/2014 Art. 6(1)), or a priority uplift was asked for on a date whose
 * uplift is not known.
 * @category Policy
 */
export type NotModelledReason =
  | 'before-coverage'
  | 'item-not-valid-on-date'
  | 'level-unknown'
  | 'level-set-by-reference'
  | 'priority-uplift-unknown';

/**
 * The level in force on a date with any warnings (the value of a found {@link SupportLevelLookup}).
 * @category Policy
 */
export interface FoundSupportLevel {
  readonly level: SupportLevel;
  readonly warnings: readonly LocalizedText[];
}

/**
 * The answer of {@link supportLevelAt}, a `Result`: `{ ok: true, value: { level, warnings } }`, or an explicit
 * "not modelled" `{ ok: false, reason: { code, message }, item, at }` with the {@link NotModelledReason} as
 * `reason.code`.
 * @category Policy
 */
export type SupportLevelLookup =
  | { readonly ok: true; readonly value: FoundSupportLevel }
  | SupportNotModelled;

/**
 * The explicit "not modelled" answer that {@link supportLevelAt} and {@link computeSupport} share:
 * `{ ok: false, reason: { code, message }, item, at }`, the {@link NotModelledReason} as `reason.code`, with
 * the item and date asked about beside the reason.
 * @category Policy
 */
export interface SupportNotModelled {
  readonly ok: false;
  readonly reason: NoAnswer<NotModelledReason>;
  readonly item: SupportItemId;
  readonly at: IsoDate;
}

/** @internal Checks the arguments shared by the level functions. */
export function checkItemAndDate(item: unknown, at: unknown): void {
  if (!isSupportItemId(item)) fail('policy.unknown-item', m.unknownItem({ value: showValue(item) }), ['item']);
  checkDate(at, ['at']);
}

/** @internal Warnings carried by a level on a date. */
export function levelWarnings(level: SupportLevel, at: IsoDate): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (level.lastConfirmed !== undefined && at > level.lastConfirmed) {
    out.push(
      text(
        `Mức này chỉ được xác nhận đến ngày ${level.lastConfirmed}; sau đó (Nghị định 235/2025/NĐ-CP có hiệu lực từ ${LEGAL_DATES.ND235_EFFECTIVE}) có thể đã lỗi thời.`,
        `This level is confirmed only up to ${level.lastConfirmed}; after that (Decree 235/2025/ND-CP in force from ${LEGAL_DATES.ND235_EFFECTIVE}) it may be stale.`,
      ),
    );
  }
  if (level.mayBeAmendedFrom !== undefined && level.mayBeAmendedBy !== undefined && at >= level.mayBeAmendedFrom) {
    const by = { vi: instrumentName(level.mayBeAmendedBy, 'vi'), en: instrumentName(level.mayBeAmendedBy, 'en') };
    out.push(
      text(
        `Mức này có thể đã được sửa đổi bởi ${by.vi} (ngày hiệu lực và nội dung chưa xác minh; cảnh báo áp dụng từ ${level.mayBeAmendedFrom}).`,
        `This level may have been amended by ${by.en} (its entry into force and content are unverified; warned from ${level.mayBeAmendedFrom}).`,
      ),
    );
  }
  if (level.percentCapNotModelled === true) {
    out.push(
      text(
        'Tỷ lệ hỗ trợ tối đa của nội dung này chưa được xác minh nên không được mô hình hoá; kết quả chỉ bị giới hạn bởi mức trần tuyệt đối (là cận trên).',
        'The percentage cap of this item is unverified and not modelled; the result is bounded only by the absolute cap (an upper bound).',
      ),
    );
  }
  if (level.conditions?.includes('difficult-or-extremely-difficult-area') === true) {
    out.push(
      text(
        'Chỉ áp dụng tại địa bàn có điều kiện kinh tế – xã hội khó khăn, đặc biệt khó khăn; điều kiện này không được kiểm tra ở đây.',
        'Applies only in areas with difficult or extremely difficult socio-economic conditions; that condition is not checked here.',
      ),
    );
  }
  if (level.note !== undefined) out.push(level.note);
  return out;
}

/**
 * The support level of an item in force on a date, never falling back to another regime's value.
 * @param item - a support-item id.
 * @param at - the date, `YYYY-MM-DD`.
 * @returns `{ ok: true, value: { level, warnings } }` or `{ ok: false, reason: { code, message }, item, at }`.
 * @throws {@link KhuyenCongError} `policy.unknown-item` or `date.invalid` for bad arguments.
 * @category Policy
 * @example
 * const r = supportLevelAt('MACHINERY_APPLICATION', '2019-01-01');
 * r.ok && r.value.level.absoluteCap?.dong; // 300000000
 * supportLevelAt('DEMO_MODEL_EFFICIENT_ESTABLISHMENT', '2019-01-01').ok; // false
 */
export function supportLevelAt(item: SupportItemId, at: IsoDate): SupportLevelLookup {
  checkItemAndDate(item, at);
  const notModelled = (code: NotModelledReason, message: LocalizedText): SupportLevelLookup =>
    Object.freeze({ ok: false, reason: Object.freeze({ code, message }), item, at });
  if (at < COVERAGE_START) {
    return notModelled(
      'before-coverage',
      text(
        `Ngày ${at} trước khi Nghị định 45/2012/NĐ-CP có hiệu lực (${COVERAGE_START}); thư viện không mô hình hoá giai đoạn này.`,
        `${at} is before Decree 45/2012/ND-CP took effect (${COVERAGE_START}); the library does not model that period.`,
      ),
    );
  }
  const entry = SUPPORT_ITEMS.find((i) => i.id === item && inPeriod(at, i.validFrom, i.validTo));
  if (entry === undefined) {
    return notModelled(
      'item-not-valid-on-date',
      text(`Nội dung ${item} không có hiệu lực vào ngày ${at}.`, `Item ${item} is not in force on ${at}.`),
    );
  }
  const level = SUPPORT_LEVELS.find((l) => l.item === item && inPeriod(at, l.validFrom, l.validTo));
  const byReference = TTLT26_REFERENCED_LEVELS.find((r) => r.items.includes(item) && inPeriod(at, r.validFrom, r.validTo));
  if (level === undefined && byReference !== undefined) {
    const list = byReference.instruments.join(', ');
    return notModelled(
      'level-set-by-reference',
      text(
        `Mức chi của nội dung ${item} vào ngày ${at} áp dụng theo Thông tư ${list} (${formatCitation(byReference.citation, { locale: 'vi' })}); thư viện không mô hình hoá văn bản đó.`,
        `The level of ${item} on ${at} follows Circular ${list} (${formatCitation(byReference.citation, { locale: 'en' })}); the library does not model that circular.`,
      ),
    );
  }
  if (level === undefined) {
    return notModelled(
      'level-unknown',
      text(
        `Chưa xác minh được mức hỗ trợ của nội dung ${item} vào ngày ${at}; thư viện không mô hình hoá và không lấy mức của giai đoạn khác.`,
        `No verified support level for ${item} on ${at}; the library does not model it and does not borrow another period's level.`,
      ),
    );
  }
  return Object.freeze({ ok: true, value: Object.freeze({ level, warnings: Object.freeze(levelWarnings(level, at)) }) });
}

/** @internal The citation of a level in both languages. */
export function citationText(level: SupportLevel): LocalizedText {
  return text(formatCitation(level.citation, { locale: 'vi' }), formatCitation(level.citation, { locale: 'en' }));
}
