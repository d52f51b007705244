import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../errors.js';

/** A calendar date as `YYYY-MM-DD`: no time, no zone. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `YYYY-MM-DD` strictly (no rollover: 2026-02-30 is refused). */
export function toPlainDate(date: IsoDate): Temporal.PlainDate {
  if (!ISO_DATE.test(date)) throw new DomainError('INVALID_DATE', 'A date must be written as YYYY-MM-DD.', { field: 'date' });
  try {
    return Temporal.PlainDate.from(date, { overflow: 'reject' });
  } catch {
    throw new DomainError('INVALID_DATE', 'That date does not exist.', { field: 'date' });
  }
}

/** Adds calendar days (not working days) to a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toPlainDate(date).add({ days }).toString();
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(date: IsoDate): number {
  return toPlainDate(date).dayOfWeek;
}
