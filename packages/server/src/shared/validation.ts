import { amsterdamDate, checkDate, checkText, EARLIEST_DATE, LATEST_DATE, type TextRules } from '@klankbord/domain';
import { Matches, registerDecorator, type ValidationArguments } from 'class-validator';
import { InputError } from './errors.js';

/**
 * The one rule for a typed text field: the value is normalised (trimmed, Unicode NFC) and the
 * normalised value is checked and kept — control characters, bidi overrides and lone surrogates
 * refused, the minimum counted without spaces and invisible characters. Use it on every text input
 * instead of `Length`/`MaxLength`, so each rule lives once, in the domain's `checkText`.
 */
export function CleanText(rules: TextRules): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'cleanText',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [rules],
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const checked = checkText(value, rules, args.property);
          // class-validator has no transform step: the use case must see what was checked.
          if (checked.ok) (args.object as Record<string, unknown>)[args.property] = checked.value;
          return checked.ok;
        },
        defaultMessage(args: ValidationArguments): string {
          const checked = checkText(args.value, rules, args.property);
          return checked.ok ? `${args.property} is invalid` : checked.message;
        },
      },
    });
}

/**
 * A `YYYY-MM-DD` date within the absolute window (2000-01-01..2099-12-31), with a message that says
 * whether it is malformed, not a day of the calendar or out of the window. Windows relative to now
 * or to the case (not in the future, not before receipt) are checked in the use case.
 */
export function IsDay(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDay',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args: ValidationArguments) => checkDate(value, args.property).ok,
        defaultMessage(args: ValidationArguments): string {
          const checked = checkDate(args.value, args.property);
          return checked.ok ? `${args.property} is invalid` : checked.message;
        },
      },
    });
}

const EARLIEST_INSTANT = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const LATEST_INSTANT = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);

/** A date-time (the `DateTimeISO` scalar) within the same absolute window as `IsDay`. */
export function IsInstant(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) =>
          value instanceof Date && value.getTime() >= EARLIEST_INSTANT && value.getTime() <= LATEST_INSTANT,
        defaultMessage: (args: ValidationArguments) =>
          args.value instanceof Date && !Number.isNaN(args.value.getTime())
            ? `${args.property} must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`
            : `${args.property} must be a date-time`,
      },
    });
}

/** A short stable code of reference data (services, complaint types, units), e.g. WORKPLACE. */
export const REFERENCE_CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

/** Refuses a code that is not 1–40 capitals, digits, _ or -, starting with a capital or digit. */
export const IsReferenceCode = () => Matches(REFERENCE_CODE, { message: 'code must be 1–40 capitals, digits, _ or -' });

/** One end of an instant's window, with the words the message uses ("the receipt of the case"). */
export interface InstantBound {
  at: Date;
  what: string;
}

const MINUTE_MS = 60_000;

/**
 * Refuses an instant outside a window that depends on the case or the clock (not before the case
 * was received, not in the future); the absolute window is `IsInstant`'s. The window is judged to
 * the minute, as people write times: "informed at 10:42" for a case received at 10:42:31 is in it.
 * @throws InputError naming `field`, reason TOO_EARLY or TOO_LATE.
 */
export function requireInstantWithin(
  value: Date,
  field: string,
  window: { notBefore?: InstantBound; notAfter?: InstantBound },
): Date {
  if (window.notBefore && value.getTime() < Math.floor(window.notBefore.at.getTime() / MINUTE_MS) * MINUTE_MS) {
    throw new InputError([
      { field, reason: 'TOO_EARLY', message: `${field} must not be before ${window.notBefore.what}.` },
    ]);
  }
  if (window.notAfter && value.getTime() > Math.ceil(window.notAfter.at.getTime() / MINUTE_MS) * MINUTE_MS) {
    throw new InputError([
      { field, reason: 'TOO_LATE', message: `${field} must not be after ${window.notAfter.what}.` },
    ]);
  }
  return value;
}

/**
 * A calendar year from the first year of the date window up to `yearsAhead` after the current one
 * (Europe/Amsterdam); −5, 0000 or 9999 are mistakes in the request, refused before any query.
 * @throws InputError naming `field`, reason OUT_OF_RANGE.
 */
export function requireYear(year: number, now: Date, yearsAhead: number, field = 'year'): number {
  const first = Number(EARLIEST_DATE.slice(0, 4));
  const last = Number(amsterdamDate(now).slice(0, 4)) + yearsAhead;
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new InputError([
      { field, reason: 'OUT_OF_RANGE', message: `${field} must be between ${first} and ${last}.` },
    ]);
  }
  return year;
}
