import { dutchPublicHolidays, type Holiday } from './holidays.js';
import { addDays, isoWeekday, toPlainDate, type IsoDate } from './plain-date.js';

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

/**
 * Working days per PROCEDURE.md: Monday to Friday, less Dutch public holidays (Liberation Day per
 * setting) and the closure days kept as data. Works on calendar dates only; time zones are the
 * business of `amsterdam.ts`. Holiday lists are computed once per year and cached, so loops over
 * many cases stay cheap.
 */
export class WorkingDayCalendar {
  private readonly closures: ReadonlyMap<IsoDate, string>;
  private readonly holidaysByYear = new Map<number, ReadonlyMap<IsoDate, Holiday>>();

  constructor(private readonly settings: CalendarSettings) {
    this.closures = new Map((settings.closureDays ?? []).map((day) => [toPlainDate(day.date).toString(), day.name]));
  }

  /** Why `date` is not a working day, or null when it is one. */
  nonWorkingReason(date: IsoDate): NonWorkingReason | null {
    const weekday = isoWeekday(date);
    if (weekday >= 6) return { kind: 'weekend', label: 'weekend', labelNl: 'weekend' };
    const holiday = this.holidaysOf(Number(date.slice(0, 4))).get(date);
    if (holiday) return { kind: 'holiday', label: holiday.nameEn, labelNl: holiday.nameNl };
    const closure = this.closures.get(date);
    if (closure !== undefined) return { kind: 'closure', label: closure, labelNl: closure };
    return null;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.nonWorkingReason(date) === null;
  }

  /**
   * The Nth working day after `date` (counting starts the day after; n = 0 gives `date` itself),
   * with the non-working days passed over on the way.
   */
  addWorkingDays(date: IsoDate, n: number): { date: IsoDate; skipped: SkippedDay[] } {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
    const skipped: SkippedDay[] = [];
    let current = toPlainDate(date).toString();
    for (let counted = 0; counted < n; ) {
      current = addDays(current, 1);
      const reason = this.nonWorkingReason(current);
      if (reason) skipped.push({ date: current, ...reason });
      else counted++;
    }
    return { date: current, skipped };
  }

  /**
   * Working days d with from < d ≤ to; negative (the same count) when `to` is before `from`.
   * So a case resolved on the day of receipt took 0 working days, the next working day 1.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
      if (this.isWorkingDay(current)) count++;
    }
    return count;
  }

  /** The public holidays of a year under this calendar's settings. */
  holidays(year: number): Holiday[] {
    return [...this.holidaysOf(year).values()];
  }

  private holidaysOf(year: number): ReadonlyMap<IsoDate, Holiday> {
    let holidays = this.holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Map(dutchPublicHolidays(year, this.settings).map((h) => [h.date, h]));
      this.holidaysByYear.set(year, holidays);
    }
    return holidays;
  }
}
