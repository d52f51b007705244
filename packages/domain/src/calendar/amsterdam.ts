import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../errors.js';
import { toPlainDate, type IsoDate } from './plain-date.js';

/** The procedure's time zone: every deadline ends at the end of a day in Amsterdam. */
export const AMSTERDAM = 'Europe/Amsterdam';

/**
 * An instant from a `Date` or an ISO 8601 timestamp. Strings must carry `Z` or an offset: a
 * timestamp without one would be read in the machine's zone, which is exactly what we avoid.
 */
function toInstant(instant: Date | string): Temporal.Instant {
  if (typeof instant === 'string') {
    try {
      return Temporal.Instant.from(instant);
    } catch {
      throw new DomainError('INVALID_DATE', 'A moment in time must be an ISO 8601 timestamp with a time zone offset.', { field: 'instant' });
    }
  }
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new DomainError('INVALID_DATE', 'That moment in time is not valid.', { field: 'instant' });
  return Temporal.Instant.fromEpochMilliseconds(ms);
}

/**
 * The calendar date in Amsterdam of an instant: 2026-04-24T23:30:00Z is already 25 April there.
 * @throws DomainError INVALID_DATE for an invalid Date or a timestamp without offset.
 */
export function amsterdamDate(instant: Date | string): IsoDate {
  return toInstant(instant).toZonedDateTimeISO(AMSTERDAM).toPlainDate().toString();
}

/** The first millisecond of an Amsterdam calendar day, as an instant. */
export function startOfAmsterdamDay(date: IsoDate): Date {
  return new Date(toPlainDate(date).toZonedDateTime({ timeZone: AMSTERDAM }).epochMilliseconds);
}

/**
 * The last millisecond of an Amsterdam calendar day, as an instant. Taken as one millisecond
 * before the start of the next day, so 23- and 25-hour days (DST switches) come out right.
 */
export function endOfAmsterdamDay(date: IsoDate): Date {
  const nextDay = toPlainDate(date).add({ days: 1 }).toZonedDateTime({ timeZone: AMSTERDAM });
  return new Date(nextDay.epochMilliseconds - 1);
}
