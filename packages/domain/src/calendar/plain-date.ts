import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../errors.js';

/** A calendar date as `YYYY-MM-DD`: no time, no zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` strictly (no rollover: 2026-02-30 is refused).
 * @throws DomainError INVALID_DATE when the text is not a real calendar date.
 */
export function toPlainDate(date: IsoDate): Temporal.PlainDate {
  if (!ISO_DATE.test(date))
    throw new DomainError('INVALID_DATE', 'A date must be written as YYYY-MM-DD.', { field: 'date' });
  try {
    return Temporal.PlainDate.from(date, { overflow: 'reject' });
  } catch {
    throw new DomainError('INVALID_DATE', 'That date does not exist.', { field: 'date' });
  }
}

/** Adds calendar days (not working days) to a date; negative `days` go back. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(date: IsoDate): number {
  return weekdayOfEpochDay(toEpochDay(date));
}

// The working-day loops run over millions of days when a report recomputes deadlines, so they work
// on plain integers (days since 1970-01-01) instead of Temporal objects, which are correct but slow
// in the polyfill. The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`
// (proleptic Gregorian), checked against Temporal in plain-date.test.ts.

/**
 * Days since 1970-01-01 of an ISO date, validated as strictly as `toPlainDate`.
 * @throws DomainError INVALID_DATE when the text is not a real calendar date.
 */
export function toEpochDay(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new DomainError('INVALID_DATE', 'A date must be written as YYYY-MM-DD.', { field: 'date' });
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DomainError('INVALID_DATE', 'That date does not exist.', { field: 'date' });
  }
  return epochDayOf(year, month, day);
}

/** The ISO date of a day number (days since 1970-01-01). */
export function fromEpochDay(epochDay: number): IsoDate {
  const { year, month, day } = civilOf(epochDay);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 1 = Monday … 7 = Sunday for a day number; 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(epochDay: number): number {
  return mod(epochDay + 3, 7) + 1;
}

/** The calendar year a day number falls in. */
export function yearOfEpochDay(epochDay: number): number {
  return civilOf(epochDay).year;
}

function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const mod = (a: number, n: number): number => ((a % n) + n) % n;
