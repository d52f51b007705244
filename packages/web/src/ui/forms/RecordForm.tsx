import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../i18n/messages';
import type { FieldErrors } from './field-errors';
import { FormProblems } from './FormProblems';

/**
 * The form of an administration screen that adds a record or changes the one picked: its heading,
 * the server's refusal, a "saved" note, the fields, and the save button. `save` reads the form and
 * runs the mutation; on success the form is cleared and the screen told (`onDone`).
 */
export function RecordForm({
  label,
  heading,
  errors,
  loading,
  save,
  onDone,
  children,
}: {
  /** The form's accessible name (tests and assistive technology find it by this). */
  label: string;
  heading: MessageId;
  errors: FieldErrors;
  loading: boolean;
  save: (data: FormData) => Promise<boolean>;
  onDone: () => void;
  children: ReactNode;
}) {
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSaved(false);
    if (await save(new FormData(form))) {
      form.reset();
      setSaved(true);
      onDone();
    }
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label={label}>
      <h2>
        <FormattedMessage id={heading} />
      </h2>
      <FormProblems errors={errors} />
      {saved && (
        <p role="status" className="banner">
          <FormattedMessage id="manage.saved" />
        </p>
      )}
      {children}
      <p>
        <button type="submit" className="primary" disabled={loading}>
          <FormattedMessage id="manage.save" />
        </button>
      </p>
    </form>
  );
}
