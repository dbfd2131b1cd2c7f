/** A reporting period: one year, or a span of whole years. @internal */
export interface Period {
  /** Normalised label: "2022" or "2014-2018". */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a period key ("2022", "2014-2018", "2014–2018", "2014 - 2018"), or `undefined` when it is not one.
 * @internal
 */
export function parsePeriod(input: string): Period | undefined {
  const m = /^\s*(\d{4})(?:\s*[-\u2010-\u2015]\s*(\d{4}))?\s*$/.exec(input);
  if (m === null) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (end < start) return undefined;
  return { key: start === end ? String(start) : `${String(start)}-${String(end)}`, start, end };
}
