import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv, toSafeCsv } from '@/utils/export/csv';

describe('toCsv', () => {
  it('quotes only cells with a quote, comma, CR or LF, doubling quotes (RFC 4180)', () => {
    const csv = toCsv([
      ['plain', 'a,b', 'say "hi"', 'line\nbreak', 'cr\rhere', ''],
      ['Kiswahili: habari 🌍', ' spaced ', 'semi;colon', "it's"],
    ]);
    expect(csv).toBe('plain,"a,b","say ""hi""","line\nbreak","cr\rhere",\r\nKiswahili: habari 🌍, spaced ,semi;colon,it\'s');
  });

  it('writes CRLF by default, LF on request, and nothing after the last row', () => {
    expect(toCsv([['a'], ['b']])).toBe('a\r\nb');
    expect(toCsv([['a'], ['b']], { lineEnding: '\n' })).toBe('a\nb');
    expect(toCsv([])).toBe('');
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+254 700 000000', "'+254 700 000000"],
    ['-20% today', "'-20% today"],
    ['@mkakati', "'@mkakati"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
  ])('quotes %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each([['Habari'], [''], ['a=b'], [' =1'], ['2025-03-14 09:30'], ["'=already"], ['#kahawa']])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('is applied to every cell by toSafeCsv, before quoting', () => {
    expect(toSafeCsv([['=SUM(A1:A9)', '-1', 'ok'], ['@x', '=HYPERLINK("u","t")', '\rx']])).toBe(
      '\'=SUM(A1:A9),\'-1,ok\r\n\'@x,"\'=HYPERLINK(""u"",""t"")","\'\rx"',
    );
  });
});
