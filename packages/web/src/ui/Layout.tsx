import { useApolloClient } from '@apollo/client/react';
import { useSyncExternalStore, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { NavLink, useNavigate } from 'react-router';
import { readSession, subscribeSession, writeSession } from '../app/session';
import type { Role } from '../gql/graphql';
import { formatRoles } from '../i18n/format';
import { useLocale } from '../i18n/LocaleProvider';
import { useOrganisationLanguage } from '../i18n/useOrganisationLanguage';
import type { Locale, MessageId } from '../i18n/messages';

const NAV: Array<{ to: string; label: MessageId; roles: Role[] | null }> = [
  { to: '/', label: 'nav.dashboard', roles: ['MANAGEMENT', 'ADMINISTRATOR', 'RELATIONSHIP_MANAGER', 'HANDLER'] },
  { to: '/queue', label: 'nav.queue', roles: ['RELATIONSHIP_MANAGER', 'HANDLER'] },
  { to: '/measures', label: 'nav.measures', roles: ['MANAGEMENT', 'ADMINISTRATOR', 'RELATIONSHIP_MANAGER', 'HANDLER'] },
  {
    to: '/annual-report',
    label: 'nav.annual',
    roles: ['MANAGEMENT', 'ADMINISTRATOR', 'RELATIONSHIP_MANAGER', 'HANDLER'],
  },
  { to: '/manage/services', label: 'nav.manage', roles: ['ADMINISTRATOR'] },
  { to: '/submit', label: 'nav.intake', roles: null },
  { to: '/mine', label: 'nav.mine', roles: null },
];

/** The language the switch offers: the one not shown (its label, nav.language, names it in that language). */
const OTHER_LOCALE: Record<Locale, Locale> = { nl: 'en', en: 'nl' };

/** The signed-in session, re-rendering on sign-in and sign-out. */
export const useSession = () => useSyncExternalStore(subscribeSession, readSession);

/** Page frame: skip link, navigation for the viewer's roles, language switch, who is signed in. */
export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  useOrganisationLanguage(session !== null);
  const { locale, setLocale } = useLocale();
  const client = useApolloClient();
  const navigate = useNavigate();
  const visible = NAV.filter((item) => session && (!item.roles || item.roles.some((r) => session.roles.includes(r))));
  return (
    <>
      <a className="skip" href="#content">
        <FormattedMessage id="app.skip" />
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand">
          <FormattedMessage id="app.title" />
        </NavLink>
        <nav aria-label="Klankbord">
          <ul>
            {visible.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end>
                  <FormattedMessage id={item.label} />
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="link"
          lang={OTHER_LOCALE[locale]}
          onClick={() => setLocale(OTHER_LOCALE[locale])}
        >
          <FormattedMessage id="nav.language" />
        </button>
        {session ? (
          <span className="who">
            {session.displayName} ({formatRoles(session.roles, locale)}){' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                const via = session.via;
                writeSession(null);
                void client.clearStore();
                if (via !== 'oidc') {
                  void navigate('/sign-in');
                  return;
                }
                // End the session at the provider too, or the next sign-in would pass straight
                // through; it sends the browser back to the sign-in page.
                void import('../app/oidc')
                  .then(({ endProviderSession }) => endProviderSession())
                  .catch(() => navigate('/sign-in'));
              }}
            >
              <FormattedMessage id="nav.signOut" />
            </button>
          </span>
        ) : (
          <NavLink to="/sign-in">
            <FormattedMessage id="nav.signIn" />
          </NavLink>
        )}
      </header>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
