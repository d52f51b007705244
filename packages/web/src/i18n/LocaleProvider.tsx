import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { LOCALE_TAGS } from './format';
import { asLocale, effectiveLocale, LOCALE_CHOICE_KEY } from './locale-choice';
import { MESSAGES, type Locale } from './messages';

interface LocaleState {
  locale: Locale;
  /** The person picks a language: it wins from now on, remembered in this browser. */
  setLocale: (locale: Locale) => void;
  /** The organisation's default language, once known (after sign-in); used while the person has not picked one. */
  setOrganisationDefault: (locale: Locale | null) => void;
}

const LocaleContext = createContext<LocaleState>({
  locale: 'nl',
  setLocale: () => undefined,
  setOrganisationDefault: () => undefined,
});

/**
 * The app's language (see `effectiveLocale`): the person's own choice, remembered in this
 * browser; else the organisation's default language; else Dutch.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Locale | null>(() => asLocale(localStorage.getItem(LOCALE_CHOICE_KEY)));
  const [organisationDefault, setOrganisationDefault] = useState<Locale | null>(null);
  const locale = effectiveLocale(chosen, organisationDefault);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale: (next) => {
        localStorage.setItem(LOCALE_CHOICE_KEY, next);
        setChosen(next);
      },
      setOrganisationDefault,
    }),
    [locale],
  );
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={LOCALE_TAGS[locale]} messages={MESSAGES[locale]} defaultLocale="nl-NL">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** The current language and ways to change it. */
export const useLocale = () => useContext(LocaleContext);
