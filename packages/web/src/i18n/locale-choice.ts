import type { Locale } from './messages';

/** Where this browser remembers the language a person picked with the switch. */
export const LOCALE_CHOICE_KEY = 'klankbord.locale';

/** A stored or served language tag as a locale the app has, or null for anything else. */
export const asLocale = (value: string | null | undefined): Locale | null =>
  value === 'nl' || value === 'en' ? value : null;

/**
 * The language the app shows: the person's own choice (remembered in this browser) wins; without
 * one, the organisation's default language (a setting); Dutch until that is known (before sign-in).
 */
export const effectiveLocale = (chosen: Locale | null, organisationDefault: Locale | null): Locale =>
  chosen ?? organisationDefault ?? 'nl';
