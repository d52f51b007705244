import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../errors.js';
import type { IsoDate } from './plain-date.js';

export type HolidayKey =
  | 'NEW_YEARS_DAY'
  | 'GOOD_FRIDAY'
  | 'EASTER_SUNDAY'
  | 'EASTER_MONDAY'
  | 'KINGS_DAY'
  | 'LIBERATION_DAY'
  | 'ASCENSION_DAY'
  | 'WHIT_SUNDAY'
  | 'WHIT_MONDAY'
  | 'CHRISTMAS_DAY'
  | 'BOXING_DAY';

export interface Holiday {
  date: IsoDate;
  key: HolidayKey;
  nameEn: string;
  nameNl: string;
}

export interface HolidayOptions {
  /** Whether 5 May is a day off: it differs per employer and year (PROCEDURE.md). */
  liberationDayIsHoliday: boolean;
}

export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 2200;

/**
 * Easter Sunday of a Gregorian year: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * Valid for every Gregorian year; we check 1900–2200.
 */
export function easterSunday(year: number): Temporal.PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Temporal.PlainDate.from({ year, month, day });
}

/**
 * The Dutch public holidays of a year, in date order. King's Day is 27 April, or 26 April when the
 * 27th is a Sunday (e.g. 2025). Easter Sunday and Whit Sunday are listed for completeness; they are
 * Sundays and so never working days anyway.
 */
export function dutchPublicHolidays(year: number, options: HolidayOptions): Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new DomainError(
      'INVALID_DATE',
      `Holidays are known for the years ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}.`,
      { year },
    );
  }
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => Temporal.PlainDate.from({ year, month, day });
  const kingsDay = fixed(4, 27).dayOfWeek === 7 ? fixed(4, 26) : fixed(4, 27);
  const holidays: Array<[Temporal.PlainDate, HolidayKey, string, string]> = [
    [fixed(1, 1), 'NEW_YEARS_DAY', "New Year's Day", 'Nieuwjaarsdag'],
    [easter.subtract({ days: 2 }), 'GOOD_FRIDAY', 'Good Friday', 'Goede Vrijdag'],
    [easter, 'EASTER_SUNDAY', 'Easter Sunday', 'Eerste paasdag'],
    [easter.add({ days: 1 }), 'EASTER_MONDAY', 'Easter Monday', 'Tweede paasdag'],
    [kingsDay, 'KINGS_DAY', "King's Day", 'Koningsdag'],
    [easter.add({ days: 39 }), 'ASCENSION_DAY', 'Ascension Day', 'Hemelvaartsdag'],
    [easter.add({ days: 49 }), 'WHIT_SUNDAY', 'Whit Sunday', 'Eerste pinksterdag'],
    [easter.add({ days: 50 }), 'WHIT_MONDAY', 'Whit Monday', 'Tweede pinksterdag'],
    [fixed(12, 25), 'CHRISTMAS_DAY', 'Christmas Day', 'Eerste kerstdag'],
    [fixed(12, 26), 'BOXING_DAY', 'Boxing Day', 'Tweede kerstdag'],
  ];
  if (options.liberationDayIsHoliday)
    holidays.push([fixed(5, 5), 'LIBERATION_DAY', 'Liberation Day', 'Bevrijdingsdag']);
  return holidays
    .map(([date, key, nameEn, nameNl]) => ({ date: date.toString(), key, nameEn, nameNl }))
    .sort((x, y) => x.date.localeCompare(y.date));
}
