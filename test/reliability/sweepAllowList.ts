/**
 * The sweep's known findings (issue 14), so that the sweep passes while they are open and fails on anything new.
 * Each entry names the area that owns the function ("boundary" is this sweep's own area: claims, geo, audit, stats,
 * funding, parseCitation) and the finding. An entry that no longer fails makes the
 * sweep fail too (`stale entries`): remove it once the fix is merged.
 *
 * Generated from a run of the sweep on branch nw-boundary (see docs/reliability.md); edit by hand.
 */

/** Functions whose arguments outside the TypeScript type (the typed core: a `Money`, an `Interval`, a `DeAn`, an
 * options object) throw a TypeError: the whole function is listed. Owner, file, failing calls, first failure. */
export const TYPED_CORE: Readonly<Record<string, string>> = Object.freeze({});

/** Single calls that break the contract: `function|argument|hostile value` → owner and error. */
export const KNOWN_CALLS: Readonly<Record<string, string>> = Object.freeze({});
