import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MeasureDetail_MeasureFragment } from '../../gql/graphql';
import { TextAreaField, TextField } from '../../ui/forms/TextField';
import { toUpdateInput } from './measure-forms';
import { MeasureProblems } from './MeasureProblems';
import { useUpdateMeasureMutation } from './useUpdateMeasureMutation';

/** The owner edits what the measure says; the form opens from a button so the facts stay readable. */
export function EditMeasureForm({
  measure,
  onReload,
}: {
  measure: MeasureDetail_MeasureFragment;
  onReload: () => void;
}) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const { perform, loading, errors, notice } = useUpdateMeasureMutation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = toUpdateInput(measure, new FormData(event.currentTarget));
    if (!input || (await perform(input))) setOpen(false);
  }

  return (
    <>
      {notice && !open && (
        <p role="status" className="banner">
          <FormattedMessage id={notice} />
        </p>
      )}
      {!open ? (
        <p>
          <button type="button" onClick={() => setOpen(true)} aria-expanded={false}>
            <FormattedMessage id="measures.edit" />
          </button>
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} aria-labelledby={`${ids}-heading`} className="actions">
          <h3 id={`${ids}-heading`}>
            <FormattedMessage id="measures.edit" />
          </h3>
          <MeasureProblems
            errors={errors}
            onReload={() => {
              setOpen(false);
              onReload();
            }}
          />
          {/* Opened from a button: the focus moves into the form so keyboard users can type at once. */}
          <TextField
            label="measures.fieldTitle"
            name="title"
            defaultValue={measure.title}
            required
            autoFocus
            error={errors.fields['title']}
          />
          <TextAreaField
            label="measures.fieldDescription"
            name="description"
            defaultValue={measure.description}
            error={errors.fields['description']}
          />
          <TextField
            label="measures.expectedEffect"
            name="expectedEffect"
            defaultValue={measure.expectedEffect ?? ''}
            error={errors.fields['expectedEffect']}
          />
          <p className="card-tools">
            <button type="submit" className="primary" disabled={loading}>
              <FormattedMessage id="measures.save" />
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              <FormattedMessage id="measures.cancelEdit" />
            </button>
          </p>
        </form>
      )}
    </>
  );
}
