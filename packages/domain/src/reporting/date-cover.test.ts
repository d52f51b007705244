import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../calendar/plain-date.js';
import { DomainError } from '../errors.js';
import { coverPeriod, type CoverSegment } from './date-cover.js';

/** Every day a cover stands for, counting a week or month segment as all of its days. */
function daysOf(segments: CoverSegment[]): string[] {
  const days: string[] = [];
  for (const s of segments) for (let d = s.from; d < s.until; d = addDays(d, 1)) days.push(d);
  return days;
}

describe('covering a period with months, weeks and days', () => {
  it('a calendar year from 1 January is twelve months and nothing else', () => {
    expect(coverPeriod('2026-01-01', '2027-01-01')).toEqual([
      { grain: 'month', from: '2026-01-01', until: '2027-01-01' },
    ]);
  });

  it('2 December 2025 up to and including 1 December 2026: the rest of December in days and weeks, eleven months, then one day', () => {
    expect(coverPeriod('2025-12-02', '2026-12-02')).toEqual([
      { grain: 'day', from: '2025-12-02', until: '2025-12-08' }, // Tuesday to Sunday
      { grain: 'week', from: '2025-12-08', until: '2025-12-29' }, // three whole weeks
      { grain: 'day', from: '2025-12-29', until: '2026-01-01' }, // Monday 29 to Wednesday 31: the week crosses into January
      { grain: 'month', from: '2026-01-01', until: '2026-12-01' },
      { grain: 'day', from: '2026-12-01', until: '2026-12-02' },
    ]);
  });

  it('never lets a week cross a month boundary unless months are off (week buckets)', () => {
    // Monday 26 January to Sunday 8 February 2026.
    expect(coverPeriod('2026-01-26', '2026-02-09')).toEqual([
      { grain: 'day', from: '2026-01-26', until: '2026-02-01' },
      { grain: 'day', from: '2026-02-01', until: '2026-02-02' },
      { grain: 'week', from: '2026-02-02', until: '2026-02-09' },
    ]);
    expect(coverPeriod('2026-01-26', '2026-02-09', { months: false })).toEqual([
      { grain: 'week', from: '2026-01-26', until: '2026-02-09' },
    ]);
  });

  it('covers every day exactly once, for any start and end (leap February included), and aligns each grain', () => {
    const starts = ['2023-12-31', '2024-01-01', '2024-02-29', '2024-03-01', '2025-06-17'];
    for (const months of [true, false]) {
      for (const from of starts) {
        for (const length of [0, 1, 6, 7, 13, 27, 28, 29, 31, 59, 200, 366, 800]) {
          const until = addDays(from, length);
          const segments = coverPeriod(from, until, { months });
          const days = daysOf(segments);
          expect(days).toHaveLength(length);
          expect(new Set(days).size).toBe(length);
          if (length > 0) expect([days[0], days.at(-1)]).toEqual([from, addDays(until, -1)]);
          for (const s of segments) {
            if (s.grain === 'week') expect([isoWeekday(s.from), isoWeekday(s.until)]).toEqual([1, 1]);
            if (s.grain === 'month') expect([s.from.slice(8), s.until.slice(8)]).toEqual(['01', '01']);
            if (s.grain === 'week' && months) expect(s.from.slice(0, 7)).toBe(addDays(s.until, -1).slice(0, 7));
          }
          if (!months) expect(segments.some((s) => s.grain === 'month')).toBe(false);
        }
      }
    }
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => coverPeriod('2026-02-10', '2026-02-09')).toThrow(DomainError);
  });
});
