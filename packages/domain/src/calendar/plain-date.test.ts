import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { addDays, fromEpochDay, isoWeekday, toEpochDay, toPlainDate, weekdayOfEpochDay } from './plain-date.js';

describe('plain dates', () => {
  it('agrees with Temporal and with UTC Date arithmetic on every day from 1899 to 2201', () => {
    expect(toEpochDay('1899-01-01')).toBe(Temporal.PlainDate.from('1899-01-01').since('1970-01-01').days);
    const MS_PER_DAY = 86_400_000;
    for (let epochDay = toEpochDay('1899-01-01'); epochDay <= toEpochDay('2201-12-31'); epochDay++) {
      // Date in UTC is a fine oracle here: no zone, no DST, proleptic Gregorian like ours.
      const oracle = new Date(epochDay * MS_PER_DAY);
      const iso = oracle.toISOString().slice(0, 10);
      if (fromEpochDay(epochDay) !== iso) expect(fromEpochDay(epochDay)).toBe(iso);
      if (toEpochDay(iso) !== epochDay) expect(toEpochDay(iso)).toBe(epochDay);
      if (weekdayOfEpochDay(epochDay) !== (oracle.getUTCDay() || 7))
        expect(weekdayOfEpochDay(epochDay)).toBe(oracle.getUTCDay() || 7);
    }
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekday('2026-04-27')).toBe(1);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '24-04-2026', '2026-4-1', ''])(
    'refuses %j with INVALID_DATE',
    (bad) => {
      expect(() => toEpochDay(bad)).toThrow(DomainError);
      expect(() => toPlainDate(bad)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    },
  );
});
