/**
 * The sweep's known findings (issue 14), so that the sweep passes while they are open and fails on anything new.
 * Each entry names the area that owns the function ("boundary" is this sweep's own area: claims, geo, audit, stats,
 * funding, parseCitation) and the finding. An entry that no longer fails makes the
 * sweep fail too (`stale entries`): remove it once the fix is merged.
 *
 * Both lists are empty since every finding was closed (see docs/reliability.md): a new breach fails the sweep. Add
 * an entry only for a finding that cannot be fixed at once, with its owner, and remove it with the fix.
 */

/** Functions whose arguments outside the TypeScript type (the typed core: a `Money`, an `Interval`, a `DeAn`, an
 * options object) throw a TypeError: the whole function is listed. Owner, file, failing calls, first failure. */
export const TYPED_CORE: Readonly<Record<string, string>> = Object.freeze({});

/** Single calls that break the contract: `function|argument|hostile value` → owner and error. */
export const KNOWN_CALLS: Readonly<Record<string, string>> = Object.freeze({});
