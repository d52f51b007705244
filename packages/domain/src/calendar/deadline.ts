import { amsterdamDate, endOfAmsterdamDay } from './amsterdam.js';
import { isoWeekday, type IsoDate } from './plain-date.js';
import type { SkippedDay, WorkingDayCalendar } from './working-day-calendar.js';

/** The procedure's standard lead time for handling a complaint (step 3). */
export const DEFAULT_LEAD_TIME_WORKING_DAYS = 5;
/** The acknowledgement with the registration number is due within 1 working day (step 2). */
export const ACKNOWLEDGEMENT_WORKING_DAYS = 1;

export interface Deadline {
  /** The last millisecond of the due day in Amsterdam. */
  dueAt: Date;
  dueDate: IsoDate;
  workingDays: number;
  /** The Amsterdam calendar date of receipt; counting starts the day after. */
  receivedOn: IsoDate;
  /** Non-working days passed over while counting. */
  skipped: SkippedDay[];
}

/**
 * Due at the end of the Nth working day after receipt, in Europe/Amsterdam (PROCEDURE.md). The
 * receipt date is the Amsterdam date of `receivedAt`, so a Saturday receipt is due (N = 1) at the
 * end of Monday, and a receipt at 23:30 UTC counts from the next day.
 */
export function computeDeadline(input: {
  receivedAt: Date;
  workingDays: number;
  calendar: WorkingDayCalendar;
}): Deadline {
  const receivedOn = amsterdamDate(input.receivedAt);
  const { date, skipped } = input.calendar.addWorkingDays(receivedOn, input.workingDays);
  return { dueAt: endOfAmsterdamDay(date), dueDate: date, workingDays: input.workingDays, receivedOn, skipped };
}

/** Acknowledgement deadline: end of the 1st working day after receipt. */
export function acknowledgementDeadline(receivedAt: Date, calendar: WorkingDayCalendar): Deadline {
  return computeDeadline({ receivedAt, workingDays: ACKNOWLEDGEMENT_WORKING_DAYS, calendar });
}

/** Resolution deadline: end of the Nth working day after receipt (N from the complaint type, default 5). */
export function resolutionDeadline(
  receivedAt: Date,
  leadTimeWorkingDays: number,
  calendar: WorkingDayCalendar,
): Deadline {
  return computeDeadline({ receivedAt, workingDays: leadTimeWorkingDays, calendar });
}

export type Locale = 'en' | 'nl';

const WEEKDAYS: Record<Locale, string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
};
const MONTHS: Record<Locale, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

/**
 * A calendar date for people: "Mon 6 Apr 2026" / "ma 6 apr 2026". Formatted from our own tables,
 * because Intl locale data differs between Node builds and browsers.
 */
export function formatDay(date: IsoDate, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[locale][isoWeekday(date) - 1]} ${day} ${MONTHS[locale][month - 1]} ${year}`;
}

/**
 * A deadline explains itself, one sentence per line: how it was counted and every day skipped,
 * e.g. "Skipped Mon 27 Apr 2026: King's Day".
 */
export function explainDeadline(deadline: Deadline, locale: Locale): string[] {
  const days = deadline.workingDays;
  const head =
    locale === 'nl'
      ? `Ontvangen ${formatDay(deadline.receivedOn, 'nl')}; ${days} ${days === 1 ? 'werkdag' : 'werkdagen'} → uiterlijk einde ${formatDay(deadline.dueDate, 'nl')} (Europe/Amsterdam)`
      : `Received ${formatDay(deadline.receivedOn, 'en')}; ${days} working ${days === 1 ? 'day' : 'days'} → due end of ${formatDay(deadline.dueDate, 'en')} (Europe/Amsterdam)`;
  const skipped = deadline.skipped.map((day) =>
    locale === 'nl'
      ? `Overgeslagen ${formatDay(day.date, 'nl')}: ${day.labelNl}`
      : `Skipped ${formatDay(day.date, 'en')}: ${day.label}`,
  );
  return [head, ...skipped];
}
