import { noAnswer, ok, type Result } from '../internal/result.js';
import { geoMessages } from './messages.js';

/** A reporting period: one year, or a span of whole years. @internal */
export interface Period {
  /** Normalised label: "2022" or "2014-2018". */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a period key ("2022", "2014-2018", "2014–2018", "2014 - 2018"): a `Result` with the period, or
 * `bad-period` when it is not one.
 * @internal
 */
export function parsePeriod(input: string): Result<Period, 'bad-period'> {
  const m = /^\s*(\d{4})(?:\s*[-\u2010-\u2015]\s*(\d{4}))?\s*$/.exec(input);
  const start = Number(m?.[1]);
  const end = m?.[2] === undefined ? start : Number(m[2]);
  if (m === null || end < start) return noAnswer('bad-period', geoMessages.restateBadPeriod({ period: input }), 'period');
  return ok({ key: start === end ? String(start) : `${String(start)}-${String(end)}`, start, end });
}
