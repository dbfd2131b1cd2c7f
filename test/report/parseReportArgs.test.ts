import { describe, expect, it } from 'vitest';
import { parseReportArgs, REPORT_USAGE } from '../../src/report/parseReportArgs.js';

describe('parseReportArgs', () => {
  it('defaults to Vietnamese text with automatic colour', () => {
    expect(parseReportArgs([])).toEqual({ kind: 'report', locale: 'vi', json: false, color: 'auto' });
  });
  it('reads --lang en, --lang=en, --json, --color and --no-color', () => {
    expect(parseReportArgs(['--lang', 'en'])).toEqual({ kind: 'report', locale: 'en', json: false, color: 'auto' });
    expect(parseReportArgs(['--lang=en', '--json'])).toEqual({ kind: 'report', locale: 'en', json: true, color: 'auto' });
    expect(parseReportArgs(['--color'])).toMatchObject({ color: true });
    expect(parseReportArgs(['--no-color'])).toMatchObject({ color: false });
  });
  it('gives help in the requested language', () => {
    expect(parseReportArgs(['--help'])).toEqual({ kind: 'help', locale: 'vi' });
    expect(parseReportArgs(['-h', '--lang', 'en'])).toEqual({ kind: 'help', locale: 'en' });
    expect(REPORT_USAGE.en).toContain('--lang vi|en');
  });
  it('refuses an unsupported language and unknown arguments, with the usage', () => {
    expect(parseReportArgs(['--lang', 'fr'])).toEqual({
      kind: 'error',
      locale: 'vi',
      message: `--lang: ngôn ngữ "fr" không được hỗ trợ (chọn vi hoặc en).\n\n${REPORT_USAGE.vi}`,
    });
    expect(parseReportArgs(['--lang'])).toMatchObject({ kind: 'error', message: expect.stringContaining('ngôn ngữ ""') });
    expect(parseReportArgs(['--lang', 'en', '--csv'])).toEqual({
      kind: 'error',
      locale: 'en',
      message: `Unknown argument: "--csv".\n\n${REPORT_USAGE.en}`,
    });
  });
});

describe('parseReportArgs: a missing language value', () => {
  it('says so in English after --lang en', () => {
    expect(parseReportArgs(['--lang', 'en', '--lang'])).toMatchObject({ kind: 'error', locale: 'en', message: expect.stringContaining('the language "" is not supported') });
  });
});
