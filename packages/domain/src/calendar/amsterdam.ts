import { Temporal } from 'temporal-polyfill';
import { toPlainDate, type IsoDate } from './plain-date.js';

/** The procedure's time zone: every deadline ends at the end of a day in Amsterdam. */
export const AMSTERDAM = 'Europe/Amsterdam';

const toInstant = (instant: Date | string) =>
  Temporal.Instant.fromEpochMilliseconds(typeof instant === 'string' ? Date.parse(instant) : instant.getTime());

/** The calendar date in Amsterdam of an instant: 2026-04-24T23:30:00Z is already 25 April there. */
export function amsterdamDate(instant: Date | string): IsoDate {
  return toInstant(instant).toZonedDateTimeISO(AMSTERDAM).toPlainDate().toString();
}

/** The first millisecond of an Amsterdam calendar day, as an instant. */
export function startOfAmsterdamDay(date: IsoDate): Date {
  return new Date(toPlainDate(date).toZonedDateTime({ timeZone: AMSTERDAM }).epochMilliseconds);
}

/** The last millisecond of an Amsterdam calendar day, as an instant (right across DST switches). */
export function endOfAmsterdamDay(date: IsoDate): Date {
  const nextDay = toPlainDate(date).add({ days: 1 }).toZonedDateTime({ timeZone: AMSTERDAM });
  return new Date(nextDay.epochMilliseconds - 1);
}
