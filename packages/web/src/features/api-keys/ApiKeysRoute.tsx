import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { FormProblems } from '../../ui/forms/FormProblems';
import { TextField } from '../../ui/forms/TextField';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { expiresAtForDate, suggestedExpiryDate } from './api-key-expiry';
import { useCreateApiKeyMutation, useRevokeApiKeyMutation } from './useApiKeyMutations';

graphql(`
  fragment ApiKeyRow_apiKey on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
  }
`);

const ApiKeysRouteQuery = graphql(`
  query ApiKeysRouteQuery {
    apiKeys {
      ...ApiKeyRow_apiKey
    }
    apiKeyScopes
  }
`);

/** API keys for integrations: list, create (the secret shown once) and revoke after confirmation. */
export default function ApiKeysRoute() {
  const { data, loading, error, refetch } = useQuery(ApiKeysRouteQuery);
  const create = useCreateApiKeyMutation();
  const revoke = useRevokeApiKeyMutation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { locale } = useLocale();
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : '—');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    setCopied(false);
    const input = {
      name: formText(formData, 'name').trim(),
      scopes: (data?.apiKeyScopes ?? []).filter((scope) => formData.get(`scope-${scope}`) === 'on'),
      // The key works through the whole chosen day, as the administrator counts days.
      expiresAt: expiresAtForDate(formText(formData, 'expiresOn')),
    };
    if (await create.perform(input)) form.reset();
  }

  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.apiKeys" />
      </h1>
      {create.secret && (
        <div role="status" className="banner" aria-label="secret">
          <p>
            <FormattedMessage id="manage.secretOnce" />
          </p>
          <p>
            <code data-testid="api-key-secret">{create.secret}</code>{' '}
            <button
              type="button"
              onClick={() => {
                // Without clipboard permission the secret stays on screen to copy by hand.
                void navigator.clipboard
                  ?.writeText(create.secret ?? '')
                  .then(() => setCopied(true))
                  .catch(() => setCopied(false));
              }}
            >
              <FormattedMessage id={copied ? 'manage.copied' : 'manage.copy'} />
            </button>{' '}
            <button type="button" className="link" onClick={create.forgetSecret}>
              <FormattedMessage id="manage.secretDone" />
            </button>
          </p>
        </div>
      )}
      <FormProblems errors={revoke.errors} />
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !data?.apiKeys.length ? (
        <Empty />
      ) : (
        <table>
          <thead>
            <tr>
              <th>
                <FormattedMessage id="manage.name" />
              </th>
              <th>
                <FormattedMessage id="manage.prefix" />
              </th>
              <th>
                <FormattedMessage id="manage.scopes" />
              </th>
              <th>
                <FormattedMessage id="manage.created" />
              </th>
              <th>
                <FormattedMessage id="manage.lastUsed" />
              </th>
              <th>
                <FormattedMessage id="manage.expires" />
              </th>
              <th>
                <FormattedMessage id="manage.revoked" />
              </th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.apiKeys.map((key) => (
              <tr key={key.id} data-testid={`api-key-${key.prefix}`}>
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}</code>
                </td>
                <td>{key.scopes.join(', ')}</td>
                <td>{when(key.createdAt)}</td>
                <td>{when(key.lastUsedAt)}</td>
                <td>{when(key.expiresAt)}</td>
                <td>{when(key.revokedAt)}</td>
                <td>
                  {key.revokedAt ? null : confirming === key.id ? (
                    <>
                      <button
                        type="button"
                        className="danger"
                        disabled={revoke.loading}
                        onClick={() => void revoke.perform(key.id).then(() => setConfirming(null))}
                      >
                        <FormattedMessage id="manage.confirmRevoke" values={{ name: key.name }} />
                      </button>{' '}
                      <button type="button" className="link" onClick={() => setConfirming(null)}>
                        <FormattedMessage id="manage.cancel" />
                      </button>
                    </>
                  ) : (
                    <button type="button" className="link" onClick={() => setConfirming(key.id)}>
                      <FormattedMessage id="manage.revoke" />
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="card" onSubmit={(e) => void submit(e)} aria-label="API key">
        <h2>
          <FormattedMessage id="manage.newApiKey" />
        </h2>
        <FormProblems errors={create.errors} />
        <TextField label="manage.name" name="name" required error={create.errors.fields['name']} />
        <fieldset>
          <legend>
            <FormattedMessage id="manage.scopes" />
          </legend>
          {(data?.apiKeyScopes ?? []).map((scope) => (
            <label key={scope}>
              <input type="checkbox" name={`scope-${scope}`} /> <code>{scope}</code>
            </label>
          ))}
          {create.errors.fields['scopes'] && <span className="field-error">{create.errors.fields['scopes']}</span>}
        </fieldset>
        <TextField
          label="manage.expires"
          name="expiresOn"
          type="date"
          required
          defaultValue={suggestedExpiryDate(new Date())}
          error={create.errors.fields['expiresAt']}
        />
        <p>
          <button type="submit" className="primary" disabled={create.loading}>
            <FormattedMessage id="manage.create" />
          </button>
        </p>
      </form>
    </section>
  );
}
