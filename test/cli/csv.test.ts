import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, CsvSyntaxError, csvField, csvLine, readCsv } from '../../src/cli/csv.js';

const fields = (text: string) => readCsv(text).map((r) => r.fields);

describe('CSV reader (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and a last record without a break', () => {
    expect(fields('a,b\r\n"x,1","he said ""hi"""\n"two\r\nlines",\n3,4')).toEqual([
      ['a', 'b'],
      ['x,1', 'he said "hi"'],
      ['two\r\nlines', ''],
      ['3', '4'],
    ]);
  });
  it('numbers records by the line they start on, skipping blank lines', () => {
    expect(readCsv('h\n\n"a\nb"\nc\n').map((r) => r.line)).toEqual([1, 3, 5]);
  });
  it('keeps empty fields and spaces as written', () => {
    expect(fields(',, a ,\n')).toEqual([['', '', ' a ', '']]);
    expect(fields('""\n')).toEqual([['']]);
  });
  it.each([
    ['a,b"c\n', 1, 'a quote inside an unquoted field'],
    ['"a"b\n', 1, 'text after a closing quote'],
    ['x\n"open', 2, 'unterminated quoted field'],
    ['a\rb\n', 1, 'a CR not followed by LF'],
    ['a\r', 1, 'a CR not followed by LF'],
  ])('refuses %j at line %i: %s', (text, line, en) => {
    let err: unknown;
    try {
      readCsv(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect((err as CsvSyntaxError).line).toBe(line);
    expect((err as CsvSyntaxError).en).toBe(en);
    expect((err as CsvSyntaxError).vi).toMatch(/\S/);
  });
  it('refuses a record longer than the cap instead of buffering without bound', () => {
    const r = new CsvReader({ maxRecordChars: 100 });
    expect(() => r.push(`"${'x'.repeat(200)}`)).toThrow(/longer than 100/);
  });
  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'tỉnh,năm,kinh phí\r\n"Bạc Liêu",2020,"1,42 tỷ"\r\nx,"y\r\n""z""",3\r\n';
    for (let k = 1; k < text.length; k += 1) {
      const r = new CsvReader();
      expect([...r.push(text.slice(0, k)), ...r.push(text.slice(k)), ...r.end()]).toEqual(readCsv(text));
    }
  });
});

describe('CSV writer', () => {
  it('quotes only when needed and ends records with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['Bạc Liêu', '1,42 tỷ', ''])).toBe('Bạc Liêu,"1,42 tỷ",\r\n');
  });
  it('round trip: what the writer writes, the reader reads back, in any chunks (property)', () => {
    const record = fc.array(fc.string({ unit: fc.constantFrom('a', 'ế', ',', '"', '\r', '\n', ' ', '1') }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 8 }), fc.nat(), (records, cut) => {
        const text = records.map(csvLine).join('');
        const r = new CsvReader();
        const k = cut % (text.length + 1);
        const back = [...r.push(text.slice(0, k)), ...r.push(text.slice(k)), ...r.end()].map((x) => x.fields);
        expect(back).toEqual(records);
      }),
    );
  });
});
