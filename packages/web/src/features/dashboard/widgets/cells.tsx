import { useIntl } from 'react-intl';

/**
 * A count the API suppressed (1 to k−1 cases could point at a person): shown as "<k" with the
 * reason on hover and for screen readers.
 */
export function Suppressed() {
  const intl = useIntl();
  return <abbr title={intl.formatMessage({ id: 'dashboard.suppressedShort' })}>&lt;k</abbr>;
}

/** Whether a row key is a real id to drill down by (not the folded "other" row, not "not set"). */
export const isIdKey = (key: string | null | undefined): key is string => typeof key === 'string' && key !== 'other';
