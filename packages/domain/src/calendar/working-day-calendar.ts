import { DomainError } from '../errors.js';
import { dutchPublicHolidays, type Holiday } from './holidays.js';
import { fromEpochDay, toEpochDay, weekdayOfEpochDay, yearOfEpochDay, type IsoDate } from './plain-date.js';

export interface ClosureDayInput {
  date: IsoDate;
  name: string;
}

export interface CalendarSettings {
  liberationDayIsHoliday: boolean;
  /** Extra days off an administrator enters as data (bridge days, office closures). */
  closureDays?: ReadonlyArray<ClosureDayInput>;
}

export type NonWorkingKind = 'weekend' | 'holiday' | 'closure';

export interface NonWorkingReason {
  kind: NonWorkingKind;
  label: string;
  labelNl: string;
}

export interface SkippedDay extends NonWorkingReason {
  date: IsoDate;
}

const WEEKEND: NonWorkingReason = Object.freeze({ kind: 'weekend', label: 'weekend', labelNl: 'weekend' });

/**
 * Working days per PROCEDURE.md: Monday to Friday, less Dutch public holidays (Liberation Day per
 * setting) and the closure days kept as data. Works on calendar dates only; time zones are the
 * business of `amsterdam.ts`.
 *
 * A day that is both a weekend day and a holiday (Easter Sunday, King's Day 2025 on a Saturday)
 * is reported as `weekend`: it is off whatever the holiday settings say, so its reason does not
 * change when an administrator edits the calendar.
 *
 * Internally days are integers (days since 1970-01-01) and each year's holidays are computed once
 * and kept in a map, so recomputing deadlines for a million cases stays in the seconds.
 */
export class WorkingDayCalendar {
  private readonly closures = new Map<number, NonWorkingReason>();
  private readonly holidaysByYear = new Map<number, Holiday[]>();
  /** Holiday reasons by day number, filled a year at a time. */
  private readonly holidayReasons = new Map<number, NonWorkingReason>();

  constructor(private readonly settings: CalendarSettings) {
    for (const closure of settings.closureDays ?? []) {
      this.closures.set(
        toEpochDay(closure.date),
        Object.freeze({ kind: 'closure', label: closure.name, labelNl: closure.name }),
      );
    }
  }

  /**
   * Why `date` is not a working day, or null when it is one.
   * @throws DomainError INVALID_DATE for malformed dates and years outside 1900–2200.
   */
  nonWorkingReason(date: IsoDate): NonWorkingReason | null {
    return this.reasonOf(toEpochDay(date));
  }

  /** Whether `date` is a working day (Mon–Fri, not a holiday, not a closure day). */
  isWorkingDay(date: IsoDate): boolean {
    return this.reasonOf(toEpochDay(date)) === null;
  }

  /**
   * The Nth working day after `date` (counting starts the day after; n = 0 gives `date` itself),
   * with the non-working days passed over on the way, in date order.
   * @throws DomainError INVALID_INPUT when n is not a whole number ≥ 0.
   */
  addWorkingDays(date: IsoDate, n: number): { date: IsoDate; skipped: SkippedDay[] } {
    if (!Number.isInteger(n) || n < 0) {
      throw new DomainError('INVALID_INPUT', 'A number of working days must be a whole number of zero or more.', {
        field: 'workingDays',
      });
    }
    const skipped: SkippedDay[] = [];
    let day = toEpochDay(date);
    for (let counted = 0; counted < n;) {
      day++;
      const reason = this.reasonOf(day);
      if (reason) skipped.push({ date: fromEpochDay(day), ...reason });
      else counted++;
    }
    return { date: fromEpochDay(day), skipped };
  }

  /**
   * Working days d with from < d ≤ to; when `to` is before `from`, minus the count the other way
   * round. So a case resolved on the day of receipt took 0 working days, on the next working day 1.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const start = toEpochDay(from);
    const end = toEpochDay(to);
    // `0 -` rather than unary minus: no -0 for an empty span.
    if (end < start) return 0 - this.countWorkingDays(end, start);
    return this.countWorkingDays(start, end);
  }

  /** The closure days entered as data that fall in `year`, in date order. */
  closureDays(year: number): ClosureDayInput[] {
    return (this.settings.closureDays ?? [])
      .filter((day) => day.date.startsWith(`${year}-`))
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  /** The public holidays of a year under this calendar's settings (closure days not included). */
  holidays(year: number): Holiday[] {
    return [...this.holidaysOf(year)];
  }

  private countWorkingDays(afterDay: number, throughDay: number): number {
    let count = 0;
    for (let day = afterDay + 1; day <= throughDay; day++) if (this.reasonOf(day) === null) count++;
    return count;
  }

  private reasonOf(day: number): NonWorkingReason | null {
    if (weekdayOfEpochDay(day) >= 6) return WEEKEND;
    this.holidaysOf(yearOfEpochDay(day));
    return this.holidayReasons.get(day) ?? this.closures.get(day) ?? null;
  }

  private holidaysOf(year: number): Holiday[] {
    let holidays = this.holidaysByYear.get(year);
    if (!holidays) {
      holidays = dutchPublicHolidays(year, this.settings);
      for (const holiday of holidays) {
        this.holidayReasons.set(
          toEpochDay(holiday.date),
          Object.freeze({ kind: 'holiday', label: holiday.nameEn, labelNl: holiday.nameNl }),
        );
      }
      this.holidaysByYear.set(year, holidays);
    }
    return holidays;
  }
}
