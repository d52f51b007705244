import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { dutchPublicHolidays, easterSunday } from './holidays.js';
import { WorkingDayCalendar } from './working-day-calendar.js';
import { amsterdamDate, endOfAmsterdamDay, startOfAmsterdamDay } from './amsterdam.js';

const calendar = new WorkingDayCalendar({ liberationDayIsHoliday: false });

describe('Dutch public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year).toString()).toBe(date);
  });

  it('lists 2026 with the dates of the calendar', () => {
    const holidays = dutchPublicHolidays(2026, { liberationDayIsHoliday: true });
    expect(Object.fromEntries(holidays.map((h) => [h.key, h.date]))).toEqual({
      NEW_YEARS_DAY: '2026-01-01',
      GOOD_FRIDAY: '2026-04-03',
      EASTER_SUNDAY: '2026-04-05',
      EASTER_MONDAY: '2026-04-06',
      KINGS_DAY: '2026-04-27',
      LIBERATION_DAY: '2026-05-05',
      ASCENSION_DAY: '2026-05-14',
      WHIT_SUNDAY: '2026-05-24',
      WHIT_MONDAY: '2026-05-25',
      CHRISTMAS_DAY: '2026-12-25',
      BOXING_DAY: '2026-12-26',
    });
  });

  it("moves King's Day to Saturday 26 April when the 27th is a Sunday (2025)", () => {
    const kingsDay = dutchPublicHolidays(2025, { liberationDayIsHoliday: false }).find((h) => h.key === 'KINGS_DAY');
    expect(kingsDay?.date).toBe('2025-04-26');
  });

  it('leaves Liberation Day out unless set', () => {
    expect(dutchPublicHolidays(2026, { liberationDayIsHoliday: false }).some((h) => h.key === 'LIBERATION_DAY')).toBe(false);
  });

  it('refuses years it does not know', () => {
    expect(() => dutchPublicHolidays(1850, { liberationDayIsHoliday: false })).toThrow(DomainError);
  });
});

describe('WorkingDayCalendar', () => {
  it('tells why a day is not a working day', () => {
    expect(calendar.nonWorkingReason('2026-04-27')).toMatchObject({ kind: 'holiday', label: "King's Day", labelNl: 'Koningsdag' });
    expect(calendar.nonWorkingReason('2026-04-25')).toMatchObject({ kind: 'weekend' });
    expect(calendar.nonWorkingReason('2026-04-28')).toBeNull();
  });

  it('adds zero working days as the same date', () => {
    expect(calendar.addWorkingDays('2026-04-25', 0)).toEqual({ date: '2026-04-25', skipped: [] });
  });

  it('counts working days between two dates, exclusive of the start and symmetric', () => {
    // Fri 24 Apr → Fri 1 May 2026: 28, 29, 30 Apr, 1 May (27th is King's Day).
    expect(calendar.workingDaysBetween('2026-04-24', '2026-05-01')).toBe(4);
    expect(calendar.workingDaysBetween('2026-05-01', '2026-04-24')).toBe(-4);
    expect(calendar.workingDaysBetween('2026-04-24', '2026-04-24')).toBe(0);
  });

  it('agrees with addWorkingDays', () => {
    for (const start of ['2026-04-24', '2026-12-23', '2027-05-05']) {
      for (let n = 0; n < 30; n++) expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n).date)).toBe(n);
    }
  });

  it('refuses malformed and impossible dates', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(DomainError);
    expect(() => calendar.isWorkingDay('24-04-2026')).toThrow(DomainError);
  });
});

describe('Amsterdam days', () => {
  it('maps instants to the Amsterdam calendar date', () => {
    expect(amsterdamDate('2026-04-24T23:30:00Z')).toBe('2026-04-25');
    expect(amsterdamDate('2026-01-15T22:59:59Z')).toBe('2026-01-15');
    expect(amsterdamDate('2026-01-15T23:00:00Z')).toBe('2026-01-16');
  });

  it('has 23-hour and 25-hour days at the DST switches', () => {
    const length = (date: string) => endOfAmsterdamDay(date).getTime() + 1 - startOfAmsterdamDay(date).getTime();
    expect(length('2026-03-29')).toBe(23 * 3_600_000);
    expect(length('2026-10-25')).toBe(25 * 3_600_000);
    expect(length('2026-06-01')).toBe(24 * 3_600_000);
  });
});
