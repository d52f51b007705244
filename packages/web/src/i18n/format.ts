import { AMSTERDAM } from '@klankbord/domain';
import type { Role } from '../gql/graphql';
import { roleLabel } from './labels';
import { MESSAGES, type Locale } from './messages';

/** The BCP 47 tag each interface language formats with. */
export const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Abbreviations the formatters write, per language. */
const UNITS: Record<Locale, { points: string; week: string; quarter: string }> = {
  nl: { points: 'procentpunt', week: 'wk', quarter: 'K' },
  en: { points: 'pp', week: 'W', quarter: 'Q' },
};

/** A moment as people in the Netherlands read it: in Europe/Amsterdam, per language. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: AMSTERDAM,
  }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD or an instant) per language, in Europe/Amsterdam. */
export function formatDate(value: string, locale: Locale): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'medium', timeZone: AMSTERDAM }).format(date);
}

/** A number per language (1.234,5 in Dutch, 1,234.5 in English), with at most `fractionDigits` decimals. */
export function formatNumber(value: number | null | undefined, locale: Locale, fractionDigits = 0): string {
  return value == null
    ? '—'
    : new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: fractionDigits }).format(value);
}

/** A change of a share in percentage points (+8 pp / +8 procentpunt), rounded to whole points. */
export function formatPoints(value: number | null | undefined, locale: Locale): string {
  if (value == null) return '—';
  const points = new Intl.NumberFormat(LOCALE_TAGS[locale], {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(value * 100);
  return `${points} ${UNITS[locale].points}`;
}

/** A share 0–1 as a percentage per language; an em dash when unknown. */
export function formatShare(value: number | null | undefined, locale: Locale): string {
  return value == null
    ? '—'
    : new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A relative change as a signed percentage (+25 %, −10 %). */
export function formatChange(value: number | null | undefined, locale: Locale): string {
  return value == null
    ? '—'
    : new Intl.NumberFormat(LOCALE_TAGS[locale], {
        style: 'percent',
        maximumFractionDigits: 0,
        signDisplay: 'exceptZero',
      }).format(value);
}

/** ISO 8601 week number of a date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): number {
  const day = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const firstWeekThursday = firstThursday.getTime() + (3 - ((firstThursday.getUTCDay() + 6) % 7)) * 86_400_000;
  return 1 + Math.round((thursday.getTime() - firstWeekThursday) / (7 * 86_400_000));
}

/** The label of a bucket start per language: "wk 14 2026", "apr 2026", "K2 2026", "2026". */
export function formatBucket(start: string, bucket: string, locale: Locale): string {
  const year = start.slice(0, 4);
  if (bucket === 'WEEK') return `${UNITS[locale].week}${isoWeek(start)} ${year}`;
  if (bucket === 'QUARTER')
    return `${UNITS[locale].quarter}${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1} ${year}`;
  if (bucket === 'YEAR') return year;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${start}T12:00:00Z`),
  );
}

/** A person's roles in the interface language ("relatiemanager, behandelaar"). */
export function formatRoles(roles: readonly Role[], locale: Locale): string {
  return roles.map((role) => MESSAGES[locale][roleLabel(role)]).join(', ');
}
