import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['Requirement', 'Status'],
        ['Fit notes', 'Met'],
      ]),
    ).toBe('\uFEFFRequirement,Status\r\nFit notes,Met\r\n');
  });

  it('quotes fields holding commas, quotes or line breaks, and doubles inner quotes', () => {
    expect(toCsv([['a, b', 'say "no"', 'two\nlines', 'plain']])).toBe(
      '\uFEFF"a, b","say ""no""","two\nlines",plain\r\n',
    );
  });

  it('writes numbers as they are and leaves missing cells empty', () => {
    expect(toCsv([[24, undefined, '']])).toBe('\uFEFF24,,\r\n');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula (OWASP)', () => {
    const cells = [
      '=HYPERLINK("https://x.example","Click")',
      '+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
      'a=b',
    ];
    expect(toCsv([cells])).toBe(
      '\uFEFF"\'=HYPERLINK(""https://x.example"",""Click"")",\'+1,\'-2+3,\'@SUM(A1),\'\tx,"\'\rx",a=b\r\n',
    );
  });

  it('leaves numbers, negative ones included, as numbers', () => {
    expect(toCsv([[-5, 3.5]])).toBe('\uFEFF-5,3.5\r\n');
  });
});
