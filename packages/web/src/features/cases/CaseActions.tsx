import { useQuery } from '@apollo/client/react';
import { amsterdamDateTime, COMPLAINT_DECISIONS } from '@klankbord/domain';
import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import type { CaseAction, CaseKind } from '../../gql/graphql';
import { localName } from '../../i18n/local-name';
import { useLocale } from '../../i18n/LocaleProvider';
import { STEP_FORMS, type StepField, type StepForm } from './step-forms';
import { outcomeLabel } from '../../i18n/labels';
import { formText } from '../../ui/forms/form-text';

const CaseActionsOptionsQuery = graphql(`
  query CaseActionsOptionsQuery {
    handlers: people(role: HANDLER) {
      id
      displayName
    }
    relationshipManagers: people(role: RELATIONSHIP_MANAGER) {
      id
      displayName
    }
    complaintTypes {
      id
      name
      nameNl
      active
    }
    services {
      id
      name
      nameNl
      active
    }
    measures {
      id
      title
      status
    }
  }
`);

/** The steps this viewer may take now (from viewerCan), each behind a button that opens its form. */
export function CaseActions({
  caseId,
  version,
  kind,
  actions,
  onReload,
}: {
  caseId: string;
  version: number;
  kind: CaseKind;
  actions: CaseAction[];
  onReload: () => void;
}) {
  const [open, setOpen] = useState<CaseAction | null>(null);
  const { locale } = useLocale();
  return (
    <section className="card actions" aria-labelledby="case-actions">
      <h2 id="case-actions">
        <FormattedMessage id="case.actions" />
      </h2>
      {actions.length === 0 && (
        <p>
          <FormattedMessage id="case.noActions" />
        </p>
      )}
      <div className="card-tools">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            aria-expanded={open === action}
            onClick={() => setOpen(open === action ? null : action)}
            data-action={action}
          >
            {STEP_FORMS[action].label[locale]}
          </button>
        ))}
      </div>
      {open && (
        <StepFormView
          key={`${open}-${version}`}
          form={STEP_FORMS[open]}
          kind={kind}
          base={{ caseId, version }}
          onDone={() => setOpen(null)}
          onReload={() => {
            setOpen(null);
            onReload();
          }}
        />
      )}
    </section>
  );
}

function StepFormView({
  form,
  kind,
  base,
  onDone,
  onReload,
}: {
  form: StepForm;
  kind: CaseKind;
  base: { caseId: string; version: number };
  onDone: () => void;
  onReload: () => void;
}) {
  const ids = useId();
  const intl = useIntl();
  const { locale } = useLocale();
  const needsOptions = form.fields.some((f) =>
    ['handler', 'relationshipManager', 'complaintType', 'service', 'measures'].includes(f.type),
  );
  const { data: options } = useQuery(CaseActionsOptionsQuery, { skip: !needsOptions });
  // The view is keyed by its action, so one mount always calls the same step's hook.
  const { perform, loading, errors } = form.useStep();
  const fields = form.fields.filter(
    (f) =>
      kind === 'COMPLAINT' || (f.type !== 'measures' && f.name !== 'noMeasureReason' && f.type !== 'complaintType'),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(
      fields.map((f) => [f.name, f.type === 'measures' ? data.getAll(f.name).map(String) : formText(data, f.name)]),
    );
    if (await perform(values, base)) onDone();
  }

  const control = (field: StepField) => {
    const id = `${ids}-${field.name}`;
    const common = {
      id,
      name: field.name,
      required: field.required,
      'aria-invalid': Boolean(errors.fields[field.name]) || undefined,
    };
    const select = (items: Array<{ id: string; label: string }>, multiple = false) => (
      <select {...common} multiple={multiple} defaultValue={multiple ? [] : ''}>
        {!multiple && <option value="">—</option>}
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.label}
          </option>
        ))}
      </select>
    );
    switch (field.type) {
      case 'textarea':
        return <textarea {...common} />;
      case 'number':
        return <input {...common} type="number" min={1} max={120} />;
      case 'date':
        return <input {...common} type="date" />;
      case 'datetime':
        // Amsterdam wall-clock time, as stepInput reads it back, whatever zone the browser is in.
        return <input {...common} type="datetime-local" defaultValue={amsterdamDateTime(new Date())} />;
      case 'outcome':
        return select(COMPLAINT_DECISIONS.map((o) => ({ id: o, label: intl.formatMessage({ id: outcomeLabel(o) }) })));
      case 'handler':
        return select((options?.handlers ?? []).map((p) => ({ id: p.id, label: p.displayName ?? p.id })));
      case 'relationshipManager':
        return select((options?.relationshipManagers ?? []).map((p) => ({ id: p.id, label: p.displayName ?? p.id })));
      case 'complaintType':
        return select(
          (options?.complaintTypes ?? [])
            .filter((t) => t.active)
            .map((t) => ({ id: t.id, label: localName(locale, t) })),
        );
      case 'service':
        return select(
          (options?.services ?? []).filter((s) => s.active).map((s) => ({ id: s.id, label: localName(locale, s) })),
        );
      case 'measures':
        return select(
          (options?.measures ?? []).filter((m) => m.status !== 'CANCELLED').map((m) => ({ id: m.id, label: m.title })),
          true,
        );
      default:
        return <input {...common} type="text" />;
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>{form.label[locale]}</h3>
      {errors.code === 'CONFLICT' && (
        <div className="banner warn" role="alert">
          <FormattedMessage id="case.conflict" />{' '}
          <button type="button" onClick={onReload}>
            <FormattedMessage id="case.reload" />
          </button>
        </div>
      )}
      {errors.code !== 'CONFLICT' && errors.general.length > 0 && (
        <div className="banner warn" role="alert">
          {errors.general.join(' ')}
        </div>
      )}
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={`${ids}-${field.name}`}>{field.label[locale]}</label>
          {control(field)}
          {errors.fields[field.name] && <span className="field-error">{errors.fields[field.name]}</span>}
        </div>
      ))}
      <p>
        <button type="submit" className="primary" disabled={loading}>
          {form.label[locale]}
        </button>
      </p>
    </form>
  );
}
