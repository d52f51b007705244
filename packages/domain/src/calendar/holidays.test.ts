import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { dutchPublicHolidays, easterSunday } from './holidays.js';

const withoutLiberationDay = { liberationDayIsHoliday: false };
const datesByKey = (year: number, liberationDayIsHoliday = false) =>
  Object.fromEntries(dutchPublicHolidays(year, { liberationDayIsHoliday }).map((h) => [h.key, h.date]));

describe('Easter Sunday (anonymous Gregorian algorithm)', () => {
  // Known dates, cross-checked with python-dateutil's easter().
  it.each([
    [1900, '1900-04-15'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2200, '2200-04-06'],
  ])('in %i is %s', (year, date) => {
    expect(easterSunday(year).toString()).toBe(date);
    expect(easterSunday(year).dayOfWeek).toBe(7);
  });
});

describe('Dutch public holidays', () => {
  it('2026, with Liberation Day set as a day off', () => {
    expect(datesByKey(2026, true)).toEqual({
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

  it.each([
    [2024, '2024-03-29', '2024-04-01', '2024-04-27', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-18', '2025-04-21', '2025-04-26', '2025-05-29', '2025-06-09'],
    [2027, '2027-03-26', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-17'],
    [2038, '2038-04-23', '2038-04-26', '2038-04-27', '2038-06-03', '2038-06-14'],
  ])(
    '%i: Good Friday %s, Easter Monday %s, King’s Day %s, Ascension %s, Whit Monday %s',
    (year, goodFriday, easterMonday, kingsDay, ascension, whitMonday) => {
      expect(datesByKey(year)).toMatchObject({
        NEW_YEARS_DAY: `${year}-01-01`,
        GOOD_FRIDAY: goodFriday,
        EASTER_MONDAY: easterMonday,
        KINGS_DAY: kingsDay,
        ASCENSION_DAY: ascension,
        WHIT_MONDAY: whitMonday,
        CHRISTMAS_DAY: `${year}-12-25`,
        BOXING_DAY: `${year}-12-26`,
      });
    },
  );

  it("2025: 27 April is a Sunday, so King's Day is Saturday 26 April", () => {
    const kingsDay = dutchPublicHolidays(2025, withoutLiberationDay).find((h) => h.key === 'KINGS_DAY');
    expect(kingsDay).toEqual({ date: '2025-04-26', key: 'KINGS_DAY', nameEn: "King's Day", nameNl: 'Koningsdag' });
  });

  it('leaves Liberation Day out unless the setting makes it a day off', () => {
    expect(datesByKey(2026).LIBERATION_DAY).toBeUndefined();
    expect(datesByKey(2030, true).LIBERATION_DAY).toBe('2030-05-05');
  });

  it('lists holidays in date order', () => {
    const dates = dutchPublicHolidays(2026, { liberationDayIsHoliday: true }).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });

  it.each([1899, 2201, 2026.5, Number.NaN])('refuses year %s with INVALID_DATE', (year) => {
    expect(() => dutchPublicHolidays(year, withoutLiberationDay)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => dutchPublicHolidays(year, withoutLiberationDay)).toThrow(DomainError);
  });
});
