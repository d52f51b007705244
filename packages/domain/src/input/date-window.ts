import { toEpochDay, fromEpochDay, type IsoDate } from '../calendar/plain-date.js';
import { DomainError } from '../errors.js';

/** No date in Klankbord lies before this day: the service has no records from before 2000. */
export const EARLIEST_DATE: IsoDate = '2000-01-01';
/** Nor after this one (deadlines, closure days and plans are years ahead at most). */
export const LATEST_DATE: IsoDate = '2099-12-31';
/** How far ahead a planned date may lie: a deadline extension, a closure day. */
export const MAX_DAYS_AHEAD = 366;

/** Why a date was refused. */
export type DateProblemReason = 'MALFORMED' | 'NOT_A_DATE' | 'TOO_EARLY' | 'TOO_LATE';

/** A checked date, or why it is refused. */
export type DateCheck = { ok: true; value: IsoDate } | { ok: false; reason: DateProblemReason; message: string };

/** The bounds of one date field; both inclusive, both default to the absolute window. */
export interface DateWindow {
  notBefore?: { date: IsoDate; what: string };
  notAfter?: { date: IsoDate; what: string };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a `YYYY-MM-DD` text: written so, a real day, within 2000-01-01..2099-12-31 and within
 * `window` ("must not be after today"). Each failure has its own message, with `label` first.
 */
export function checkDate(raw: unknown, label: string, window: DateWindow = {}): DateCheck {
  const refuse = (reason: DateProblemReason, message: string): DateCheck => ({
    ok: false,
    reason,
    message: `${label} ${message}`,
  });
  if (typeof raw !== 'string' || !ISO_DATE.test(raw)) return refuse('MALFORMED', 'must be written as YYYY-MM-DD');
  let day: number;
  try {
    day = toEpochDay(raw);
  } catch {
    return refuse('NOT_A_DATE', 'is not a day of the calendar');
  }
  const notBefore = later({ date: EARLIEST_DATE, what: EARLIEST_DATE }, window.notBefore);
  const notAfter = earlier({ date: LATEST_DATE, what: LATEST_DATE }, window.notAfter);
  if (day < toEpochDay(notBefore.date)) return refuse('TOO_EARLY', `must not be before ${notBefore.what}`);
  if (day > toEpochDay(notAfter.date)) return refuse('TOO_LATE', `must not be after ${notAfter.what}`);
  return { ok: true, value: fromEpochDay(day) };
}

/**
 * `checkDate` for use cases: the date, or a DomainError INVALID_DATE naming `field`.
 * @throws DomainError INVALID_DATE with `field` and `problem` in its details.
 */
export function requireDate(raw: string, field: string, window: DateWindow = {}): IsoDate {
  const checked = checkDate(raw, field, window);
  if (!checked.ok) throw new DomainError('INVALID_DATE', `${checked.message}.`, { field, problem: checked.reason });
  return checked.value;
}

type Bound = { date: IsoDate; what: string };
const later = (a: Bound, b: Bound | undefined): Bound => (b && b.date > a.date ? b : a);
const earlier = (a: Bound, b: Bound | undefined): Bound => (b && b.date < a.date ? b : a);
