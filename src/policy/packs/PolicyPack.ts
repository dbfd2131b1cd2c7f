/**
 * The policy pack: one provincial instrument (a People's Council resolution or a People's Committee
 * decision) that sets the levels of local khuyến công funds, as a validated JSON document.
 */
import * as z from 'zod';
import { isCurrentProvinceCode, listProvinces } from '../../geo/registry.js';
import { CUTOVER_DAY, PROVINCE_COVERAGE_START } from '../../geo/provinceData.js';
import type { ErrorCode } from '../../internal/errorCodes.js';
import { toSafe, type SafeParseResult } from '../../internal/errors.js';
import { isAcceptedDate } from '../../internal/date.js';
import type { LocalizedText } from '../../internal/messages.js';
import type { Money } from '../../quantity/Money.js';
import type { Percent } from '../../quantity/Percent.js';
import { isRatio } from '../../quantity/Ratio.js';
import { encodeWith, parseWith } from '../../schema/parseWith.js';
import { IdSchema, LocalizedTextSchema, MoneySchema, NameSchema, RatioSchema } from '../../schema/primitives.js';
import { SUPPORT_ITEMS } from '../supportItems.js';
import { packMessages as m, PACK_MESSAGES } from './messages.js';

/** The format tag of a policy pack document. @category Policy packs */
export const POLICY_PACK_FORMAT = 'khuyen-cong/policy-pack@1';

/**
 * The kind of a provincial instrument: a People's Council resolution (`NQ-HDND`), a People's Committee
 * decision (`QD-UBND`), or another kind (named in the number).
 * @category Policy packs
 */
export type PolicyPackKind = 'NQ-HDND' | 'QD-UBND' | 'OTHER';
const KINDS = ['NQ-HDND', 'QD-UBND', 'OTHER'] as const;

/**
 * What a pack level is counted per (wider than the national units: provinces also price per class,
 * per product, per course, per booth).
 * @category Policy packs
 */
export type PackUnit =
  | 'per-establishment'
  | 'per-enterprise'
  | 'per-model'
  | 'per-class'
  | 'per-course'
  | 'per-round'
  | 'per-product'
  | 'per-event'
  | 'per-booth'
  | 'per-person'
  | 'per-cluster';
/** The units of {@link PackUnit}, in order. @category Policy packs */
export const PACK_UNITS: readonly PackUnit[] = Object.freeze([
  'per-establishment',
  'per-enterprise',
  'per-model',
  'per-class',
  'per-course',
  'per-round',
  'per-product',
  'per-event',
  'per-booth',
  'per-person',
  'per-cluster',
] as const);

/**
 * A condition a pack level carries that the calculation does not check (the caller's eligibility rules
 * do): a difficult or extremely difficult area, or an extremely difficult area only.
 * @category Policy packs
 */
export type PackCondition = 'difficult-or-extremely-difficult-area' | 'extremely-difficult-area';
const CONDITIONS = ['difficult-or-extremely-difficult-area', 'extremely-difficult-area'] as const;

const DateSchema = z
  .string()
  .refine((s) => isAcceptedDate(s), { error: 'date.invalid' })
  .meta({ description: 'A real calendar date YYYY-MM-DD, from 1900-01-01 to 2999-12-31.' });

const UrlSchema = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/\S+$/, { error: 'pack.url-format' })
  .meta({ description: 'The http(s) address of the reproduction read.' });

const PercentCapSchema = z.codec(
  RatioSchema.in,
  z.custom<Percent>((v) => typeof v === 'object' && v !== null && isRatio((v as { ratio?: unknown }).ratio)),
  {
    decode: (s) => Object.freeze({ kind: 'percent', ratio: RatioSchema.decode(s) }) as Percent,
    encode: (p) => RatioSchema.encode(p.ratio),
  },
);

const CitationSchema = z
  .strictObject({
    /** Chương (chapter), as written (roman or arabic). */
    chapter: z.string().regex(/^[0-9IVXLC]{1,8}$/, { error: 'pack.chapter-format' }).optional(),
    article: z.int().min(1).max(1000).optional(),
    clause: z.int().min(1).max(1000).optional(),
    point: z.string().regex(/^[a-zđ]{1,2}$/, { error: 'pack.point-format' }).optional(),
    annex: z.int().min(1).max(100).optional(),
    confidence: z.enum(['verified-from-text', 'secondary']),
    source: UrlSchema,
    /**
     * `true` when a secondary source gives the level but not its article (a news report of the resolution):
     * the only case a citation may lack a chapter, article or annex.
     */
    locatorNotRead: z.literal(true).optional(),
    /** What the source is, when it is not the text itself (e.g. a ministry portal's news item). */
    sourceNote: LocalizedTextSchema.optional(),
  })
  .readonly();

const LevelSchema = z
  .strictObject({
    item: IdSchema,
    percentCap: PercentCapSchema.optional().meta({ description: 'The cap as a share of the eligible cost, a ratio from 0 to 1 ("0.3" is 30%).' }),
    absoluteCap: MoneySchema.optional(),
    unit: z.enum(PACK_UNITS as unknown as readonly [PackUnit, ...PackUnit[]]),
    conditions: z.array(z.enum(CONDITIONS)).max(2).readonly().optional(),
    validFrom: DateSchema.optional(),
    validTo: DateSchema.optional(),
    citation: CitationSchema,
    note: LocalizedTextSchema.optional(),
  })
  .readonly();

const AddedItemSchema = z.strictObject({ id: IdSchema, label: LocalizedTextSchema, citation: CitationSchema }).readonly();
const NationalItemSchema = z.strictObject({ item: IdSchema, citation: CitationSchema }).readonly();

const PackObject = z
  .strictObject({
    format: z.literal(POLICY_PACK_FORMAT),
    id: IdSchema,
    number: NameSchema,
    kind: z.enum(KINDS),
    issuer: LocalizedTextSchema,
    title: LocalizedTextSchema,
    province: z
      .strictObject({ code: z.string().regex(/^\d{2}$/, { error: 'pack.province-format' }), asOf: DateSchema })
      .readonly(),
    signed: DateSchema.nullable(),
    effective: DateSchema.nullable().meta({ description: 'First day in force, or null when not read (the pack then never prices).' }),
    end: DateSchema.nullable(),
    amends: z.array(NameSchema).max(50).readonly(),
    replaces: z.array(NameSchema).max(50).readonly(),
    levels: z.array(LevelSchema).max(1000).readonly(),
    addedItems: z.array(AddedItemSchema).max(200).readonly(),
    nationalItems: z.array(NationalItemSchema).max(200).readonly(),
    notRead: z.array(LocalizedTextSchema).max(200).readonly(),
    sources: z.array(UrlSchema).min(1).max(50).readonly(),
    note: LocalizedTextSchema.optional(),
  })
  .readonly();

type PackShape = z.output<typeof PackObject>;

function report(ctx: z.core.$RefinementCtx, code: ErrorCode, message: LocalizedText, path: readonly (string | number)[]): void {
  ctx.addIssue({ code: 'custom', message: code, params: { code, vi: message.vi, en: message.en }, path: [...path] });
}

const NATIONAL_IDS: ReadonlySet<string> = new Set(SUPPORT_ITEMS.map((i) => i.id));

/** Whether a two-digit code is a province of the map valid on a day (the geo area's dated registry). */
export function provinceValidOn(code: string, day: string): boolean {
  if (day >= CUTOVER_DAY) return isCurrentProvinceCode(code);
  if (day < PROVINCE_COVERAGE_START) return false;
  return listProvinces(day).some((p) => p.code === code);
}

/** The first and last day a level applies, inside its pack. */
export function levelWindow(pack: Pick<PackShape, 'effective' | 'end'>, level: Pick<PackShape['levels'][number], 'validFrom' | 'validTo'>) {
  return { from: level.validFrom ?? pack.effective, to: level.validTo ?? pack.end };
}

function overlaps(a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean {
  const aFrom = a.from ?? '0000-00-00';
  const bFrom = b.from ?? '0000-00-00';
  return (a.to === null || bFrom <= a.to) && (b.to === null || aFrom <= b.to);
}

function refinePack(p: PackShape, ctx: z.core.$RefinementCtx): void {
  // Dates in order: signed ≤ effective ≤ end.
  if (p.signed !== null && p.effective !== null && p.effective < p.signed) {
    report(ctx, 'pack.date-order', m.dateOrder({ first: 'signed', second: 'effective' }), ['effective']);
  }
  const start = p.effective ?? p.signed;
  if (p.end !== null && start !== null && p.end < start) {
    report(ctx, 'pack.date-order', m.dateOrder({ first: p.effective === null ? 'signed' : 'effective', second: 'end' }), ['end']);
  }
  // The province code must be valid on the map of its own dates.
  const { code, asOf } = p.province;
  const wellFormed = /^\d{2}$/.test(code); // otherwise the format issue is already reported
  if (wellFormed && !provinceValidOn(code, asOf)) {
    report(ctx, 'pack.province-not-valid', m.provinceNotValid({ code, day: asOf }), ['province', 'code']);
  } else if (wellFormed && p.effective !== null && (p.effective >= CUTOVER_DAY) !== (asOf >= CUTOVER_DAY)) {
    report(ctx, 'pack.province-not-valid', m.provinceOtherMap({ code, asOf, effective: p.effective }), ['province', 'asOf']);
  }
  const added = new Set<string>();
  p.addedItems.forEach((a, i) => {
    if (NATIONAL_IDS.has(a.id)) report(ctx, 'pack.added-item-exists', m.addedExists({ id: a.id }), ['addedItems', i, 'id']);
    else if (added.has(a.id)) report(ctx, 'pack.duplicate', m.duplicate({ id: a.id }), ['addedItems', i, 'id']);
    added.add(a.id);
  });
  p.nationalItems.forEach((n, i) => {
    if (!NATIONAL_IDS.has(n.item)) report(ctx, 'pack.unknown-item', m.unknownItem({ id: n.item }), ['nationalItems', i, 'item']);
  });
  const leftToNational = new Set(p.nationalItems.map((n) => n.item));
  const seen: { key: string; window: { from: string | null; to: string | null } }[] = [];
  p.levels.forEach((l, i) => {
    const at = ['levels', i];
    if (!NATIONAL_IDS.has(l.item) && !added.has(l.item)) report(ctx, 'pack.unknown-item', m.unknownItem({ id: l.item }), [...at, 'item']);
    if (leftToNational.has(l.item)) report(ctx, 'pack.item-left-to-national', m.leftToNational({ id: l.item }), [...at, 'item']);
    if (l.percentCap === undefined && l.absoluteCap === undefined) report(ctx, 'pack.no-cap', m.noCap({}), at);
    if (l.percentCap !== undefined && l.percentCap.ratio.numerator > l.percentCap.ratio.denominator) {
      report(ctx, 'pack.percent-above-one', m.percentAboveOne({}), [...at, 'percentCap']);
    }
    const c = l.citation;
    const located = c.article !== undefined || c.chapter !== undefined || c.annex !== undefined;
    if (!located && !(c.locatorNotRead === true && c.confidence === 'secondary')) {
      report(ctx, 'pack.citation-locator', m.citationLocator({}), [...at, 'citation']);
    } else if (located && c.locatorNotRead === true) {
      report(ctx, 'pack.citation-locator', m.locatorContradiction({}), [...at, 'citation', 'locatorNotRead']);
    }
    const window = levelWindow(p, l);
    if ((l.validFrom !== undefined || l.validTo !== undefined) && window.from !== null && window.to !== null && window.to < window.from) {
      report(ctx, 'pack.date-order', m.dateOrder({ first: 'validFrom', second: 'validTo' }), [...at, 'validTo']);
    }
    if ((l.validFrom !== undefined && p.effective !== null && l.validFrom < p.effective) || (l.validFrom !== undefined && p.end !== null && l.validFrom > p.end)) {
      report(ctx, 'pack.level-outside-pack', m.outsidePack({}), [...at, 'validFrom']);
    }
    if ((l.validTo !== undefined && p.end !== null && l.validTo > p.end) || (l.validTo !== undefined && p.effective !== null && l.validTo < p.effective)) {
      report(ctx, 'pack.level-outside-pack', m.outsidePack({}), [...at, 'validTo']);
    }
    const key = `${l.item}|${[...(l.conditions ?? [])].sort().join(',')}`;
    if (seen.some((s) => s.key === key && overlaps(s.window, window))) {
      report(ctx, 'pack.overlapping-levels', m.overlapping({ id: l.item }), [...at, 'validFrom']);
    }
    seen.push({ key, window });
  });
}

/**
 * The citation of a pack level: chapter, article, clause, point or annex of the provincial instrument, its
 * confidence and the address read.
 * @category Policy packs
 */
export interface PackCitation {
  /** Chương (chapter), as written (roman or arabic). */
  readonly chapter?: string | undefined;
  /** Điều (article). */
  readonly article?: number | undefined;
  /** Khoản (clause). */
  readonly clause?: number | undefined;
  /** Điểm (point), a Vietnamese letter. */
  readonly point?: string | undefined;
  /** Phụ lục (annex). */
  readonly annex?: number | undefined;
  /** `verified-from-text` when read in the instrument's text, `secondary` when read in a secondary source. */
  readonly confidence: 'verified-from-text' | 'secondary';
  /** The http(s) address of the reproduction read. */
  readonly source: string;
  /**
   * `true` when a secondary source gives the level but not its article (a news report of the resolution):
   * the only case a citation may lack a chapter, article or annex.
   */
  readonly locatorNotRead?: true | undefined;
  /** What the source is, when it is not the text itself (e.g. a ministry portal's news item). */
  readonly sourceNote?: LocalizedText | undefined;
}

/**
 * One level of a pack: a cap on the support for an item, as a share of the eligible cost, an amount, or both.
 * @category Policy packs
 */
export interface PackLevel {
  /** The support item: a national support-item id or one of the pack's added items. */
  readonly item: string;
  /** The cap as a share of the eligible cost (an exact {@link Percent}, at most 100 %). */
  readonly percentCap?: Percent | undefined;
  /** The cap as an amount. */
  readonly absoluteCap?: Money | undefined;
  /** What the level is counted per. */
  readonly unit: PackUnit;
  /** Conditions the level carries that the calculation does not check. */
  readonly conditions?: readonly PackCondition[] | undefined;
  /** First day the level applies, when not the pack's. */
  readonly validFrom?: string | undefined;
  /** Last day the level applies, when not the pack's. */
  readonly validTo?: string | undefined;
  /** Where the instrument sets it. */
  readonly citation: PackCitation;
  /** A remark. */
  readonly note?: LocalizedText | undefined;
}

/**
 * A support item the provincial instrument adds to the national list.
 * @category Policy packs
 */
export interface PackAddedItem {
  /** Its id (not a national support-item id). */
  readonly id: string;
  /** Its name, in Vietnamese and English. */
  readonly label: LocalizedText;
  /** Where the instrument adds it. */
  readonly citation: PackCitation;
}

/**
 * A national support item the provincial instrument leaves to the national levels.
 * @category Policy packs
 */
export interface PackNationalItem {
  /** The national support-item id. */
  readonly item: string;
  /** Where the instrument says so. */
  readonly citation: PackCitation;
}

/**
 * A validated policy pack: money as `Money`, percentage caps as exact `Percent`. Deeply frozen.
 * @category Policy packs
 */
export interface PolicyPack {
  /** The format tag, {@link POLICY_PACK_FORMAT}. */
  readonly format: typeof POLICY_PACK_FORMAT;
  /** The pack's id. */
  readonly id: string;
  /** The instrument's number as written. */
  readonly number: string;
  /** The kind of instrument. */
  readonly kind: PolicyPackKind;
  /** Who issued it. */
  readonly issuer: LocalizedText;
  /** Its title. */
  readonly title: LocalizedText;
  /** The province, by its two-digit code valid on the map of `asOf`. */
  readonly province: { readonly code: string; readonly asOf: string };
  /** The signing date, or `null` when not read. */
  readonly signed: string | null;
  /** First day in force, or `null` when not read (the pack then never prices). */
  readonly effective: string | null;
  /** Last day in force, or `null` while in force. */
  readonly end: string | null;
  /** The instruments it amends, by number. */
  readonly amends: readonly string[];
  /** The instruments it replaces, by number. */
  readonly replaces: readonly string[];
  /** The levels it sets. */
  readonly levels: readonly PackLevel[];
  /** The support items it adds to the national list. */
  readonly addedItems: readonly PackAddedItem[];
  /** The national items it leaves to the national levels. */
  readonly nationalItems: readonly PackNationalItem[];
  /** What of the instrument was not read, in words. */
  readonly notRead: readonly LocalizedText[];
  /** The addresses of the reproductions read (at least one). */
  readonly sources: readonly string[];
  /** A remark. */
  readonly note?: LocalizedText | undefined;
}

/**
 * The zod schema of a policy pack (its input is the serialised JSON, its output the {@link PolicyPack}).
 * @category Policy packs
 */
export const PolicyPackSchema = PackObject.superRefine(refinePack) satisfies z.ZodType<PolicyPack>;

/**
 * A {@link PackLevel} in its serialised (JSON) form: the share cap as exact ratio text from 0 to 1 (`"0.3"` is
 * 30 %), the amount cap in whole đồng as a number.
 * @category Policy packs
 */
export interface PackLevelJson extends Omit<PackLevel, 'percentCap' | 'absoluteCap'> {
  /** The cap as a share of the eligible cost: exact ratio text from 0 to 1 (`"0.3"` is 30 %). */
  readonly percentCap?: string | undefined;
  /** The cap as an amount, whole đồng. */
  readonly absoluteCap?: number | undefined;
}

/**
 * A policy pack as it travels (JSON): {@link PolicyPack} with its levels serialised. Exactly what
 * {@link PolicyPackSchema} reads and {@link serializePolicyPack} writes (a type test ties the two).
 * @category Policy packs
 */
export interface PolicyPackJson extends Omit<PolicyPack, 'levels'> {
  /** The levels, serialised. */
  readonly levels: readonly PackLevelJson[];
}

/**
 * Validates a policy pack (strict: unknown fields are refused). Every problem is reported with its field
 * path and a Vietnamese and English message: an unknown item (`pack.unknown-item`), a negative cap
 * (`schema.too-small`), a level without a citation (`schema.missing` at `levels.i.citation`) or with no
 * article, chapter or annex (`pack.citation-locator`), overlapping levels of one item
 * (`pack.overlapping-levels`), dates out of order (`pack.date-order`), a province code not valid on the
 * map of the pack's dates (`pack.province-not-valid`), a bad date (`date.invalid`).
 * @param input - the pack, typically `JSON.parse` output.
 * @returns the pack, deeply frozen.
 * @throws {@link KhuyenCongError} listing every problem.
 * @category Policy packs
 * @example
 * parsePolicyPack(serializePolicyPack(LOCAL_POLICY_PACKS[0]!)).number; // '20/2019/QĐ-UBND'
 */
export function parsePolicyPack(input: unknown): PolicyPack {
  const pack = parseWith(PolicyPackSchema, input, { messages: PACK_MESSAGES });
  PARSED.add(pack);
  return pack;
}

/**
 * The never-throwing twin of {@link parsePolicyPack}.
 * @param input - the pack.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Policy packs
 * @example
 * safeParsePolicyPack({}).success; // false
 */
export function safeParsePolicyPack(input: unknown): SafeParseResult<PolicyPack> {
  return safeParse(input);
}
const safeParse = toSafe(parsePolicyPack);

/**
 * The JSON form of a pack: `parsePolicyPack(serializePolicyPack(p))` deep-equals `p`.
 * @param pack - a validated pack.
 * @returns the JSON document (money as whole-đồng integers, caps as ratio strings).
 * @throws {@link KhuyenCongError} when the value is not a parsed one (`schema.*` codes), or
 *   cannot be read (`input.unreadable`, `input.cyclic`, `input.too-deep`).
 * @category Policy packs
 * @example
 * serializePolicyPack(LOCAL_POLICY_PACKS[0]!).format; // 'khuyen-cong/policy-pack@1'
 */
export function serializePolicyPack(pack: PolicyPack): PolicyPackJson {
  return encodeWith(PolicyPackSchema, pack, { messages: PACK_MESSAGES });
}

/** The packs this module validated (so that a parsed pack is not parsed again). */
const PARSED = new WeakSet<object>();

/** Whether a value is a pack returned by {@link parsePolicyPack}. @internal */
export function isParsedPack(value: unknown): value is PolicyPack {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}
