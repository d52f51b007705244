import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../i18n/messages';
import { FieldError, invalidProps } from './FieldError';

/** A control's label above it and the server's message for it below, tied together for screen readers. */
function LabelledControl({
  label,
  error,
  control,
}: {
  label: MessageId;
  error: string | undefined;
  control: (id: string, invalid: ReturnType<typeof invalidProps>) => ReactNode;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>
        <FormattedMessage id={label} />
      </label>
      {control(id, invalidProps(`${id}-error`, error))}
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

/** A labelled input with the server's message for it. */
export function TextField({
  label,
  error,
  ...input
}: { label: MessageId; error: string | undefined; name: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <LabelledControl label={label} error={error} control={(id, invalid) => <input id={id} {...input} {...invalid} />} />
  );
}

/** A labelled multi-line text with the server's message for it. */
export function TextAreaField({
  label,
  error,
  ...textarea
}: { label: MessageId; error: string | undefined; name: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <LabelledControl
      label={label}
      error={error}
      control={(id, invalid) => <textarea id={id} {...textarea} {...invalid} />}
    />
  );
}
