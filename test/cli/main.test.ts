/**
 * The command's verbs run in-process (fast): answers against the sources' figures, exit codes, one-line
 * bilingual errors with exit 2 and nothing on stdout. The same behaviours are checked once more from the
 * installed tarball in test/package/cli.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport.js';
import { renderReport } from '../../src/report/renderReport.js';
import { SEED_REPORTS } from '../../src/index.js';
import { runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'khuyen-cong-cli-'));
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
// Seed 003: 13,877 + 49,49 = 63,367 tỷ, not the 63,335 tỷ stated.
const SUM_003 = { kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' };
const CHANGE_003 = { kind: 'change', current: '63,335 tỷ đồng', previous: '54,06 tỷ đồng', stated: 'tăng 17,16%' };
const QUAN = { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } };
const ELIGIBLE = { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'BUSINESS_HOUSEHOLD', location: { unitKind: 'XA' }, industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING' };

/** A usage or input error: exit 2, one line on stderr in both languages, nothing on stdout. */
function expectInputError(r: { code: number; out: string; err: string }, en: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/lỗi: .* \/ error: |error: .* \/ lỗi: /);
  expect(r.err).toMatch(en);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('khuyen-cong (in-process)', { timeout: 60_000 }, () => {
  it('without a verb prints the usage on stderr and exits 2; --help prints it on stdout', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Cách dùng: khuyen-cong LỆNH');
    expect((await runCli(['--help', '--lang', 'en'])).out).toContain('Usage: khuyen-cong VERB');
  });
  it('an unknown verb: exit 2 with the known verbs', async () => {
    expectInputError(await runCli(['frob']), /unknown verb: "frob" \(known: report, parse/);
  });
  it('every verb has --help with an example, in both languages', async () => {
    for (const verb of ['report', 'parse', 'check', 'audit', 'eligibility', 'support', 'province', 'restate', 'schema', 'validate', 'test', 'serve']) {
      const vi = await runCli([verb, '--help']);
      const en = await runCli([verb, '-h', '--lang', 'en']);
      expect(vi.code).toBe(0);
      expect(vi.out).toContain(`Cách dùng: khuyen-cong ${verb}`);
      expect(vi.out).toContain('Ví dụ:');
      expect(en.out).toContain(`Usage: khuyen-cong ${verb}`);
      expect(en.out).toMatch(/Example:\n {2}khuyen-cong |Example:\n {2}echo .*\| khuyen-cong /);
    }
  });

  it('report: the same text and JSON as the library\'s report', async () => {
    expect((await runCli(['report', '--lang', 'en'])).out).toBe(renderReport(buildReport(), { locale: 'en' }));
    expect(JSON.parse((await runCli(['report', '--json'])).out)).toEqual(plain(buildReport()));
  });
  it('report --input: the report on the user\'s reports (one or an array, file or stdin)', async () => {
    const one = SEED_REPORTS.filter((r) => r.id.startsWith('seed-003'));
    const r = await runCli(['report', '--input', '-', '--json'], JSON.stringify(one));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(plain(buildReport({ reports: one })));
    const f = file('r.json', JSON.stringify(one[0]));
    expect(JSON.parse((await runCli(['report', '--input', f, '--json'])).out)).toEqual(plain(buildReport({ reports: [one[0] as (typeof one)[number]] })));
  });
  it('report --input: a report that does not fit the schema is an input error with its path', async () => {
    expectInputError(await runCli(['report', '--input', '-'], JSON.stringify([{ id: 'x' }])), /0\.scope: /);
    expectInputError(await runCli(['report', '--input', join(dir, 'missing.json')]), /file not found: ".*missing\.json"/);
    expectInputError(await runCli(['report', '--input', '-'], '{"id":'), /stdin: invalid JSON/);
  });

  it('parse: value, unit, qualifier and interval of each figure (seed 003: 54,06 tỷ đồng)', async () => {
    const r = await runCli(['parse', '54,06 tỷ đồng', 'hơn 75 cơ sở', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '"54,06 tỷ đồng" | VND 54.06 billion | money (đồng) | value 54060000000 | interval [54055000000, 54065000000] | qualifiers: -',
        '"hơn 75 cơ sở" | more than 75 establishments | count, establishment | value 75 | interval (75, ∞) | qualifiers: more-than',
        '',
      ].join('\n'),
    );
    const j = JSON.parse((await runCli(['parse', '-', '--json'], 'tăng 17,16%\n\n')).out) as { value: string; direction: string }[];
    expect(j).toMatchObject([{ value: '0.1716', direction: 'increase' }]);
  });
  it('parse: an unreadable figure is exit 2, nothing on stdout', async () => {
    expectInputError(await runCli(['parse', '12 tỷ', 'abc']), /1: "abc" contains no number/);
    expectInputError(await runCli(['parse']), /missing the figures/);
  });

  it('check: seed 003\'s sum is inconsistent (exit 1), its change consistent (exit 0)', async () => {
    const bad = await runCli(['check', '-', '--lang', 'en'], JSON.stringify(SUM_003));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^\[INCONSISTENT\] VND 13\.877 billion \+ VND 49\.49 billion = VND 63\.367 billion/);
    const good = await runCli(['check', file('c.json', JSON.stringify([CHANGE_003])), '--json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.out)).toMatchObject([{ status: 'consistent' }]);
  });
  it('check: a malformed claim is an input error', async () => {
    expectInputError(await runCli(['check', '-'], JSON.stringify({ kind: 'nope' })), /error: /);
    expectInputError(await runCli(['check']), /missing the claims file/);
  });

  it('audit: the seed reports have the seed-003 finding (exit 1); a consistent report exits 0', async () => {
    const r = await runCli(['audit', '-', '--lang', 'en'], JSON.stringify(SEED_REPORTS));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[INCONSISTENT\] seed-003\/south-2014-plan: /);
    expect(r.out).toMatch(/\d+ figures checked, 1 inconsistent\.\n$/);
    const ok = await runCli(['audit', '-', '--json'], JSON.stringify(SEED_REPORTS.filter((x) => x.id.startsWith('seed-000'))));
    expect(ok.code).toBe(0);
  });
  it('audit: the plain text of an article goes through the text reader (auditText); the plan of seed 003 does not add up (exit 1)', async () => {
    // The team's sentences with the figures of seed 003 (13,877 + 49,49 = 63,367 tỷ, not 63,335).
    const text =
      'Năm 2013, kinh phí khuyến công của các tỉnh phía Nam đạt 54,06 tỷ đồng; trong đó kinh phí khuyến công quốc gia 7,73 tỷ đồng, kinh phí khuyến công địa phương 46,33 tỷ đồng. ' +
      'Kế hoạch năm 2014 tổng kinh phí là 63,335 tỷ đồng; trong đó khuyến công quốc gia 13,877 tỷ đồng và khuyến công địa phương 49,49 tỷ đồng.';
    const r = await runCli(['audit', '-', '--lang', 'en', '--at', '2014-05-29'], text);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[CONSISTENT\] “54,06 tỷ đồng”/);
    expect(r.out).toMatch(/\[INCONSISTENT\] “63,335 tỷ đồng” \(\d+–\d+\): VND 13\.877 billion \+ VND 49\.49 billion = VND 63\.367 billion/);
    expect(r.out).toMatch(/2 stated computations, 1 inconsistent\.\n$/);
    const ok = await runCli(['audit', '-', '--json', '--at', '2014-05-29'], text.slice(0, text.indexOf('Kế hoạch')));
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as { claims: { status: string }[] }).claims.map((c) => c.status)).toEqual(['consistent']);
  });

  it('report --data all covers the seed and the corpus reports; a bad --data is a usage error', async () => {
    const all = JSON.parse((await runCli(['report', '--data', 'all', '--json'])).out) as { sources: unknown[] };
    const seed = JSON.parse((await runCli(['report', '--data', 'seed', '--json'])).out) as { sources: unknown[] };
    expect(all.sources.length).toBeGreaterThan(seed.sources.length);
    expectInputError(await runCli(['report', '--data', 'nope']), /--data must be seed or all/);
    expectInputError(await runCli(['report', '--data', 'all', '--input', '-'], '[]'), /cannot be used together/);
  });

  it('eligibility: eligible 0, ineligible 1 (quận, Decree 45 Art. 1(2)(a)), needs review 3', async () => {
    const no = await runCli(['eligibility', '-', '--at', '2024-01-01', '--lang', 'en'], JSON.stringify(QUAN));
    expect(no.code).toBe(1);
    expect(no.out).toContain('**Result: NOT ELIGIBLE**');
    expect(no.out).toContain('Urban districts (quận) are not eligible places. — Decree 45/2012/ND-CP, Art. 1(2)(a)');
    const yes = await runCli(['eligibility', file('e.json', JSON.stringify(ELIGIBLE)), '--at', '2025-10-15', '--json']);
    expect(yes.code).toBe(0);
    expect(JSON.parse(yes.out)).toMatchObject({ outcome: 'eligible', trace: { regime: 'ND45-as-amended-ND235' } });
    const review = await runCli(['eligibility', '-', '--at', '2025-10-15'], JSON.stringify({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT' }));
    expect(review.code).toBe(3);
    expect(review.out).toContain('CẦN XEM XÉT THÊM');
  });
  it('eligibility: a bad date, a missing --at, bad JSON: exit 2', async () => {
    expectInputError(await runCli(['eligibility', '-', '--at', '2024-02-30'], JSON.stringify(QUAN)), /Invalid date "2024-02-30": expected a real calendar date/);
    expectInputError(await runCli(['eligibility', '-'], JSON.stringify(QUAN)), /missing option --at/);
    expectInputError(await runCli(['eligibility', '-', '--at', '2024-01-01'], '{'), /invalid JSON/);
  });

  it('support: TT 28/2018 Art. 8(2): 30% of 5 tỷ is 1,5 tỷ, above the 1 tỷ cap, so 1 tỷ', async () => {
    const r = await runCli(['support', '--item', 'DEMO_MODEL_NEW_TECH', '--cost', '5 tỷ', '--at', '2019-06-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('so the absolute cap binds: support of at most 1,000,000,000 đồng (Circular 28/2018/TT-BTC, Art. 8(2))');
    const j = JSON.parse((await runCli(['support', '--item', 'DEMO_MODEL_NEW_TECH', '--cost', '2000000000', '--at', '2019-06-01', '--json'])).out) as { ok: boolean; value: { support: number; binding: string } };
    expect(j).toMatchObject({ ok: true, value: { support: 600_000_000, binding: 'percent-cap' } });
    expectInputError(await runCli(['support', '--item', 'NOPE', '--cost', '1', '--at', '2019-06-01']), /error: item: /);
    expectInputError(await runCli(['support', '--item', 'DEMO_MODEL_NEW_TECH', '--cost', 'abc', '--at', '2019-06-01']), /the amount "abc" cannot be read/);
  });

  it('province: Bạc Liêu (95) in 2020, Cà Mau (96) today; a name not found is exit 2 with suggestions', async () => {
    const r = await runCli(['province', 'Bạc Liêu', '--at', '2020-01-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('Bạc Liêu: 95 Tỉnh Bạc Liêu (2008-08-01 – 2025-06-30) → today: 96 Tỉnh Cà Mau\n');
    const j = JSON.parse((await runCli(['province', '77', 'Hà Nội', '--at', '2022-12-31', '--json'])).out) as unknown[];
    expect(j).toMatchObject([{ code: '77', name: 'Tỉnh Bà Rịa - Vũng Tàu', today: { code: '79' } }, { code: '01' }]);
    expectInputError(await runCli(['province', 'Bạc Liêu', '--at', '2025-07-01', '--lang', 'en']), /Suggestions: 96 Tỉnh Cà Mau/);
    expectInputError(await runCli(['province', 'Bạc Liêu', '--at', '2025-13-01']), /error: /);
  });

  it('schema / validate: prints the shipped schemas; a valid file exits 0, an invalid one 1, an unknown name 2', async () => {
    expect((await runCli(['schema'])).out.split('\n')).toContain('programme-report');
    expect(JSON.parse((await runCli(['schema', 'programme-report'])).out)).toMatchObject({ title: 'ProgrammeReport', type: 'object' });
    const ok = await runCli(['validate', 'programme-report', '-'], JSON.stringify(SEED_REPORTS[0]));
    expect(ok).toMatchObject({ code: 0, out: 'hợp lệ theo programme-report\n' });
    const bad = await runCli(['validate', 'applicant', '-', '--lang', 'en'], JSON.stringify({ group: 'NOPE' }));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^invalid against applicant:\n- group: /);
    expectInputError(await runCli(['schema', 'nope']), /no schema "nope"/);
  });

  it('test: OpenFisca-style case files, pass/fail per case, exit 1 when one fails', async () => {
    const cases = [
      { name: 'quận 2024', kind: 'eligibility', at: '2024-01-01', input: QUAN, expected: { outcome: 'ineligible' } },
      { name: 'model cap', kind: 'support', at: '2019-06-01', input: { item: 'DEMO_MODEL_NEW_TECH', cost: 5_000_000_000 }, expected: { ok: true, support: 1_000_000_000, binding: 'absolute-cap' } },
      { name: 'seed 003 sum', kind: 'claim', input: SUM_003, expected: { status: 'inconsistent' } },
      { name: 'Bạc Liêu', kind: 'province', at: '2020-01-01', input: 'Bạc Liêu', expected: { code: '95', today: '96' } },
      { name: 'bad date', kind: 'eligibility', at: '2024-02-30', input: QUAN, expected: { error: 'date.invalid' } },
    ];
    const pass = await runCli(['test', file('cases.json', JSON.stringify({ cases })), '--lang', 'en']);
    expect(pass.err).toBe('');
    expect(pass.code).toBe(0);
    expect(pass.out).toBe('PASS quận 2024\nPASS model cap\nPASS seed 003 sum\nPASS Bạc Liêu\nPASS bad date\n5 passed, 0 failed\n');
    const wrong = [{ ...cases[0], expected: { outcome: 'eligible' } }];
    const fail = await runCli(['test', file('wrong.json', JSON.stringify(wrong)), '--lang', 'en']);
    expect(fail.code).toBe(1);
    expect(fail.out).toBe('FAIL quận 2024\n    outcome: expected "eligible", got "ineligible"\n0 passed, 1 failed\n');
    expectInputError(await runCli(['test', file('bad.json', '{"cases": 1}')]), /expected an array of cases/);
  });

  it('restate: a CSV onto the current map, with warnings for rows it cannot restate', async () => {
    const csv = 'tỉnh,năm,kinh phí\r\nBạc Liêu,2014-2018,6979000000\r\n"Bà Rịa – Vũng Tàu",2022,"1,42 tỷ"\r\nNarnia,2020,5\r\n';
    const r = await runCli(['restate', '-', '--lang', 'en'], csv);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'tỉnh,năm,kinh phí,mã tỉnh mới,tên tỉnh mới\r\nBạc Liêu,2014-2018,6979000000,96,Tỉnh Cà Mau\r\n"Bà Rịa – Vũng Tàu",2022,"1,42 tỷ",79,Thành phố Hồ Chí Minh\r\nNarnia,2020,5,,\r\n',
    );
    expect(r.err).toContain('warning: line 4: No province or municipality matches "Narnia".');
    expect(r.err).toContain('3 rows, 2 restated, 1 warnings');
  });
  it('restate --out: written atomically; a wrong header or a broken row leaves no file and exit 2', async () => {
    const out = join(dir, 'out.csv');
    const ok = await runCli(['restate', file('in.csv', 'province,year,amount\n95,2020,10\n'), '--out', out, '--lang', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('province,year,amount,new_code,new_name\r\n95,2020,10,96,Tỉnh Cà Mau\r\n');
    const header = await runCli(['restate', file('h.csv', 'a,b,c\n1,2,3\n'), '--out', join(dir, 'h-out.csv'), '--lang', 'en']);
    expectInputError(header, /wrong CSV header \("a", "b", "c"\)/);
    const broken = await runCli(['restate', file('broken.csv', `province,year,amount\n${'95,2020,1\n'.repeat(5000)}95,2020\n`), '--out', out, '--lang', 'en']);
    expectInputError(broken, /CSV line 5002: 2 fields, the header has 3/);
    // The earlier good file is untouched, and no temporary file is left behind.
    expect(readFileSync(out, 'utf8')).toBe('province,year,amount,new_code,new_name\r\n95,2020,10,96,Tỉnh Cà Mau\r\n');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(dir)).not.toContain('h-out.csv');
    expectInputError(await runCli(['restate', join(dir, 'none.csv')]), /file not found/);
    expectInputError(await runCli(['restate', '-', '--to', 'mars']), /--to: "mars" is not valid/);
  });
  it('restate: a progress line on stderr past 10 000 rows, only when stderr is a terminal', async () => {
    const csv = `province,year,amount\n${'95,2020,1\n'.repeat(10_001)}`;
    const tty = await runCli(['restate', '-', '--lang', 'en'], csv, { stderrIsTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.err).toContain('\r10,000 rows…');
    expect(tty.out.split('\r\n')).toHaveLength(10_003);
    expect((await runCli(['restate', '-'], csv)).err).toBe('');
  });
  it('restate --to legacy: unchanged units carry back, merged ones are refused with the reason', async () => {
    const r = await runCli(['restate', '-', '--to', 'legacy', '--lang', 'en'], 'province,year,amount\nLạng Sơn,2026,1\nCà Mau,2026,2\n');
    expect(r.out).toBe('province,year,amount,old_code,old_name\r\nLạng Sơn,2026,1,20,Tỉnh Lạng Sơn\r\nCà Mau,2026,2,,\r\n');
    expect(r.err).toContain('cannot be split among the old units (95 Bạc Liêu, 96 Cà Mau)');
  });

  it('--debug adds the stack of an unexpected error only; usage errors stay one line', async () => {
    const r = await runCli(['check', '--debug', join(dir, 'none.json')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').length).toBeGreaterThan(2);
    expect(r.err).toMatch(/\n\s+at /);
  });
});
