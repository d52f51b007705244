import { useCallback } from 'react';
import { useLocale } from './LocaleProvider';
import type { Locale } from './messages';

/**
 * Something the API names in both languages: reference data as `name` (English) and `nameNl`,
 * report rows as `label` and `labelNl`. Some have one name only (an organisation unit).
 */
export type Bilingual = { name: string; nameNl?: string | null } | { label: string; labelNl?: string | null };

/** The name in the interface language; the English one where there is no Dutch one. */
export function localName(locale: Locale, item: Bilingual): string {
  const [english, dutch] = 'name' in item ? [item.name, item.nameNl] : [item.label, item.labelNl];
  return locale === 'nl' && dutch ? dutch : english;
}

/**
 * `localName` in the current interface language, for components; nothing to name (a case
 * without a service yet) shows as a dash.
 */
export function useLocalName(): (item: Bilingual | null | undefined) => string {
  const { locale } = useLocale();
  return useCallback((item: Bilingual | null | undefined) => (item ? localName(locale, item) : '—'), [locale]);
}
