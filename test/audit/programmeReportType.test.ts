/**
 * The ProgrammeReport interface and ProgrammeReportSchema describe one value (test/types/domain.test-d.ts ties
 * them at compile time): a report of the corpus, whose sources carry the article's address and title, is read
 * back from its JSON exactly. Before the tie, the schema refused `url` and `title`, which the type declares and
 * the corpus uses.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_REPORTS, parseProgrammeReport, safeParseProgrammeReport } from '../../src/index.js';

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('ProgrammeReport: the type and the schema agree', () => {
  it('every corpus report, with its sources’ address and title, survives JSON and the parse unchanged', () => {
    expect(CORPUS_REPORTS.length).toBeGreaterThan(0);
    const withAddress = CORPUS_REPORTS.filter((r) => r.source.url !== undefined && r.source.title !== undefined);
    expect(withAddress.length).toBeGreaterThan(0);
    for (const r of CORPUS_REPORTS) expect(parseProgrammeReport(plain(r))).toEqual(plain(r));
  });

  it('the address and title are checked like the other texts: an empty one is refused at its path', () => {
    const r = plain(CORPUS_REPORTS[0]!);
    const bad = safeParseProgrammeReport({ ...r, source: { ...r.source, url: '' } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['schema.too-small source.url']);
  });
});
