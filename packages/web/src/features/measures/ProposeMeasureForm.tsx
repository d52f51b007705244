import { useId, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { useLocalName } from '../../i18n/local-name';
import { FieldError, invalidProps } from '../../ui/forms/FieldError';
import { TextAreaField, TextField } from '../../ui/forms/TextField';
import { toProposeInput } from './measure-forms';
import { MeasureProblems } from './MeasureProblems';
import { useProposeMeasureMutation } from './useProposeMeasureMutation';

type Named = { id: string; name: string; nameNl: string; active: boolean };

/** A handler proposes a measure; the server's field errors appear next to their controls. */
export function ProposeMeasureForm({ complaintTypes, services }: { complaintTypes: Named[]; services: Named[] }) {
  const ids = useId();
  const { perform, loading, errors, notice } = useProposeMeasureMutation();
  const name = useLocalName();
  const field = (key: string) => ({ id: `${ids}-${key}`, error: errors.fields[key] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (await perform(toProposeInput(new FormData(form)))) form.reset();
  }

  const type = field('targetComplaintTypeId');
  const service = field('targetServiceId');
  return (
    <form className="card" aria-labelledby={`${ids}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${ids}-heading`}>
        <FormattedMessage id="measures.propose" />
      </h2>
      <MeasureProblems errors={errors} />
      {notice && (
        <p role="status" className="banner">
          <FormattedMessage id={notice} />
        </p>
      )}
      <TextField label="measures.fieldTitle" name="title" required error={errors.fields['title']} />
      <TextAreaField
        label="measures.fieldDescription"
        name="description"
        required
        error={errors.fields['description']}
      />
      <label htmlFor={type.id}>
        <FormattedMessage id="measures.targetType" />
      </label>
      <select
        id={type.id}
        name="targetComplaintTypeId"
        required
        defaultValue=""
        {...invalidProps(`${type.id}-error`, type.error)}
      >
        <option value="">—</option>
        {complaintTypes
          .filter((t) => t.active)
          .map((t) => (
            <option key={t.id} value={t.id}>
              {name(t)}
            </option>
          ))}
      </select>
      <FieldError id={`${type.id}-error`} message={type.error} />
      <label htmlFor={service.id}>
        <FormattedMessage id="measures.targetService" />
      </label>
      <select
        id={service.id}
        name="targetServiceId"
        defaultValue=""
        {...invalidProps(`${service.id}-error`, service.error)}
      >
        <option value="">
          <FormattedMessage id="measures.anyService" />
        </option>
        {services
          .filter((s) => s.active)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {name(s)}
            </option>
          ))}
      </select>
      <FieldError id={`${service.id}-error`} message={service.error} />
      <TextField label="measures.expectedEffect" name="expectedEffect" error={errors.fields['expectedEffect']} />
      <p>
        <button type="submit" className="primary" disabled={loading}>
          <FormattedMessage id="measures.propose" />
        </button>
      </p>
    </form>
  );
}
