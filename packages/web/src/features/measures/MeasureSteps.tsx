import { amsterdamDate } from '@klankbord/domain';
import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MeasureDetail_MeasureFragment } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import type { FieldErrors } from '../../ui/forms/field-errors';
import { FieldError, invalidProps } from '../../ui/forms/FieldError';
import { toCancelInput, toEvaluateInput, toImplementInput } from './measure-forms';
import { MeasureProblems } from './MeasureProblems';
import { useCancelMeasureMutation } from './useCancelMeasureMutation';
import { useEvaluateMeasureMutation } from './useEvaluateMeasureMutation';
import { useImplementMeasureMutation } from './useImplementMeasureMutation';

type Step = 'implement' | 'evaluate' | 'cancel';
/** The fields of the step forms; each is labelled by the message `measures.<name>`. */
type StepFieldName = 'implementedOn' | 'communicatedOn' | 'evaluationNote' | 'note';

const STEP_LABEL: Record<Step, MessageId> = {
  implement: 'measures.implement',
  evaluate: 'measures.evaluate',
  cancel: 'measures.cancel',
};

/** The status steps the viewer may take now (viewerCan, the server's policy), each behind a button that opens its form. */
export function MeasureSteps({ measure, onReload }: { measure: MeasureDetail_MeasureFragment; onReload: () => void }) {
  const ids = useId();
  const [open, setOpen] = useState<Step | null>(null);
  const implement = useImplementMeasureMutation();
  const evaluate = useEvaluateMeasureMutation();
  const cancel = useCancelMeasureMutation();
  const steps = (['implement', 'evaluate', 'cancel'] as const).filter((s) => measure.viewerCan[s]);
  const notice = implement.notice ?? evaluate.notice ?? cancel.notice;
  // Dates are the Amsterdam calendar day, as the server reads them.
  const today = amsterdamDate(new Date());

  async function submit(event: FormEvent<HTMLFormElement>, step: Step) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ok =
      step === 'implement'
        ? await implement.perform(toImplementInput(measure, form))
        : step === 'evaluate'
          ? await evaluate.perform(toEvaluateInput(measure, form))
          : await cancel.perform(toCancelInput(measure, form));
    if (ok) setOpen(null);
  }

  const errorsOf = (step: Step): FieldErrors =>
    step === 'implement' ? implement.errors : step === 'evaluate' ? evaluate.errors : cancel.errors;
  const loadingOf = (step: Step) =>
    step === 'implement' ? implement.loading : step === 'evaluate' ? evaluate.loading : cancel.loading;
  // The first field of a form opened from a button takes the focus, so keyboard users can go on at once.
  const input = (
    step: Step,
    name: StepFieldName,
    type: 'date' | 'text' | 'textarea',
    options: { required?: boolean; defaultValue?: string; autoFocus?: boolean } = {},
  ) => {
    const id = `${ids}-${step}-${name}`;
    const error = errorsOf(step).fields[name];
    const props = { id, name, ...options, ...invalidProps(`${id}-error`, error) };
    return (
      <div key={name}>
        <label htmlFor={id}>
          <FormattedMessage id={`measures.${name}`} />
        </label>
        {type === 'textarea' ? <textarea {...props} /> : <input type={type} {...props} />}
        <FieldError id={`${id}-error`} message={error} />
      </div>
    );
  };

  return (
    <section className="card actions" aria-labelledby={`${ids}-steps`}>
      <h2 id={`${ids}-steps`}>
        <FormattedMessage id="case.actions" />
      </h2>
      {notice && !open && (
        <p role="status" className="banner">
          <FormattedMessage id={notice} />
        </p>
      )}
      {steps.length === 0 && (
        <p>
          <FormattedMessage id="measures.noSteps" />
        </p>
      )}
      <div className="card-tools">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            data-step={step}
            aria-expanded={open === step}
            onClick={() => setOpen(open === step ? null : step)}
          >
            <FormattedMessage id={STEP_LABEL[step]} />
          </button>
        ))}
      </div>
      {open && steps.includes(open) && (
        <form onSubmit={(e) => void submit(e, open)} aria-labelledby={`${ids}-form`}>
          <h3 id={`${ids}-form`}>
            <FormattedMessage id={STEP_LABEL[open]} />
          </h3>
          <MeasureProblems
            errors={errorsOf(open)}
            onReload={() => {
              setOpen(null);
              onReload();
            }}
          />
          {open === 'implement' && [
            input(open, 'implementedOn', 'date', { required: true, defaultValue: today, autoFocus: true }),
            input(open, 'communicatedOn', 'date', { defaultValue: today }),
          ]}
          {open === 'evaluate' && input(open, 'evaluationNote', 'textarea', { required: true, autoFocus: true })}
          {input(open, 'note', 'text', { autoFocus: open === 'cancel' })}
          <p>
            <button type="submit" className="primary" disabled={loadingOf(open)}>
              <FormattedMessage id={STEP_LABEL[open]} />
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
