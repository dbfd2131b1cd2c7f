/**
 * The citation builders that the policy data modules share, so that a pinpoint (article, clause, point,
 * confidence) is written once. Internal: data modules call these; the public face is {@link Citation}.
 */
import type { Citation, Confidence, InstrumentId } from './citation.js';

/** The parts of a citation besides the instrument and its sources (confidence `secondary` by default). */
type Pin = Omit<Citation, 'instrument' | 'sources' | 'confidence'> & { readonly confidence?: Confidence };

/** @internal A citation of `instrument`, supported by the source keys `sources` (S01 …). */
export function cite(instrument: InstrumentId, sources: readonly string[], pin: Pin = {}): Citation {
  return { instrument, ...pin, confidence: pin.confidence ?? 'secondary', sources };
}

/**
 * @internal Decree 45/2012 Art. 1(2) point `point` (the beneficiaries), read from the text; `amended` cites the
 * wording as amended by Decree 235/2025.
 */
export function nd45Art1Clause2(point: string, amended: boolean, sources: readonly string[]): Citation {
  return cite('ND-45-2012', sources, {
    article: 1,
    clause: 2,
    point,
    ...(amended ? { asAmendedBy: 'ND-235-2025' as const } : {}),
    confidence: 'verified-from-text',
  });
}

/**
 * @internal Decree 45/2012 Art. 4 clause `clause` (activity contents; nine clauses), point `point` if given,
 * read from the text (S59, the Pháp điển reproduction) besides the secondary `sources`.
 */
export function nd45Art4(clause: number, sources: readonly string[], point?: string): Citation {
  return cite('ND-45-2012', ['S59', ...sources], {
    article: 4,
    clause,
    ...(point === undefined ? {} : { point }),
    confidence: 'verified-from-text',
  });
}

/** @internal Joint Circular 26/2014 Art. `article` clause/point, read from the text (S59). */
export function ttlt26(article: number, clause: number, point: string, sources: readonly string[] = []): Citation {
  return cite('TTLT-26-2014-BTC-BCT', ['S59', ...sources], { article, clause, point, confidence: 'verified-from-text' });
}

/** @internal An article (clause, point) of an instrument read in full in the Pháp điển reproduction (S59). */
export function fromText(
  instrument: 'ND-45-2012' | 'TT-46-2012-BCT' | 'TT-36-2013-BCT' | 'TTLT-26-2014-BTC-BCT' | 'TT-26-2014-BCT',
  article: number,
  clause?: number,
  point?: string,
  sources: readonly string[] = [],
): Citation {
  return cite(instrument, ['S59', ...sources], {
    article,
    ...(clause === undefined ? {} : { clause }),
    ...(point === undefined ? {} : { point }),
    confidence: 'verified-from-text',
  });
}

/** @internal Circular 28/2018/TT-BTC Art. 8 (national support levels), clause when the source names it. */
export function tt28Art8(clause: number | undefined, sources: readonly string[]): Citation {
  return cite('TT-28-2018-BTC', sources, { article: 8, ...(clause === undefined ? {} : { clause }) });
}

/** @internal Decree 235/2025 as reported by the press (S11, S12): article not seen. */
export const ND235_PRESS: Citation = cite('ND-235-2025', ['S11', 'S12']);
