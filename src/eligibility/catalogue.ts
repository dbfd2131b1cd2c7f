/**
 * Look-ups in the policy catalogue by date, for building the decision tables from it (the legal data lives
 * in src/policy; the tables only reference it).
 */
import type { CatalogueEntry } from '../policy/catalogueEntry.js';
import type { Citation } from '../policy/citation.js';
import { inPeriod } from '../internal/date.js';
import type { NotModelledEntry } from '../policy/notModelled.js';

/** The catalogue row of `id` valid on `date`, if any. @internal */
export function entryOn<E extends CatalogueEntry<string>>(entries: readonly E[], id: string, date: string): E | undefined {
  return entries.find((e) => e.id === id && inPeriod(date, e.validFrom, e.validTo));
}

/** The "not modelled" row of `id` valid on `date`, if any. @internal */
export function unresolvedOn(entries: readonly NotModelledEntry<string>[], id: string, date: string): NotModelledEntry<string> | undefined {
  return entries.find((e) => e.id === id && inPeriod(date, e.validFrom, e.validTo));
}

/** Returns a value the rules need from the data, or throws when the data lacks it (a bug, found at load time). @internal */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`eligibility: ${what}`);
  return value;
}

/** The citation of the row of `id` valid on `date`; a missing row is a bug in the data and throws. @internal */
export function citationOn(entries: readonly CatalogueEntry<string>[], id: string, date: string): Citation {
  return must(entryOn(entries, id, date), `no catalogue row ${id} on ${date}`).citation;
}
