import { FormattedMessage } from 'react-intl';
import { NavLink } from 'react-router';
import type { MessageId } from '../i18n/messages';

/** The administration screens, each in its own feature folder; this only links them. */
export const ADMIN_SCREENS: Array<{ to: string; label: MessageId }> = [
  { to: '/manage/services', label: 'manage.services' },
  { to: '/manage/complaint-types', label: 'manage.complaintTypes' },
  { to: '/manage/units', label: 'manage.units' },
  { to: '/manage/people', label: 'manage.people' },
  { to: '/manage/closure-days', label: 'manage.closureDays' },
  { to: '/manage/settings', label: 'manage.settings' },
  { to: '/manage/api-keys', label: 'manage.apiKeys' },
  { to: '/manage/import', label: 'manage.import' },
  { to: '/manage/messages', label: 'manage.messages' },
  { to: '/manage/mailbox', label: 'manage.mailbox' },
  { to: '/manage/trail', label: 'manage.trail' },
];

/** Second-level navigation between the administration screens. */
export function AdminNav() {
  return (
    <nav aria-label="Beheer / Administration" className="subnav">
      <ul>
        {ADMIN_SCREENS.map((screen) => (
          <li key={screen.to}>
            <NavLink to={screen.to}>
              <FormattedMessage id={screen.label} />
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
