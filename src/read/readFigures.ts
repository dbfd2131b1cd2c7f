import { checkDate } from '../internal/date.js';
import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import type { FundingSource, ReportPeriod, ReportStatus } from '../audit/ProgrammeReport.js';
import { findProvince } from '../geo/findProvince.js';
import { foldProvinceName } from '../geo/foldProvinceName.js';
import { listProvinces } from '../geo/registry.js';
import { safeParseQuantity } from '../quantity/parseQuantity.js';
import { COUNT_UNITS, type CountUnit } from '../quantity/units.js';
import type { FigureFlag, FigureMeasure, FigureNoun, FigurePeriod, FigurePlace, TextFigure, TextSpan } from './TextFigure.js';

/** The longest text {@link readFigures} reads, in UTF-16 code units (10 million). @category Reading */
export const MAX_READ_TEXT_LENGTH = 10_000_000;

/**
 * Options of {@link readFigures} and `auditText`.
 * @category Reading
 */
export interface ReadFiguresOptions {
  /** The date the text speaks of, `YYYY-MM-DD`: places are resolved with `findProvince` on that day. */
  readonly at: string;
  /**
   * The caller's own count nouns: spelling as written (one to four words, matched without regard to case) →
   * the caller's id. A figure counting one of them gets `noun.custom` and a plain-number quantity.
   */
  readonly nouns?: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------------------
// Characters.

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x202f || (c >= 0x2000 && c <= 0x200b);
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Letters and digits (Vietnamese letters included); not spaces, punctuation or symbols. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return c === 0xb2 || c === 0xb3; // ² ³ (m², m³)
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xff0f) return false;
  return !isSpaceCode(c);
}

const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2212;

// ---------------------------------------------------------------------------------------------------------
// Lexicons (built once).

type UnitEntry =
  | { readonly kind: 'money' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'multiple' }
  | { readonly kind: 'count'; readonly unit: CountUnit };

const UNIT_LEX: ReadonlyMap<string, UnitEntry> = (() => {
  const m = new Map<string, UnitEntry>();
  for (const scale of ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'nghìn tỷ', 'ngàn tỷ', 'nghìn tỉ', 'ngàn tỉ']) {
    m.set(scale, { kind: 'money' });
    for (const cur of ['đồng', 'vnđ', 'vnd', 'đ']) m.set(`${scale} ${cur}`, { kind: 'money' });
  }
  for (const cur of ['đồng', 'vnđ', 'vnd', 'đ']) m.set(cur, { kind: 'money' });
  m.set('phần trăm', { kind: 'percent' });
  m.set('lần', { kind: 'multiple' });
  for (const [unit, def] of Object.entries(COUNT_UNITS) as [CountUnit, (typeof COUNT_UNITS)[CountUnit]][]) {
    for (const spelling of def.vi) m.set(spelling.toLowerCase(), { kind: 'count', unit });
  }
  return m;
})();

/** Nouns of time after a number: a duration or a date, not a figure of the programme. */
const DURATIONS: ReadonlySet<string> = new Set(['năm', 'tháng', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'buổi']);

/** Words after which a number is a position, a date or a name, not a figure ("đợt 3", "Điều 4", "số 155"). */
const NUMBERING_WORDS: ReadonlySet<string> = new Set([
  'năm', 'ngày', 'tháng', 'quý', 'đợt', 'thứ', 'số', 'điều', 'khoản', 'điểm', 'chương', 'mục', 'phần', 'khóa', 'khoá',
  'kỳ', 'lần', 'phụ', 'lục', 'bước', 'phòng', 'lô', 'km', 'ql', 'lộ', 'ấp', 'thôn', 'xóm', 'tổ', 'khu',
  'phường', 'quận', 'hạng', 'đoạn', 'top', 'covid', 'iso', 'mã', 'hiệu', 'version',
]);

/** Qualifier and change words parseQuantity reads before a number (one or two words). */
const PREFIX_LEX: ReadonlySet<string> = new Set([
  'hơn', 'trên', 'gần', 'khoảng', 'ước', 'ước tính', 'xấp xỉ', 'ít nhất', 'tối thiểu', 'tối đa', 'không quá', 'dự kiến',
  'tăng', 'cao hơn', 'nhiều hơn', 'giảm', 'thấp hơn', 'ít hơn', 'gấp', 'là', 'đạt', 'lên đến', 'lên tới',
]);
const ABOUT_WORDS: ReadonlySet<string> = new Set(['ước', 'ước tính', 'khoảng', 'xấp xỉ']);
const BOUND_WORDS: ReadonlySet<string> = new Set(['hơn', 'trên', 'gần', 'ít nhất', 'tối thiểu', 'tối đa', 'không quá', 'lên đến', 'lên tới']);
/** Words that pull no figure: the prefix is cut before them when nothing meaningful precedes. */
const FILLERS: ReadonlySet<string> = new Set(['là', 'đạt']);

/** Words that end a noun's modifiers. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'với', 'cho', 'từ', 'của', 'trong', 'và', 'để', 'tại', 'được', 'đã', 'là', 'thuộc', 'ở', 'bằng', 'theo', 'nhằm',
  'gồm', 'đạt', 'trên', 'hoặc', 'nhưng', 'còn', 'sẽ', 'đang', 'thì', 'mà', 'nên', 'vì', 'do', 'khi', 'sau', 'trước',
  'này', 'đó', 'kinh', 'tổng', 'so', 'chiếm', 'tăng', 'giảm', 'năm', 'giai', 'đến', 'tới', 'về', 'như', 'lên',
]);

/** The province names of both maps, folded ("binh dinh"), for spotting names in text. */
const PLACE_NAMES: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const at of ['2020-01-01', '2026-01-01']) for (const p of listProvinces(at)) s.add(foldProvinceName(p.shortName));
  s.add('thua thien hue');
  s.add('hue');
  return s;
})();

// ---------------------------------------------------------------------------------------------------------
// Words.

interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower case. */
  readonly lower: string;
}

/** The word ending at or before `pos` (skipping spaces only), or undefined at punctuation or a line break. */
function wordBefore(s: string, pos: number): Word | undefined {
  let e = pos;
  while (e > 0 && isSpaceCode(s.charCodeAt(e - 1))) e -= 1;
  let b = e;
  while (b > 0 && isWordCode(s.charCodeAt(b - 1))) b -= 1;
  if (b === e) return undefined;
  return { start: b, end: e, lower: s.slice(b, e).toLowerCase() };
}

/** Up to `max` words from `pos` (separated by spaces, or by ", " inside a lexicon entry). */
function wordsAfter(s: string, pos: number, max: number): { words: Word[]; seps: string[] } {
  const words: Word[] = [];
  const seps: string[] = [];
  let i = pos;
  while (words.length < max) {
    let j = i;
    let sep = '';
    if (words.length > 0) {
      if (j < s.length && s.charCodeAt(j) === 0x2c) {
        sep = ',';
        j += 1;
      }
      let k = j;
      while (k < s.length && isSpaceCode(s.charCodeAt(k))) k += 1;
      if (k === j && sep === '') break;
      j = k;
      sep += ' ';
    } else {
      while (j < s.length && isSpaceCode(s.charCodeAt(j))) j += 1;
    }
    let e = j;
    while (e < s.length && isWordCode(s.charCodeAt(e))) e += 1;
    if (e === j) break;
    words.push({ start: j, end: e, lower: s.slice(j, e).toLowerCase() });
    seps.push(sep);
    i = e;
  }
  return { words, seps };
}

function joinWords(words: readonly Word[], seps: readonly string[], n: number): string {
  let k = '';
  for (let i = 0; i < n; i++) k += (i === 0 ? '' : (seps[i] as string)) + (words[i] as Word).lower;
  return k;
}

// ---------------------------------------------------------------------------------------------------------
// Numbers.

/** The end of the digits-and-separators token at `i` ("1.150", "3,044"); a separator must be followed by a digit. */
function numberEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) j += 1;
    else if ((c === 0x2e || c === 0x2c) && j + 1 < s.length && isDigit(s.charCodeAt(j + 1))) j += 1;
    else break;
  }
  return j;
}

const isYearValue = (t: string): boolean => /^(19|20)\d\d$/.test(t);

// ---------------------------------------------------------------------------------------------------------
// Context cues (matched on lower-case windows of bounded size).

const SOURCE_CUES: readonly (readonly [RegExp, FundingSource])[] = [
  [/khuyến công quốc gia|kcqg|kc quốc gia|ngân sách trung ương|trung ương/g, 'national'],
  [/khuyến công địa phương|kcđp|kc địa phương|(?:nguồn|kinh phí|vốn) (?:kinh phí |vốn )?khuyến công (?:của )?tỉnh|ngân sách tỉnh|ngân sách địa phương|quốc gia và địa phương|trung ương và địa phương/g, 'local'],
  [/đối ứng/g, 'counterpart'],
  [/nguồn khác|nguồn hợp pháp khác|xã hội hóa|xã hội hoá/g, 'other'],
];

function sourcesIn(window: string): FundingSource[] {
  const found = new Set<FundingSource>();
  for (const [re, src] of SOURCE_CUES) {
    re.lastIndex = 0;
    if (re.test(window)) found.add(src);
  }
  return [...found];
}

/** What may join a figure to the one before it so that it shares its source ("50 đề án với kinh phí 7,73 tỷ đồng"). */
const JOINED = /^\s*(?:cho|với|để thực hiện|thực hiện)?(?:\s*(?:tổng\s+)?(?:kinh phí|vốn|số tiền|nguồn vốn)(?:\s+(?:hỗ trợ|thực hiện))?(?:\s+là)?)?\s*$/;

/** The source of the last cue in `window` (both, for "quốc gia và địa phương"). */
function lastSourceIn(window: string): FundingSource[] {
  let best: FundingSource[] = [];
  let at = -1;
  for (const [re, src] of SOURCE_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m !== null; m = re.exec(window)) {
      const end = m.index + m[0].length;
      if (end > at) {
        at = end;
        best = m[0] === 'quốc gia và địa phương' || m[0] === 'trung ương và địa phương' ? ['national', 'local'] : [src];
      }
    }
  }
  return best;
}

const STATUS_CUES: readonly (readonly [RegExp, ReportStatus])[] = [
  [/mục tiêu|phấn đấu|chỉ tiêu|đến năm \d{4}/g, 'target'],
  [/kế hoạch|dự kiến|sẽ |đề xuất|dự toán/g, 'plan'],
  [/phê duyệt|được duyệt|bố trí|giao (?:triển khai|thực hiện|kinh phí)/g, 'approved'],
  [/đã |hoàn thành|kết quả|thực hiện được|giải ngân|(?<!(?:phấn đấu|dự kiến|kế hoạch|mục tiêu|sẽ|ước|bình quân|trung bình) )đạt /g, 'executed'],
];

/** The cue nearest the end of `window`. */
function statusIn(window: string): ReportStatus | undefined {
  let best: ReportStatus | undefined;
  let at = -1;
  for (const [re, st] of STATUS_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m !== null; m = re.exec(window)) {
      if (m.index > at) {
        at = m.index;
        best = st;
      }
    }
  }
  return best;
}

const PERIOD_RE =
  /(giai đoạn|từ năm|từ|năm|đến năm|so với cùng kỳ năm|so với năm|so cùng kỳ năm|so năm|so với)\s*((?:19|20)\d\d)(?:\s*(?:[-–—]|đến|tới)\s*(?:năm\s*)?((?:19|20)\d\d))?/g;

interface PeriodHit {
  readonly start: number;
  readonly end: number;
  readonly period: ReportPeriod;
  readonly base: boolean;
}

function periodsIn(s: string, lower: string, from: number, to: number): PeriodHit[] {
  const w = lower.slice(from, to);
  const out: PeriodHit[] = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(w); m !== null; m = PERIOD_RE.exec(w)) {
    const cue = m[1] as string;
    const y1 = Number(m[2]);
    const y2 = m[3] === undefined ? undefined : Number(m[3]);
    const base = cue.startsWith('so');
    let period: ReportPeriod;
    if (y2 !== undefined && y2 > y1) period = { kind: 'period', from: y1, to: y2 };
    else if (cue === 'đến năm') period = { kind: 'by', year: y1 };
    else if (y2 !== undefined || cue === 'từ') continue; // "2020-2014", "từ 2014": not a period
    else period = { kind: 'year', year: y1 };
    out.push({ start: from + m.index, end: from + m.index + m[0].length, period, base });
  }
  void s;
  return out;
}

interface Indicated {
  readonly re: RegExp;
  readonly measure: FigureMeasure;
}

/** Indicator cues by count unit, tried in order on the noun phrase and the words before it. */
const INDICATOR_CUES: Readonly<Partial<Record<CountUnit, readonly Indicated[]>>> = {
  project: [{ re: /./, measure: 'programmes' }],
  programme: [{ re: /./, measure: 'programmes' }],
  task: [{ re: /./, measure: 'tasks' }],
  class: [{ re: /./, measure: 'training-classes' }],
  fair: [{ re: /./, measure: 'fairs' }],
  booth: [{ re: /./, measure: 'fair-booths' }],
  system: [{ re: /xử lý|ô nhiễm|môi trường/, measure: 'treatment-systems' }],
  newsletter: [{ re: /./, measure: 'newsletters' }],
  broadcast: [{ re: /./, measure: 'broadcasts' }],
  delegation: [{ re: /tham quan|học tập|khảo sát/, measure: 'study-tours' }],
  collaborator: [{ re: /./, measure: 'collaborators' }],
  cluster: [
    { re: /quy hoạch/, measure: 'clusters-detailed-planning' },
    { re: /hạ tầng/, measure: 'clusters-infrastructure' },
  ],
  model: [
    { re: /sản xuất sạch hơn|sxsh/, measure: 'cleaner-production-models' },
    { re: /trình diễn/, measure: 'demonstration-models' },
  ],
  worker: [{ re: /đào tạo|dạy nghề|truyền nghề|học nghề/, measure: 'workers-trained' }],
  person: [{ re: /đào tạo|tập huấn|bồi dưỡng|học viên/, measure: 'trainees' }],
  trainee: [{ re: /./, measure: 'trainees' }],
  product: [
    { re: /tiêu biểu[^.;]*cấp quốc gia|cấp quốc gia[^.;]*tiêu biểu/, measure: 'typical-products-national' },
    { re: /tiêu biểu[^.;]*cấp khu vực|cấp khu vực[^.;]*tiêu biểu/, measure: 'typical-products-regional' },
    { re: /tiêu biểu[^.;]*cấp tỉnh|cấp tỉnh[^.;]*tiêu biểu/, measure: 'typical-products-provincial' },
  ],
  establishment: [
    { re: /sản xuất sạch hơn|sxsh/, measure: 'cleaner-production-assessments' },
    { re: /máy móc|thiết bị|udmmtb|dây chuyền/, measure: 'machinery-support' },
    { re: /hội chợ|triển lãm/, measure: 'fair-establishments' },
    { re: /phòng trưng bày/, measure: 'showrooms' },
    { re: /di dời/, measure: 'relocations' },
  ],
};

/** The indicator of a count: cues in the noun phrase first, then in the words before it in its clause. */
function measureOf(unit: CountUnit, noun: string, clause: string): FigureMeasure | undefined {
  const cues = INDICATOR_CUES[unit];
  if (cues === undefined) return undefined;
  for (const c of cues) if (c.re.test(noun)) return c.measure;
  for (const c of cues) if (c.re.test(clause)) return c.measure;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Places.

interface PlaceHit {
  readonly start: number;
  readonly end: number;
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** "Hồ Chí Minh" without "Thành phố" or "TP" before it is the person (tư tưởng Hồ Chí Minh), not the city. */
function personName(s: string, start: number, end: number): boolean {
  if (foldProvinceName(s.slice(start, end)) !== 'ho chi minh') return false;
  return !/(?:thành phố|tp\.?)\s*$/i.test(s.slice(Math.max(0, start - 12), start));
}

/** Capitalised word runs that name a province (1 to 5 words, longest first). Linear in the text. */
function placesIn(s: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  const seen = new Map<string, boolean>();
  const isPlace = (t: string): boolean => {
    let v = seen.get(t);
    if (v === undefined) {
      v = PLACE_NAMES.has(foldProvinceName(t));
      seen.set(t, v);
    }
    return v;
  };
  const run: Word[] = [];
  const flush = (): void => {
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      for (let n = Math.min(5, run.length - i); n >= 1 && matched === 0; n--) {
        const a = run[i] as Word;
        const b = run[i + n - 1] as Word;
        if (isPlace(s.slice(a.start, b.end)) && !personName(s, a.start, b.end)) {
          out.push({ start: a.start, end: b.end });
          matched = n;
        }
      }
      i += matched === 0 ? 1 : matched;
    }
    run.length = 0;
  };
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!isWordCode(c)) {
      // A run continues over spaces and a spaced dash ("Bà Rịa - Vũng Tàu"); anything else ends it.
      if (!(isSpaceCode(c) || (isDash(c) && run.length > 0))) flush();
      i += 1;
      continue;
    }
    let e = i;
    while (e < s.length && isWordCode(s.charCodeAt(e))) e += 1;
    if (isUpper(s[i] as string) && !isDigit(c)) run.push({ start: i, end: e, lower: '' });
    else flush();
    i = e;
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Sentences.

/** The start offsets of the sentences ('.', '!', '?', ';' or a line break not between digits). */
function sentenceStarts(s: string): number[] {
  const starts = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const end =
      isBreak(c) || c === 0x21 || c === 0x3f || c === 0x3b || (c === 0x2e && !(i > 0 && isDigit(s.charCodeAt(i - 1)) && i + 1 < s.length && isDigit(s.charCodeAt(i + 1))));
    if (end) starts.push(i + 1);
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------------------
// The reader.

interface Candidate {
  /** Where the number phrase starts (its first qualifier word, or the number). */
  start: number;
  numStart: number;
  numEnd: number;
  end: number;
  phrase: string;
  read?: string;
  flags: FigureFlag[];
  noun?: FigureNoun;
  per?: string[];
  unit?: UnitEntry;
  custom?: string;
}

const span = (s: string, start: number, end: number): TextSpan => Object.freeze({ start, end, text: s.slice(start, end) });

/** Whether the number at [i, e) is a date, a document number, a list number or a position: not a figure. */
function notAFigure(s: string, i: number, e: number, lineStart: boolean): boolean {
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20;
  const next = e < s.length ? s.charCodeAt(e) : 0x20;
  // Part of a word or code ("m2", "H2S", "CO2", "A1").
  if (i > 0 && isWordCode(prev) && !isDigit(prev)) return true;
  // "45/2012/NĐ-CP", "155/QĐ-SCT", "18/11/2021", "5/2019".
  if (next === 0x2f || next === 0xff0f) {
    const j = e + 1;
    if (j < s.length && !isDigit(s.charCodeAt(j))) return true;
    const k = numberEnd(s, j);
    if (k < s.length && (s.charCodeAt(k) === 0x2f || isDash(s.charCodeAt(k)))) return true;
    if (isYearValue(s.slice(j, k))) return true;
  }
  // "18-11-2021", "18.11.2021" (a dotted date reads as a grouped number).
  if (/^\d{1,2}[.-]\d{1,2}[.-](19|20)\d\d$/.test(s.slice(i, Math.min(s.length, i + 10)).replace(/[^\d.-].*$/, ''))) return true;
  // "(1)", "1)", list numbering at a line's start ("1. ", "2) ").
  if (next === 0x29) return true;
  if (lineStart && next === 0x2e && (e + 1 >= s.length || !isDigit(s.charCodeAt(e + 1)))) return true;
  // After a numbering word ("đợt 3", "Điều 4", "số 155", "năm 2013"), separated by spaces only.
  const w = wordBefore(s, i);
  if (w === undefined || !NUMBERING_WORDS.has(w.lower)) return false;
  if (w.lower === 'năm') return isYearValue(s.slice(i, e)); // "năm 2013", but "mỗi năm 10 đề án"
  // "tổng số 50 đề án": a total, not a number of a document.
  return !(w.lower === 'số' && wordBefore(s, w.start)?.lower === 'tổng');
}

function lineStartAt(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (isSpaceCode(s.charCodeAt(k)) || s.charCodeAt(k) === 0x2d || s.charCodeAt(k) === 0x2022)) k -= 1;
  return k < 0 || isBreak(s.charCodeAt(k));
}

/** Reads the qualifier words before the number at `i`: returns the start of the phrase. */
function prefixStart(s: string, i: number, floor: number, flags: FigureFlag[]): { start: number; boundStart: number | undefined } {
  let start = i;
  // An attached sign ("-5%", "+3"), when not a list dash ("- 5 cơ sở" has a space).
  if (i > 0 && (isDash(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 0x2b) && (i < 2 || !isWordCode(s.charCodeAt(i - 2)))) start = i - 1;
  let about = false;
  let boundStart: number | undefined;
  const taken: Word[] = [];
  let pos = start;
  for (let n = 0; n < 4; n++) {
    const w1 = wordBefore(s, pos);
    // Never reach back into the figure before ("7,73 hơn 1 tỷ").
    if (w1 === undefined || w1.start < floor) break;
    const w0 = wordBefore(s, w1.start);
    const two = w0 === undefined ? undefined : `${w0.lower} ${w1.lower}`;
    let w: Word;
    if (two !== undefined && (w0 as Word).start >= floor && PREFIX_LEX.has(two)) w = { start: (w0 as Word).start, end: w1.end, lower: two };
    else if (PREFIX_LEX.has(w1.lower)) w = w1;
    else break;
    taken.push(w);
    pos = w.start;
  }
  // Drop leading fillers ("là", "đạt") that qualify nothing before them; they add no meaning.
  while (taken.length > 0 && FILLERS.has((taken[taken.length - 1] as Word).lower)) taken.pop();
  if (taken.length > 0) start = (taken[taken.length - 1] as Word).start;
  for (const w of taken) {
    if (ABOUT_WORDS.has(w.lower)) about = true;
    if (BOUND_WORDS.has(w.lower)) boundStart = Math.min(boundStart ?? w.start, w.start);
  }
  if (!about || boundStart === undefined) return { start, boundStart: undefined };
  flags.push('estimated');
  return { start, boundStart };
}

function candidateAt(s: string, i: number, e: number, floor: number, custom: ReadonlyMap<string, string>): Candidate | undefined {
  const flags: FigureFlag[] = [];
  let numEnd = e;
  let read: string | undefined;
  // "x/y" counts and ranges "10 - 15", "10-15".
  let k = numEnd;
  if (k + 1 < s.length && s.charCodeAt(k) === 0x2f && isDigit(s.charCodeAt(k + 1))) numEnd = numberEnd(s, k + 1);
  else {
    let j = k;
    while (j < s.length && isSpaceCode(s.charCodeAt(j))) j += 1;
    if (j < s.length && isDash(s.charCodeAt(j))) {
      j += 1;
      while (j < s.length && isSpaceCode(s.charCodeAt(j))) j += 1;
      if (j < s.length && isDigit(s.charCodeAt(j))) {
        const j2 = numberEnd(s, j);
        if (!isYearValue(s.slice(j, j2)) || !isYearValue(s.slice(i, e))) numEnd = j2;
      }
    }
  }
  k = numEnd;
  let { words, seps } = wordsAfter(s, k, 6);
  let unit: UnitEntry | undefined;
  let customId: string | undefined;
  let unitWords = 0;
  // "%" right after the number.
  let j = k;
  while (j < s.length && isSpaceCode(s.charCodeAt(j))) j += 1;
  let unitEnd = k;
  if (j < s.length && s.charCodeAt(j) === 0x25) {
    unit = { kind: 'percent' };
    unitEnd = j + 1;
  } else {
    // A duration or a date ("3 năm", "6 tháng đầu năm") is not a figure.
    if (words.length > 0 && DURATIONS.has((words[0] as Word).lower)) return undefined;
    for (let n = Math.min(6, words.length); n >= 1 && unitWords === 0; n--) {
      const key = joinWords(words, seps, n);
      const own = custom.get(key);
      const entry = own === undefined ? UNIT_LEX.get(key) : undefined;
      if (own !== undefined || entry !== undefined) {
        unitWords = n;
        customId = own;
        unit = entry;
        unitEnd = (words[n - 1] as Word).end;
      }
    }
    // "1 tỷ 650 triệu đồng": one amount in two scales.
    if (unitWords === 1 && (words[0] as Word).lower.match(/^t[ỷỉ]$/) !== null) {
      const m = /^\s+(\d{1,3})\s+(triệu(?:\s+(?:đồng|đ|vnđ|vnd))?)(?![\p{L}\d])/u.exec(s.slice(unitEnd, unitEnd + 40));
      if (m !== null) {
        // "1,5 tỷ 200 triệu" has no one reading: the whole phrase goes to parseQuantity, which refuses it.
        if (/^\d+$/.test(s.slice(i, e)) && numEnd === e) {
          const millions = (m[1] as string).padStart(3, '0');
          read = `${s.slice(i, e)}.${millions} ${(m[2] as string).replace(/\s+/g, ' ')}`;
        }
        unitEnd += m[0].length;
        flags.push('compound');
      }
    }
  }
  if (unit === undefined && customId === undefined) {
    // A plain number followed by a lower-case word: a count of a noun we do not know.
    const w = words[0];
    if (w === undefined || STOP_WORDS.has(w.lower) || PREFIX_LEX.has(w.lower) || w.start !== skipSpaces(s, k) || !/^\p{Ll}/u.test(s.slice(w.start, w.end))) return undefined;
    if (isYearValue(s.slice(i, numEnd))) return undefined;
    flags.push('unknown-noun');
  }
  // Denominators: "/người", "/1 tỉnh", "/người/tháng".
  const per: string[] = [];
  let perEnd = unitEnd;
  for (let n = 0; n < 2; n++) {
    if (perEnd < s.length && (s.charCodeAt(perEnd) === 0x2f || s.charCodeAt(perEnd) === 0xff0f)) {
      const r = /^\/\s*(?:1 |01 |mỗi )?([\p{L}\d]+(?: [\p{L}\d]+)?(?:, thành phố)?)/u.exec(s.slice(perEnd, perEnd + 40));
      if (r === null) break;
      // Keep one- or two-word denominators that are count nouns or time nouns.
      let d = r[1] as string;
      const dl = d.toLowerCase();
      const first = dl.split(' ')[0] as string;
      if (!UNIT_LEX.has(dl) && !DURATIONS.has(dl)) {
        if (UNIT_LEX.has(first) || DURATIONS.has(first)) d = d.slice(0, first.length);
        else break;
      }
      per.push(d);
      perEnd += r[0].length - ((r[1] as string).length - d.length);
    } else break;
  }
  const { start, boundStart } = prefixStart(s, i, floor, flags);
  // "ước đạt trên 2 tỷ": the bound is read; the estimate is a flag.
  const phraseStart = boundStart ?? start;
  // The phrase given to parseQuantity.
  let phraseEnd = customId !== undefined || flags.includes('unknown-noun') ? numEnd : unitEnd;
  let ratePer: string[] | undefined;
  if (per.length > 0) {
    const onlyCount = per.length === 1 && UNIT_LEX.get((per[0] as string).toLowerCase())?.kind === 'count';
    if (onlyCount && unit?.kind !== 'percent') phraseEnd = perEnd;
    else if (unit?.kind === 'percent' && per.length === 1 && (per[0] as string).toLowerCase() === 'năm') phraseEnd = perEnd;
    else {
      ratePer = per;
      flags.push('rate');
    }
  }
  const head = s.slice(phraseStart, i);
  const phrase = read === undefined ? s.slice(phraseStart, phraseEnd) : `${head}${read}`;
  const cand: Candidate = { start: phraseStart, numStart: i, numEnd, end: Math.max(phraseEnd, unitEnd), phrase, flags };
  if (read !== undefined) cand.read = phrase;
  if (ratePer !== undefined) {
    cand.per = ratePer;
    cand.end = perEnd;
  } else if (per.length > 0) cand.end = Math.max(cand.end, perEnd);
  if (unit !== undefined) cand.unit = unit;
  if (customId !== undefined) cand.custom = customId;
  // The noun and its modifiers.
  if (customId !== undefined || unit?.kind === 'count' || flags.includes('unknown-noun')) {
    const nounStart = skipSpaces(s, numEnd);
    let headEnd = unitEnd;
    if (flags.includes('unknown-noun')) {
      // The unknown noun: the lower-case words up to a stop word or punctuation (at most 4).
      const ws = wordsAfter(s, numEnd, 4).words;
      headEnd = numEnd;
      for (const w of ws) {
        if (STOP_WORDS.has(w.lower) || PREFIX_LEX.has(w.lower) || w.start > headEnd + 2 || !/^\p{Ll}/u.test(s.slice(w.start, w.end))) break;
        headEnd = w.end;
      }
      cand.end = headEnd;
    }
    let modEnd = per.length > 0 ? perEnd : headEnd;
    let pos = modEnd;
    for (let n = 0; n < 8; n++) {
      let p = pos;
      let spaces = 0;
      while (p < s.length && isSpaceCode(s.charCodeAt(p))) {
        p += 1;
        spaces += 1;
      }
      if (spaces === 0 && p < s.length && s.charCodeAt(p) !== 0x28) break;
      let q = p;
      // A parenthesised abbreviation ("(DN)", "(KCQG)") belongs to the noun.
      if (q < s.length && s.charCodeAt(q) === 0x28) {
        const close = s.indexOf(')', q);
        if (close < 0 || close - q > 12) break;
        pos = close + 1;
        modEnd = pos;
        continue;
      }
      while (q < s.length && isWordCode(s.charCodeAt(q))) q += 1;
      if (q === p) break;
      const lw = s.slice(p, q).toLowerCase();
      // A qualifier of the next figure ends the modifiers ("5 cơ sở hơn 3 lớp"), not "sạch hơn".
      if (STOP_WORDS.has(lw) || isDigit(s.charCodeAt(p)) || (PREFIX_LEX.has(lw) && isDigit(s.charCodeAt(skipSpaces(s, q))))) break;
      pos = q;
      modEnd = q;
    }
    const headText = s.slice(nounStart, headEnd);
    const modStart = skipSpaces(s, per.length > 0 ? perEnd : headEnd);
    const noun: { -readonly [K in keyof FigureNoun]: FigureNoun[K] } = {
      head: headText,
      modifiers: modEnd > modStart ? s.slice(modStart, modEnd) : '',
      span: span(s, nounStart, modEnd),
    };
    if (unit?.kind === 'count') noun.unit = unit.unit;
    if (customId !== undefined) noun.custom = customId;
    cand.noun = Object.freeze(noun);
  }
  void words;
  words = [];
  seps = [];
  return cand;
}

function skipSpaces(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpaceCode(s.charCodeAt(j))) j += 1;
  return j;
}

/**
 * Reads every figure of a Vietnamese text about khuyến công (an article, a report, a paragraph), in order: the
 * number phrase with its offsets, its reading by `parseQuantity`, the noun it counts and its modifiers, and,
 * where the text says so, what it measures (an indicator of `INDICATORS`, or funding), the fund source
 * (KCQG, KCĐP, counterpart, other), the period, the comparison base, the status (target, plan, approval,
 * result), the province (resolved with `findProvince` on `at`) and its qualifiers.
 *
 * Years, dates, document numbers ("45/2012/NĐ-CP"), list numbering, positions ("đợt 3", "Điều 4") and
 * durations ("3 năm", "6 tháng") are not figures. A phrase parseQuantity refuses is kept as a figure with
 * `error` and the flag `refused`; a doubt is a flag on the figure (see {@link FigureFlag}), never a guess.
 * Pure, synchronous, linear in the length of the text.
 *
 * @param text - the text (NFC, as published), at most {@link MAX_READ_TEXT_LENGTH} characters.
 * @param options - the date the text speaks of, and the caller's own count nouns.
 * @returns the figures in text order, frozen.
 * @throws {@link KhuyenCongError} `read.not-string`, `read.too-long`, `read.bad-nouns` or `date.invalid`.
 * @category Reading
 * @example
 * const [f] = readFigures('Năm 2023 tỉnh hỗ trợ 8 cơ sở sản xuất công nghiệp nông thôn.', { at: '2023-12-31' });
 * f?.quantity?.value.toString(); // "8"
 * f?.noun?.modifiers;            // "sản xuất công nghiệp nông thôn"
 * f?.period?.period;             // { kind: 'year', year: 2023 }
 */
export function readFigures(text: string, options: ReadFiguresOptions): readonly TextFigure[] {
  return readCore(text, options).figures;
}

/** @internal The figures and the lower-case text (shared with auditText). */
export function readCore(input: unknown, options: unknown): { figures: readonly TextFigure[]; lower: string; sentences: readonly number[] } {
  const opts = optionsOf(options);
  const at = checkDate(opts.at, ['at']);
  if (typeof input !== 'string') {
    fail('read.not-string', text(`Văn bản phải là chuỗi ký tự, nhận được ${showValue(input)}.`, `The text must be a string, got ${showValue(input)}.`), ['text']);
  }
  const s = input as string;
  if (s.length > MAX_READ_TEXT_LENGTH) {
    fail('read.too-long', text(`Văn bản dài ${String(s.length)} ký tự, tối đa ${String(MAX_READ_TEXT_LENGTH)}.`, `The text is ${String(s.length)} characters long; the most is ${String(MAX_READ_TEXT_LENGTH)}.`), ['text']);
  }
  const custom = customNouns(opts.nouns);
  const lower = s.toLowerCase();
  const sentences = sentenceStarts(s);
  const places = placesIn(s);
  const placeCache = new Map<string, FigurePlace['province'] | FigurePlace['reason']>();
  const periodCache: { start: number; hits: PeriodHit[] } = { start: -1, hits: [] };
  const figures: TextFigure[] = [];
  let sIdx = 0;
  let pIdx = 0;
  let prevNumEnd = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) {
      i += 1;
      continue;
    }
    const e = numberEnd(s, i);
    const token = s.slice(i, e);
    const lineStart = lineStartAt(s, i);
    if (notAFigure(s, i, e, lineStart)) {
      // Skip the whole code or date ("45/2012/NĐ-CP").
      let j = e;
      while (j < s.length && !isSpaceCode(s.charCodeAt(j)) && !isBreak(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x2c) j += 1;
      i = j;
      continue;
    }
    void token;
    const cand = candidateAt(s, i, e, floorAfter(figures[figures.length - 1]), custom);
    if (cand === undefined) {
      i = e;
      continue;
    }
    while (sIdx + 1 < sentences.length && (sentences[sIdx + 1] as number) <= i) sIdx += 1;
    const sStart = sentences[sIdx] as number;
    const sEnd = sIdx + 1 < sentences.length ? (sentences[sIdx + 1] as number) : s.length;
    figures.push(contextualise(s, lower, cand, { sStart, sEnd, prevNumEnd: Math.max(prevNumEnd, sStart), prev: figures[figures.length - 1] }, places, pIdx, at, placeCache, periodCache));
    while (pIdx < places.length && (places[pIdx] as PlaceHit).end <= cand.start) pIdx += 1;
    prevNumEnd = cand.numEnd;
    i = Math.max(cand.end, cand.numEnd);
  }
  return { figures: Object.freeze(figures), lower, sentences };
}

/** The options' fields, read once; a getter that throws or a revoked proxy is a bad-options error. @internal */
export function optionsOf(options: unknown): { at: unknown; nouns: unknown; source: unknown } {
  if (typeof options !== 'object' || options === null) return { at: undefined, nouns: undefined, source: undefined };
  try {
    const o = options as Record<string, unknown>;
    return { at: o['at'], nouns: o['nouns'], source: o['source'] };
  } catch {
    return fail('read.bad-options', text('Không đọc được các tùy chọn.', 'The options cannot be read.'), []);
  }
}

/** Where the next figure's words may start: after the last figure and its noun. */
function floorAfter(f: TextFigure | undefined): number {
  if (f === undefined) return 0;
  return Math.max(f.span.end, f.noun?.span.end ?? 0);
}

function customNouns(nouns: unknown): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  if (nouns === undefined) return m;
  const bad = (): never =>
    fail('read.bad-nouns', text('nouns phải là một đối tượng: cách viết (1–4 từ) → mã của bạn (chuỗi).', 'nouns must be an object: spelling (1 to 4 words) → your id (a string).'), ['nouns']);
  if (typeof nouns !== 'object' || nouns === null) bad();
  let entries: [string, unknown][] = [];
  try {
    if (Array.isArray(nouns)) bad();
    entries = Object.entries(nouns as Record<string, unknown>);
  } catch {
    bad();
  }
  let n = 0;
  for (const [k, v] of entries) {
    n += 1;
    const key = k.trim().toLowerCase().replace(/\s+/g, ' ');
    if (n > 1000 || typeof v !== 'string' || key === '' || key.split(' ').length > 4 || /[^\p{L}\p{N} ]/u.test(key)) bad();
    m.set(key, v as string);
  }
  return m;
}

function contextualise(
  s: string,
  lower: string,
  cand: Candidate,
  sent: { sStart: number; sEnd: number; prevNumEnd: number; prev: TextFigure | undefined },
  places: readonly PlaceHit[],
  pIdx: number,
  at: string,
  cache: Map<string, FigurePlace['province'] | FigurePlace['reason']>,
  periodCache: { start: number; hits: PeriodHit[] },
): TextFigure {
  const flags = cand.flags;
  const parsed = safeParseQuantity(cand.phrase);
  const fig: { -readonly [K in keyof TextFigure]: TextFigure[K] } = { span: span(s, cand.start, cand.end), flags };
  if (parsed.success) fig.quantity = parsed.data;
  else {
    fig.error = parsed.error;
    flags.push('refused');
  }
  if (cand.read !== undefined) fig.read = cand.read;
  if (cand.noun !== undefined) fig.noun = cand.noun;
  if (cand.per !== undefined) fig.per = Object.freeze(cand.per);

  // The words before the figure in its sentence (from the previous figure's number on), and after it.
  const beforeFrom = Math.max(sent.prevNumEnd, cand.start - 200);
  const before = lower.slice(beforeFrom, cand.start);
  const nounText = cand.noun === undefined ? '' : lower.slice(cand.noun.span.start, cand.noun.span.end);

  // Fund source: written right after the figure ("4,020 tỷ đồng khuyến công quốc gia", "8 đề án KCĐP"), else the
  // nearest cue before it in its sentence. Two sources named together are a doubt, not a choice.
  const tail = lower.slice(cand.noun === undefined ? cand.end : cand.noun.span.start, Math.min(sent.sEnd, (cand.noun?.span.end ?? cand.end) + 60));
  const stop = tail.search(/[\d,;.()]|\svà\s(?!địa phương|trung ương)/);
  let sources = sourcesIn(stop < 0 ? tail : tail.slice(0, stop));
  if (sources.length === 0) sources = lastSourceIn(lower.slice(Math.max(sent.prevNumEnd, cand.start - 200), cand.start));
  // "7,73 tỷ đồng cho 50 đề án": a figure joined to the one before takes its source.
  if (sources.length === 0 && sent.prev !== undefined && sent.prev.source !== undefined && JOINED.test(lower.slice(sent.prev.span.end, cand.start))) {
    sources = [sent.prev.source];
  }
  if (sources.length === 1) fig.source = sources[0] as FundingSource;
  else if (sources.length > 1) flags.push('several-sources');

  // What it measures.
  const kind = fig.quantity?.kind;
  if (kind === 'money' && cand.per === undefined && fig.quantity?.per === undefined && fig.quantity?.direction === undefined) fig.measures = 'funding';
  else if (cand.noun?.unit !== undefined) {
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    const m = measureOf(cand.noun.unit, nounText, clause);
    if (m !== undefined) fig.measures = m;
  }
  // "tổng kinh phí (khuyến công) (thực hiện) là …": "tổng" within the five words before the figure.
  if (/(?:^|[^\p{L}])tổng(?:\s+[\p{L}]+){0,5}\s*:?\s*$/u.test(lower.slice(Math.max(sent.sStart, cand.start - 45), cand.start))) fig.total = true;

  // Period and comparison base: the nearest in the sentence, before the figure first.
  const from = Math.max(sent.sStart, cand.start - 300);
  const to = Math.min(sent.sEnd, cand.end + 200);
  let hits: PeriodHit[];
  if (sent.sEnd - sent.sStart <= 3000) {
    // A sentence of ordinary length is searched once for all its figures.
    if (periodCache.start !== sent.sStart) {
      periodCache.start = sent.sStart;
      periodCache.hits = periodsIn(s, lower, sent.sStart, sent.sEnd);
    }
    hits = periodCache.hits.filter((h) => h.start >= from && h.end <= to);
  } else hits = periodsIn(s, lower, from, to);
  let best: PeriodHit | undefined;
  let bestBase: PeriodHit | undefined;
  const dist = (h: PeriodHit): number => (h.end <= cand.start ? cand.start - h.end : h.start - cand.end + 1000);
  const baseDist = (h: PeriodHit): number => (h.start >= cand.end ? h.start - cand.end : cand.start - h.end + 1000);
  for (const h of hits) {
    if (h.base) {
      // A base follows its change ("tăng 5% so với năm 2012"): the nearest after the figure first.
      if (bestBase === undefined || baseDist(h) < baseDist(bestBase)) bestBase = h;
    } else if (best === undefined || dist(h) < dist(best)) best = h;
  }
  if (best !== undefined) fig.period = Object.freeze({ period: Object.freeze(best.period), span: span(s, best.start, best.end) }) as FigurePeriod;
  if (bestBase !== undefined) fig.comparedWith = Object.freeze({ period: Object.freeze(bestBase.period), span: span(s, bestBase.start, bestBase.end) }) as FigurePeriod;

  // Status: the nearest cue before the figure in its sentence; a planned qualifier; a period to reach.
  let status = statusIn(lower.slice(Math.max(sent.sStart, cand.start - 200), cand.start));
  if (fig.quantity?.qualifiers.includes('planned') === true) status = 'plan';
  if (status === undefined && best?.period.kind === 'by') status = 'target';
  if (status !== undefined) fig.status = status;

  // Place: a province named in the sentence (before the figure first), else the last one named before it.
  let place: PlaceHit | undefined;
  let several = false;
  // (At most 20 places on either side are looked at, so that the work stays linear.)
  let k0 = pIdx;
  while (k0 > 0 && k0 > pIdx - 20 && (places[k0 - 1] as PlaceHit).start >= sent.sStart) k0 -= 1;
  for (let k = k0; k < places.length && k < pIdx + 20 && (places[k] as PlaceHit).start < sent.sEnd; k++) {
    const p = places[k] as PlaceHit;
    if (p.start < sent.sStart) continue;
    if (place !== undefined && s.slice(place.start, place.end) !== s.slice(p.start, p.end)) several = true;
    if (place === undefined || p.end <= cand.start) place = p;
  }
  for (let k = pIdx - 1; place === undefined && k >= 0; k--) {
    const p = places[k] as PlaceHit;
    if (p.end <= cand.start) place = p;
  }
  if (several) flags.push('several-places');
  if (place !== undefined) {
    const name = s.slice(place.start, place.end);
    if (!cache.has(name)) {
      const r = findProvince(name, { at });
      cache.set(name, r.ok ? r.value.province : r.reason.message);
    }
    const v = cache.get(name) as FigurePlace['province'] | FigurePlace['reason'];
    const fp: { -readonly [K in keyof FigurePlace]: FigurePlace[K] } = { span: span(s, place.start, place.end) };
    if (v !== undefined && 'officialName' in v) fp.province = v;
    else {
      fp.reason = v as NonNullable<FigurePlace['reason']>;
      flags.push('place-not-found');
    }
    fig.place = Object.freeze(fp);
  }
  fig.flags = Object.freeze([...new Set(flags)]);
  return Object.freeze(fig);
}
