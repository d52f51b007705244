import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    expect(
      toCsv(
        ['name', 'count'],
        [
          ['=SUM(A1:A9)', 3],
          ['Printing, "B"', null],
          ['-2+3', -2],
          ['@cmd', 0],
        ],
      ),
    ).toBe(`name,count\r\n'=SUM(A1:A9),3\r\n"Printing, ""B""",\r\n'-2+3,-2\r\n'@cmd,0\r\n`);
  });
});
