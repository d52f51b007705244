import { describe, expect, it } from 'vitest';
import { bucketStart, bucketStarts } from './buckets.js';

describe('trend buckets', () => {
  it('a week starts on Monday: Sunday 3 January 2027 is in the week of Monday 28 December 2026', () => {
    expect(bucketStart('2027-01-03', 'WEEK')).toBe('2026-12-28');
    expect(bucketStart('2026-12-28', 'WEEK')).toBe('2026-12-28');
  });

  it('months, quarters and years start on their first day', () => {
    expect(bucketStart('2026-08-31', 'MONTH')).toBe('2026-08-01');
    expect(bucketStart('2026-08-31', 'QUARTER')).toBe('2026-07-01');
    expect(bucketStart('2026-03-31', 'QUARTER')).toBe('2026-01-01');
    expect(bucketStart('2026-12-31', 'YEAR')).toBe('2026-01-01');
  });

  it('lists every bucket from the one holding the first day to the one holding the last', () => {
    expect(bucketStarts('2026-01-15', '2026-04-02', 'MONTH')).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
    expect(bucketStarts('2025-11-30', '2026-02-01', 'QUARTER')).toEqual(['2025-10-01', '2026-01-01']);
    expect(bucketStarts('2026-12-24', '2027-01-06', 'WEEK')).toEqual(['2026-12-21', '2026-12-28', '2027-01-04']);
    expect(bucketStarts('2024-02-29', '2026-01-01', 'YEAR')).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
    expect(bucketStarts('2026-05-05', '2026-05-05', 'MONTH')).toEqual(['2026-05-01']);
  });
});
