import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/plain-date.js';
import { DomainError } from '../errors.js';
import { coverWithMonths, type CoverSegment } from './date-cover.js';

/** Every day a cover stands for, counting a month segment as all of its days. */
function daysOf(segments: CoverSegment[]): string[] {
  const days: string[] = [];
  for (const s of segments) for (let d = s.from; d < s.until; d = addDays(d, 1)) days.push(d);
  return days;
}

describe('covering a period with months and edge days', () => {
  it('a calendar year from 1 January is twelve months and no day rows', () => {
    expect(coverWithMonths('2026-01-01', '2027-01-01')).toEqual([{ grain: 'month', from: '2026-01-01', until: '2027-01-01' }]);
  });

  it('2 December 2025 up to and including 1 December 2026: the rest of December in days, eleven months, then one day', () => {
    expect(coverWithMonths('2025-12-02', '2026-12-02')).toEqual([
      { grain: 'day', from: '2025-12-02', until: '2026-01-01' },
      { grain: 'month', from: '2026-01-01', until: '2026-12-01' },
      { grain: 'day', from: '2026-12-01', until: '2026-12-02' },
    ]);
  });

  it('a stretch inside one month, or spanning no whole month, is all days', () => {
    expect(coverWithMonths('2026-02-10', '2026-02-20')).toEqual([{ grain: 'day', from: '2026-02-10', until: '2026-02-20' }]);
    expect(coverWithMonths('2026-01-15', '2026-02-15')).toEqual([{ grain: 'day', from: '2026-01-15', until: '2026-02-15' }]);
  });

  it('week buckets (months: false) are covered by days only', () => {
    expect(coverWithMonths('2026-01-01', '2026-04-01', { months: false })).toEqual([{ grain: 'day', from: '2026-01-01', until: '2026-04-01' }]);
  });

  it('covers every day exactly once, for any start and end (leap February included)', () => {
    const starts = ['2023-12-31', '2024-01-01', '2024-02-29', '2024-03-01', '2025-06-17'];
    for (const from of starts) {
      for (const length of [0, 1, 27, 28, 29, 31, 59, 200, 366, 800]) {
        const until = addDays(from, length);
        const days = daysOf(coverWithMonths(from, until));
        expect(days).toHaveLength(length);
        expect(new Set(days).size).toBe(length);
        if (length > 0) expect([days[0], days.at(-1)]).toEqual([from, addDays(until, -1)]);
      }
    }
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => coverWithMonths('2026-02-10', '2026-02-09')).toThrow(DomainError);
  });
});
