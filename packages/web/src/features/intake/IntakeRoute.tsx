import { useQuery } from '@apollo/client/react';
import { CASE_KINDS, FEEDBACK_LIMITS } from '@klankbord/domain';
import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import type { CaseKind, SubmitFeedbackInput } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useLocalName } from '../../i18n/local-name';
import { kindLabel } from '../../i18n/labels';
import { useLocale } from '../../i18n/LocaleProvider';
import { FieldError, invalidProps } from '../../ui/forms/FieldError';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { useSubmitFeedbackMutation } from './useSubmitFeedbackMutation';
import { formText } from '../../ui/forms/form-text';

const IntakeRouteQuery = graphql(`
  query IntakeRouteQuery {
    services {
      id
      name
      nameNl
      active
    }
    complaintTypes {
      id
      name
      nameNl
      active
    }
  }
`);

/**
 * The portal form. One idempotency key per form instance: a double click or a retry after a
 * network error returns the first registration instead of filing twice.
 */
export default function IntakeRoute() {
  const intl = useIntl();
  const { locale } = useLocale();
  const ids = useId();
  const { data } = useQuery(IntakeRouteQuery);
  const [submit, { loading, data: result, reset }] = useSubmitFeedbackMutation();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState<CaseKind>('COMPLAINT');
  const { perform, errors } = useFormMutation((input: SubmitFeedbackInput) => submit({ variables: { input } }));
  const name = useLocalName();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => {
      const value = formText(form, key).trim();
      return value === '' ? null : value;
    };
    await perform({
      kind,
      description: text('description') ?? '',
      phone: text('phone'),
      serviceId: text('serviceId'),
      complaintTypeId: kind === 'COMPLAINT' ? text('complaintTypeId') : null,
      locale,
      idempotencyKey,
    });
  }

  const payload = result?.submitFeedback;
  if (payload) {
    return (
      <section aria-live="polite">
        <h1>
          <FormattedMessage id="intake.title" />
        </h1>
        <div className="banner ok" role="status">
          <p>
            <strong>
              <FormattedMessage
                id="intake.done"
                values={{ number: <span data-testid="registration-number">{payload.registrationNumber}</span> }}
              />
            </strong>
          </p>
          <p>
            <FormattedMessage
              id="intake.ackDue"
              values={{ date: formatDateTime(payload.acknowledgementDueAt, locale) }}
            />
          </p>
          <p>
            <FormattedMessage
              id="intake.resolutionDue"
              values={{ date: formatDateTime(payload.resolutionDueAt, locale) }}
            />
          </p>
        </div>
        <button
          type="button"
          onClick={() => {
            reset();
            setIdempotencyKey(crypto.randomUUID());
          }}
        >
          <FormattedMessage id="intake.another" />
        </button>
      </section>
    );
  }

  const fieldError = (field: string) => <FieldError id={`${ids}-${field}-error`} message={errors.fields[field]} />;
  const invalid = (field: string) => invalidProps(`${ids}-${field}-error`, errors.fields[field]);

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <h1>
        <FormattedMessage id="intake.title" />
      </h1>
      {errors.general.length > 0 && (
        <div className="banner warn" role="alert">
          {errors.general.join(' ')}
        </div>
      )}
      <fieldset>
        <legend>
          <FormattedMessage id="intake.kind" />
        </legend>
        {CASE_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            <FormattedMessage id={kindLabel(k)} />
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${ids}-description`}>
        <FormattedMessage id="intake.description" />
        <span className="help">
          <FormattedMessage id="intake.descriptionHelp" />
        </span>
      </label>
      <textarea
        id={`${ids}-description`}
        name="description"
        required
        minLength={FEEDBACK_LIMITS.description.min}
        maxLength={FEEDBACK_LIMITS.description.max}
        {...invalid('description')}
      />
      {fieldError('description')}
      <label htmlFor={`${ids}-phone`}>
        <FormattedMessage id="intake.phone" />
        <span className="help">
          <FormattedMessage id="intake.phoneHelp" />
        </span>
      </label>
      <input id={`${ids}-phone`} name="phone" type="tel" autoComplete="tel" {...invalid('phone')} />
      {fieldError('phone')}
      <label htmlFor={`${ids}-service`}>
        <FormattedMessage id="intake.service" />
      </label>
      <select id={`${ids}-service`} name="serviceId" defaultValue="" {...invalid('serviceId')}>
        <option value="">{intl.formatMessage({ id: 'intake.choose' })}</option>
        {data?.services
          .filter((s) => s.active)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {name(s)}
            </option>
          ))}
      </select>
      {fieldError('serviceId')}
      {kind === 'COMPLAINT' && (
        <>
          <label htmlFor={`${ids}-type`}>
            <FormattedMessage id="intake.complaintType" />
          </label>
          <select id={`${ids}-type`} name="complaintTypeId" defaultValue="" {...invalid('complaintTypeId')}>
            <option value="">{intl.formatMessage({ id: 'intake.choose' })}</option>
            {data?.complaintTypes
              .filter((t) => t.active)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {name(t)}
                </option>
              ))}
          </select>
          {fieldError('complaintTypeId')}
        </>
      )}
      <p>
        <button type="submit" className="primary" disabled={loading}>
          <FormattedMessage id={loading ? 'intake.submitting' : 'intake.submit'} />
        </button>
      </p>
    </form>
  );
}
