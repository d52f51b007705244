import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const calendar = new WorkingDayCalendar({ liberationDayIsHoliday: false });

describe('WorkingDayCalendar: why a day is off', () => {
  it("Monday 27 April 2026 is King's Day; Saturday the 25th is weekend; Tuesday the 28th is a working day", () => {
    expect(calendar.nonWorkingReason('2026-04-27')).toEqual({
      kind: 'holiday',
      label: "King's Day",
      labelNl: 'Koningsdag',
    });
    expect(calendar.nonWorkingReason('2026-04-25')).toEqual({ kind: 'weekend', label: 'weekend', labelNl: 'weekend' });
    expect(calendar.nonWorkingReason('2026-04-28')).toBeNull();
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('Good Friday 3 April, Easter Monday 6 April, Ascension 14 May and Whit Monday 25 May 2026 are off', () => {
    expect(
      ['2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25'].map((d) => calendar.nonWorkingReason(d)?.label),
    ).toEqual(['Good Friday', 'Easter Monday', 'Ascension Day', 'Whit Monday']);
  });

  it("a holiday on a weekend day (King's Day on Saturday 26 April 2025) is reported as weekend", () => {
    expect(calendar.nonWorkingReason('2025-04-26')?.kind).toBe('weekend');
    expect(calendar.isWorkingDay('2025-04-28')).toBe(true);
  });

  it('Liberation Day (Tuesday 5 May 2026) is a working day unless the setting says otherwise', () => {
    expect(calendar.isWorkingDay('2026-05-05')).toBe(true);
    const off = new WorkingDayCalendar({ liberationDayIsHoliday: true });
    expect(off.nonWorkingReason('2026-05-05')).toEqual({
      kind: 'holiday',
      label: 'Liberation Day',
      labelNl: 'Bevrijdingsdag',
    });
  });

  it('closure days entered by an administrator are off, with their name', () => {
    const withBridgeDay = new WorkingDayCalendar({
      liberationDayIsHoliday: false,
      closureDays: [{ date: '2026-05-15', name: 'Brugdag' }],
    });
    expect(withBridgeDay.nonWorkingReason('2026-05-15')).toEqual({
      kind: 'closure',
      label: 'Brugdag',
      labelNl: 'Brugdag',
    });
    expect(calendar.isWorkingDay('2026-05-15')).toBe(true);
  });

  it('lists the holidays of a year under its settings', () => {
    expect(calendar.holidays(2026).map((h) => h.key)).not.toContain('LIBERATION_DAY');
    expect(new WorkingDayCalendar({ liberationDayIsHoliday: true }).holidays(2026).map((h) => h.key)).toContain(
      'LIBERATION_DAY',
    );
  });

  it('lists the closure days of a year in date order', () => {
    const withClosures = new WorkingDayCalendar({
      liberationDayIsHoliday: false,
      closureDays: [
        { date: '2027-01-02', name: 'Inventory' },
        { date: '2026-12-24', name: 'Christmas Eve' },
        { date: '2026-05-15', name: 'Brugdag' },
      ],
    });
    expect(withClosures.closureDays(2026)).toEqual([
      { date: '2026-05-15', name: 'Brugdag' },
      { date: '2026-12-24', name: 'Christmas Eve' },
    ]);
    expect(withClosures.closureDays(2025)).toEqual([]);
  });

  it('refuses malformed and impossible dates, and closure days with them', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(DomainError);
    expect(() => calendar.isWorkingDay('24-04-2026')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(
      () => new WorkingDayCalendar({ liberationDayIsHoliday: false, closureDays: [{ date: '2026-13-01', name: 'x' }] }),
    ).toThrow(DomainError);
  });
});

describe('WorkingDayCalendar: counting', () => {
  it("from Friday 24 April 2026, the 1st working day is Tuesday the 28th (weekend, then King's Day)", () => {
    expect(calendar.addWorkingDays('2026-04-24', 1)).toEqual({
      date: '2026-04-28',
      skipped: [
        { date: '2026-04-25', kind: 'weekend', label: 'weekend', labelNl: 'weekend' },
        { date: '2026-04-26', kind: 'weekend', label: 'weekend', labelNl: 'weekend' },
        { date: '2026-04-27', kind: 'holiday', label: "King's Day", labelNl: 'Koningsdag' },
      ],
    });
  });

  it('zero working days is the date itself, even on a Saturday', () => {
    expect(calendar.addWorkingDays('2026-04-25', 0)).toEqual({ date: '2026-04-25', skipped: [] });
  });

  it('refuses negative and fractional counts with INVALID_INPUT', () => {
    expect(() => calendar.addWorkingDays('2026-04-24', -1)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => calendar.addWorkingDays('2026-04-24', 1.5)).toThrow(DomainError);
  });

  it('working days between two dates exclude the start, include the end, and are symmetric', () => {
    // Fri 24 Apr → Fri 1 May 2026: 28, 29, 30 Apr and 1 May (the 27th is King's Day).
    expect(calendar.workingDaysBetween('2026-04-24', '2026-05-01')).toBe(4);
    expect(calendar.workingDaysBetween('2026-05-01', '2026-04-24')).toBe(-4);
    expect(calendar.workingDaysBetween('2026-04-24', '2026-04-24')).toBe(0);
    // Saturday → Sunday: no working day in between, either way round.
    expect(calendar.workingDaysBetween('2026-04-25', '2026-04-26')).toBe(0);
    expect(calendar.workingDaysBetween('2026-04-26', '2026-04-25')).toBe(0);
    // Wed 23 Dec 2026 → Mon 4 Jan 2027: 24, 28, 29, 30, 31 Dec and 4 Jan.
    expect(calendar.workingDaysBetween('2026-12-23', '2027-01-04')).toBe(6);
    expect(calendar.workingDaysBetween('2027-01-04', '2026-12-23')).toBe(-6);
  });

  it('agrees with addWorkingDays: the Nth working day after d is N working days after d', () => {
    for (const start of ['2026-04-24', '2026-04-25', '2026-12-23', '2027-05-05', '2025-04-25']) {
      for (let n = 0; n < 40; n++)
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n).date)).toBe(n);
    }
  });

  it('2026 has 261 weekdays less 7 weekday holidays = 254 working days', () => {
    // Weekday holidays 2026: 1 Jan, 3 Apr, 6 Apr, 27 Apr, 14 May, 25 May, 25 Dec (Boxing Day is a Saturday).
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(254);
  });
});
