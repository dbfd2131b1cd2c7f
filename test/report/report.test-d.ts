import { describe, expectTypeOf, it } from 'vitest';
import type { SupportBinding } from '../../src/index.js';
import { buildReport, parseReportArgs, renderReport, type Report } from '../../src/report/index.js';

describe('report types', () => {
  it('the report is typed by its JSON shape', () => {
    expectTypeOf(buildReport()).toEqualTypeOf<Report>();
    expectTypeOf<Report['schema']>().toEqualTypeOf<'khuyen-cong/report@1'>();
    expectTypeOf<Report['support'][number]['binding']>().toEqualTypeOf<SupportBinding>();
    expectTypeOf<Report['audit']['counts']['inconsistent']>().toEqualTypeOf<number>();
  });
  it('renderReport speaks only the supported languages', () => {
    expectTypeOf(renderReport(buildReport(), { locale: 'en' })).toEqualTypeOf<string>();
    // @ts-expect-error: French is not a locale of the library
    renderReport(buildReport(), { locale: 'fr' });
  });
  it('a parsed command is narrowed by its kind', () => {
    const c = parseReportArgs([]);
    if (c.kind === 'report') expectTypeOf(c.json).toEqualTypeOf<boolean>();
    // @ts-expect-error: only an error has a message
    if (c.kind === 'help') void c.message;
  });
});
