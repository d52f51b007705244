import { describe, expect, it } from 'vitest';
import { formatOfFile } from './ImportRoute';

describe('the import format a file name suggests', () => {
  it('is JSON for .json in any case, CSV for everything else', () => {
    expect(formatOfFile('history.json')).toBe('JSON');
    expect(formatOfFile('HISTORY.JSON')).toBe('JSON');
    expect(formatOfFile('history.csv')).toBe('CSV');
    expect(formatOfFile('export.txt')).toBe('CSV');
  });
});
