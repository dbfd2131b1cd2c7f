import { describe, expect, it } from 'vitest';
import { detectDebug, detectLocale, readArgs, requireOption } from '../../src/cli/args.js';
import { CliError } from '../../src/cli/errors.js';

const fail = (f: () => unknown): CliError => {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('did not fail');
};

describe('command-line arguments', () => {
  it('reads the common options and a verb\'s own, positionals in order', () => {
    const a = readArgs(['in.json', '--at', '2024-01-01', '--json', '--lang=en'], { at: { type: 'string' } }, 1);
    expect(a).toMatchObject({ positionals: ['in.json'], locale: 'en', json: true, help: false, debug: false });
    expect(a.values['at']).toBe('2024-01-01');
    expect(readArgs(['-h'], {}).help).toBe(true);
  });
  it('detects the language and --debug before anything is validated, stopping at --', () => {
    expect(detectLocale(['x', '--lang', 'en', '--bogus'])).toBe('en');
    expect(detectLocale(['--lang', 'de'])).toBe('vi');
    expect(detectLocale(['--', '--lang', 'en'])).toBe('vi');
    expect(detectDebug(['a', '--debug'])).toBe(true);
    expect(detectDebug(['--', '--debug'])).toBe(false);
  });
  it('refuses an unknown option, a missing value, a bad language, extra positionals, with exit 2 in both languages', () => {
    const unknown = fail(() => readArgs(['--csv'], {}));
    expect(unknown).toMatchObject({ code: 'cli.unknown-option', exitCode: 2, text: { en: 'unknown option: "--csv"', vi: 'tùy chọn không hợp lệ: "--csv"' } });
    expect(fail(() => readArgs(['--at'], { at: { type: 'string' } })).code).toBe('cli.option-value');
    expect(fail(() => readArgs(['--lang', 'de'], {})).text.en).toBe('--lang: the language "de" is not supported (choose vi or en)');
    expect(fail(() => readArgs(['a', 'b'], {}, 1)).text.en).toBe('unexpected argument: "b"');
    expect(fail(() => requireOption(readArgs([], { at: { type: 'string' } }), 'at')).text).toEqual({ vi: 'thiếu tùy chọn --at', en: 'missing option --at' });
  });
});
