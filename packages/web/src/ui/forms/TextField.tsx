import { useId, type InputHTMLAttributes } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../i18n/messages';
import { FieldError, invalidProps } from './FieldError';

/** A labelled input with the server's message for it, for the administration forms. */
export function TextField({
  label,
  error,
  ...input
}: { label: MessageId; error: string | undefined; name: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>
        <FormattedMessage id={label} />
      </label>
      <input id={id} {...input} {...invalidProps(`${id}-error`, error)} />
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
