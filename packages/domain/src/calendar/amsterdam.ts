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
      throw new DomainError('INVALID_DATE', 'A moment in time must be an ISO 8601 timestamp with a time zone offset.', {
        field: 'instant',
      });
    }
  }
  const ms = instant.getTime();
  if (Number.isNaN(ms))
    throw new DomainError('INVALID_DATE', 'That moment in time is not valid.', { field: 'instant' });
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

/**
 * An instant as Amsterdam wall-clock time to the minute, `YYYY-MM-DDTHH:mm` — the value a
 * `datetime-local` field shows, whatever zone the machine is in.
 * @throws DomainError INVALID_DATE for an invalid Date or a timestamp without offset.
 */
export function amsterdamDateTime(instant: Date | string): string {
  return toInstant(instant).toZonedDateTimeISO(AMSTERDAM).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/**
 * The instant a person means by an Amsterdam wall-clock time (`YYYY-MM-DDTHH:mm[:ss]`, as a
 * `datetime-local` field gives it). Read in Amsterdam, not in the machine's zone. Twice a year
 * the clock does not say one thing: a time in the spring gap (02:30 on 29 March 2026) never
 * happened and is read as the same time after the gap (03:30 CEST); a time the autumn switch
 * repeats (02:30 on 25 October 2026) is read as the first of the two (CEST) — the rule calendars
 * follow (RFC 5545, Temporal's "compatible").
 * @throws DomainError INVALID_DATE for anything else, including a timestamp with an offset.
 */
export function fromAmsterdamDateTime(wallClock: string): Date {
  // Checked first: PlainDateTime.from would also take a bare date, or drop an offset it is given.
  const invalid = () =>
    new DomainError('INVALID_DATE', 'A wall-clock time must read YYYY-MM-DDTHH:mm, without a time zone.', {
      field: 'wallClock',
    });
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/.test(wallClock)) throw invalid();
  let local: Temporal.PlainDateTime;
  try {
    local = Temporal.PlainDateTime.from(wallClock, { overflow: 'reject' });
  } catch {
    throw invalid();
  }
  return new Date(local.toZonedDateTime(AMSTERDAM, { disambiguation: 'compatible' }).epochMilliseconds);
}
