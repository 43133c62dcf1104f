/** The shared CSV reader and writers: quoting, line breaks inside quotes, line numbers, BOM, CRLF, plain numbers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecords, csvRecordsWithLines, plainNumber } from '../../shared/format/csv';

describe('csvRecordsWithLines', () => {
  it('keeps commas and doubled quotes inside quoted fields, and trims fields', () => {
    expect(csvRecords('a, "b, c" ,"d ""e"""\n')).toEqual([['a', 'b, c', 'd "e"']]);
  });

  it('gives each record the physical line it starts on, counting line breaks inside quotes', () => {
    const text = 'id,name\nh1,"two\nlines"\nh2,"three\r\nline\rbreaks"\nh3,plain';
    expect(csvRecordsWithLines(text)).toEqual([
      { line: 1, fields: ['id', 'name'] },
      { line: 2, fields: ['h1', 'two\nlines'] },
      { line: 4, fields: ['h2', 'three\r\nline\rbreaks'] },
      { line: 7, fields: ['h3', 'plain'] },
    ]);
  });

  it('skips blank and all-empty records but still counts their lines', () => {
    expect(csvRecordsWithLines('id\n\n,,\na\r\n\r\nb\r\n').map((record) => [record.line, record.fields[0]])).toEqual([
      [1, 'id'],
      [4, 'a'],
      [6, 'b'],
    ]);
  });

  it('reads CRLF and lone CR line ends like LF', () => {
    expect(csvRecordsWithLines('a,b\r\nc,d\re,f')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
    ]);
  });

  it('skips a byte-order mark, even before a quoted first field', () => {
    expect(csvRecords('\uFEFF"id",name\nx,y')).toEqual([
      ['id', 'name'],
      ['x', 'y'],
    ]);
  });

  it('reads an empty text as no records', () => {
    expect(csvRecords('')).toEqual([]);
    expect(csvRecords('\n\r\n')).toEqual([]);
  });
});

describe('csvCell', () => {
  it('writes numbers plainly, at full precision', () => {
    expect(csvCell(1234567.891011)).toBe('1234567.891011');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('quotes text with commas, quotes or line breaks', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const text of ['+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(text)).toBe(`'${text}`);
    expect(csvCell(-1)).toBe('-1');
  });

  it('round-trips through the reader', () => {
    const cells = ['plain', 'a, b', 'say "hi"', 'two\nlines'];
    expect(csvRecords(cells.map(csvCell).join(','))).toEqual([cells]);
  });
});

describe('plainNumber', () => {
  it('writes exponents out as plain decimals', () => {
    expect(plainNumber(5e-7)).toBe('0.0000005');
    expect(plainNumber(1.2345e-10)).toBe('0.00000000012345');
    expect(plainNumber(-2.5e-8)).toBe('-0.000000025');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e22)).toBe('15000000000000000000000');
    expect(plainNumber(123456.789)).toBe('123456.789');
    expect(plainNumber(0)).toBe('0');
  });

  it('reads back as the same number, never with an exponent, for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainNumber(value);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });
});
