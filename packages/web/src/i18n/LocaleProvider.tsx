import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { LOCALE_TAGS } from './format';
import { MESSAGES, type Locale } from './messages';

const KEY = 'klankbord.locale';
const LocaleContext = createContext<{ locale: Locale; setLocale: (locale: Locale) => void }>({
  locale: 'nl',
  setLocale: () => undefined,
});

/** Dutch by default; the choice is remembered in this browser. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem(KEY) === 'en' ? 'en' : 'nl'));
  const value = useMemo(
    () => ({
      locale,
      setLocale: (next: Locale) => {
        localStorage.setItem(KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
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

/** The current language and a way to change it. */
export const useLocale = () => useContext(LocaleContext);
