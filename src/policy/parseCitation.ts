import { fail, toSafe, type SafeParseResult } from '../internal/errors.js';
import { text as bilingual, type LocalizedText } from '../internal/messages.js';
import type { Citation, Confidence, InstrumentId } from './citation.js';
import { asciiNumber, UNCONFIRMED_MARKER } from './formatCitation.js';
import { INSTRUMENTS, INSTRUMENT_IDS } from './instruments.js';
import { policyMessages as m } from './messages.js';

const MAX_LENGTH = 300;

/** Instrument numbers as they appear in text: "45/2012/NĐ-CP", "1288/QĐ-TTg", "26/2014/TTLT-BTC-BCT". */
const NUMBER = /(\d{1,5})\/(?:(\d{4})\/)?([a-zđ]{2,5}(?:-[a-zđ]{2,5})+)/g;
const AMENDED = /(as amended by|được sửa đổi|sửa đổi, bổ sung bởi)/;

function fold(s: string): string {
  return asciiNumber(s).toLowerCase();
}

const BY_NUMBER: ReadonlyMap<string, InstrumentId> = new Map(INSTRUMENT_IDS.map((id) => [fold(INSTRUMENTS[id].number), id]));

function findInstruments(text: string): { id: InstrumentId; raw: string }[] {
  const out: { id: InstrumentId; raw: string }[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const id = BY_NUMBER.get(fold(raw));
    if (id === undefined) fail('citation.unknown-instrument', m.citationUnknownInstrument({ number: raw.toUpperCase() }));
    out.push({ id, raw });
  }
  return out;
}

/** The largest article, clause or annex number read: no instrument of the registry comes near it. */
const MAX_PINPOINT = 999;

/** A pinpoint number as an integer 1–999, or a refusal naming what was written. */
function pinNumber(written: string, what: LocalizedText): number {
  const n = Number(written);
  if (written.length > 3 || n < 1) {
    fail(
      'citation.bad-number',
      bilingual(
        `Số ${what.vi} "${written.slice(0, 20)}" không hợp lệ: cần một số nguyên từ 1 đến ${String(MAX_PINPOINT)}.`,
        `The ${what.en} number "${written.slice(0, 20)}" is not valid: expected a whole number from 1 to ${String(MAX_PINPOINT)}.`,
      ),
    );
  }
  return n;
}

const ARTICLE = bilingual('điều', 'article');
const CLAUSE = bilingual('khoản', 'clause');
const ANNEX = bilingual('phụ lục', 'annex');

function num(re: RegExp, s: string, what: LocalizedText): number | undefined {
  const x = re.exec(s);
  return x === null ? undefined : pinNumber(x[1] as string, what);
}

interface Pinpoint {
  article?: number;
  clause?: number;
  point?: string;
  annex?: number;
}

function readPinpoint(head: string): Pinpoint {
  const p: Pinpoint = {};
  // English compact form "Art. 1(2)(a)" / "Article 1(2)(a)".
  const compact = /\bart(?:icle|\.)?\s*(\d+)(?:\s*\((\d+)\))?(?:\s*\(([a-zđ])\))?/.exec(head);
  const article = compact !== null ? pinNumber(compact[1] as string, ARTICLE) : num(/điều\s+(?:số\s+)?(\d+)/, head, ARTICLE);
  const clause =
    compact?.[2] !== undefined ? pinNumber(compact[2], CLAUSE) : num(/(?:khoản|\bcl\.|\bclause)\s*(\d+)/, head, CLAUSE);
  const pointMatch = compact?.[3] ?? /(?:điểm|\bpoint)\s+([a-zđ])(?![a-zđ])/.exec(head)?.[1];
  const annex = num(/(?:phụ lục|\bannex|\bappendix)\s*(\d+)/, head, ANNEX);
  if (article !== undefined) p.article = article;
  if (clause !== undefined) p.clause = clause;
  if (pointMatch !== undefined) p.point = pointMatch;
  if (annex !== undefined) p.annex = annex;
  return p;
}

function parse(input: unknown): Citation {
  if (typeof input !== 'string') fail('citation.not-text', m.notText({ field: 'citation' }));
  if (input.length > MAX_LENGTH) fail('citation.too-long', m.citationTooLong({ length: input.length }));
  const text = input.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  const cut = AMENDED.exec(text);
  const head = cut === null ? text : text.slice(0, cut.index);
  const tail = cut === null ? '' : text.slice(cut.index);
  const named = findInstruments(head);
  const main = named[0];
  if (main === undefined) fail('citation.no-instrument', m.citationNoInstrument({ input }));
  const amenders = findInstruments(tail);
  // One citation names one instrument (and at most one amending instrument): with two, no reading can say
  // which the article belongs to ("Nghị định 45/2012/NĐ-CP; Điều 1 Thông tư 36/2013/TT-BCT").
  const second = named[1] ?? amenders[1];
  if (second !== undefined) {
    const first = named[1] === undefined ? (amenders[0] as { raw: string }) : main;
    fail(
      'citation.several-instruments',
      bilingual(
        `Trích dẫn nêu nhiều văn bản (${first.raw.toUpperCase()} và ${second.raw.toUpperCase()}): mỗi trích dẫn chỉ một văn bản; hãy tách chúng ra.`,
        `The citation names several instruments (${first.raw.toUpperCase()} and ${second.raw.toUpperCase()}): one citation cites one instrument; split them.`,
      ),
    );
  }
  const amender = amenders[0];
  const unconfirmed = text.includes(UNCONFIRMED_MARKER.vi) || text.includes(UNCONFIRMED_MARKER.en);
  const pin = readPinpoint(head.replace(main.raw, ' '));
  const verified =
    !unconfirmed && pin.article !== undefined && INSTRUMENTS[main.id].textVerifiedArticles.includes(pin.article);
  const confidence: Confidence = verified ? 'verified-from-text' : 'secondary';
  return Object.freeze({
    instrument: main.id,
    ...pin,
    ...(amender === undefined ? {} : { asAmendedBy: amender.id }),
    confidence,
    ...(unconfirmed ? { articleConfirmed: false } : {}),
  });
}

/**
 * Reads a citation written in Vietnamese or English back into a {@link Citation}. Tolerant of case, of the
 * order of "Điều 1 khoản 2 điểm a", and of "NĐ 45/2012/NĐ-CP" or "Nghị định số 45/2012/NĐ-CP". The
 * confidence is `verified-from-text` only for an article whose text the registry records as read,
 * otherwise `secondary`; a "(numbering unconfirmed)" marker gives `articleConfirmed: false`.
 * @param text - the citation text.
 * @returns the citation.
 * @throws {@link KhuyenCongError} `citation.not-text`, `citation.too-long`, `citation.no-instrument`,
 *   `citation.unknown-instrument`, `citation.several-instruments` (text naming two instruments besides the one
 *   "as amended by") or `citation.bad-number` (an article, clause or annex number outside 1–999).
 * @category Policy
 * @example
 * parseCitation('Decree 45/2012/ND-CP, Art. 1(2)(a)');
 * // { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', confidence: 'verified-from-text' }
 */
export function parseCitation(text: string): Citation {
  return parse(text);
}

/**
 * Like {@link parseCitation} but never throws.
 * @param text - the citation text.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Policy
 * @example
 * safeParseCitation('Nghị định 99/2099/NĐ-CP').success; // false
 */
export function safeParseCitation(text: unknown): SafeParseResult<Citation> {
  return safeParse(text);
}

const safeParse = toSafe(parse);
