import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MeasureDetail_MeasureFragment } from '../../gql/graphql';
import { FieldError, invalidProps } from '../../ui/forms/FieldError';
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

  const field = (key: 'title' | 'description' | 'expectedEffect') => ({
    id: `${ids}-${key}`,
    errorId: `${ids}-${key}-error`,
    error: errors.fields[key],
  });
  const title = field('title');
  const description = field('description');
  const effect = field('expectedEffect');
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
          <label htmlFor={title.id}>
            <FormattedMessage id="measures.fieldTitle" />
          </label>
          {/* Opened from a button: the focus moves into the form so keyboard users can type at once. */}
          <input
            id={title.id}
            name="title"
            defaultValue={measure.title}
            required
            autoFocus
            {...invalidProps(title.errorId, title.error)}
          />
          <FieldError id={title.errorId} message={title.error} />
          <label htmlFor={description.id}>
            <FormattedMessage id="measures.fieldDescription" />
          </label>
          <textarea
            id={description.id}
            name="description"
            defaultValue={measure.description}
            {...invalidProps(description.errorId, description.error)}
          />
          <FieldError id={description.errorId} message={description.error} />
          <label htmlFor={effect.id}>
            <FormattedMessage id="measures.expectedEffect" />
          </label>
          <input
            id={effect.id}
            name="expectedEffect"
            defaultValue={measure.expectedEffect ?? ''}
            {...invalidProps(effect.errorId, effect.error)}
          />
          <FieldError id={effect.errorId} message={effect.error} />
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
