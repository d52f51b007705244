import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { SettingsForm_SettingsFragment } from '../../gql/graphql';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { FormProblems } from '../../ui/forms/FormProblems';
import { TextField } from '../../ui/forms/TextField';
import { ErrorState, Loading } from '../../ui/Status';
import { useUpdateSettingsMutation } from './useUpdateSettingsMutation';

graphql(`
  fragment SettingsForm_settings on OrganisationSettings {
    liberationDayIsHoliday
    minimumReportCellSize
    relationshipManagerScope
    defaultLanguage
    askSatisfaction
    publicUrl
  }
`);

const SettingsRouteQuery = graphql(`
  query SettingsRouteQuery {
    settings {
      ...SettingsForm_settings
    }
  }
`);

/**
 * The organisation settings: Liberation Day, the small-cell threshold, default language, relationship
 * managers' scope, and asking satisfaction after closure with the public address its link is built on.
 */
export default function SettingsRoute() {
  const { data, loading, error, refetch } = useQuery(SettingsRouteQuery);
  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.settings" />
      </h1>
      {loading && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error ?? { message: '' }} retry={() => void refetch()} />
      ) : (
        <SettingsForm settings={data.settings} />
      )}
    </section>
  );
}

function SettingsForm({ settings }: { settings: SettingsForm_SettingsFragment }) {
  const { perform, errors, loading } = useUpdateSettingsMutation();
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    const input = {
      liberationDayIsHoliday: data.get('liberationDayIsHoliday') === 'on',
      minimumReportCellSize: Number(formText(data, 'minimumReportCellSize')),
      relationshipManagerScope: formText(data, 'relationshipManagerScope'),
      defaultLanguage: formText(data, 'defaultLanguage'),
      askSatisfaction: data.get('askSatisfaction') === 'on',
      // Empty clears the address (the server then refuses asking satisfaction).
      publicUrl: formText(data, 'publicUrl'),
    };
    setSaved(await perform(input));
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label="settings">
      <FormProblems errors={errors} />
      {saved && (
        <p role="status" className="banner">
          <FormattedMessage id="manage.saved" />
        </p>
      )}
      <label>
        <input type="checkbox" name="liberationDayIsHoliday" defaultChecked={settings.liberationDayIsHoliday} />{' '}
        <FormattedMessage id="manage.liberationDay" />
      </label>
      <TextField
        label="manage.minimumCell"
        name="minimumReportCellSize"
        type="number"
        min={1}
        max={50}
        required
        defaultValue={settings.minimumReportCellSize}
        error={errors.fields['minimumReportCellSize']}
      />
      <label>
        <FormattedMessage id="manage.defaultLanguage" />{' '}
        <select name="defaultLanguage" defaultValue={settings.defaultLanguage}>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        <FormattedMessage id="manage.rmScope" />{' '}
        <select name="relationshipManagerScope" defaultValue={settings.relationshipManagerScope}>
          <option value="PORTFOLIO">
            <FormattedMessage id="manage.rmScopePortfolio" />
          </option>
          <option value="ALL">
            <FormattedMessage id="manage.rmScopeAll" />
          </option>
        </select>
      </label>
      <TextField
        label="manage.publicUrl"
        name="publicUrl"
        type="url"
        placeholder="https://klankbord.example.nl"
        defaultValue={settings.publicUrl ?? ''}
        error={errors.fields['publicUrl']}
      />
      <label>
        <input type="checkbox" name="askSatisfaction" defaultChecked={settings.askSatisfaction} />{' '}
        <FormattedMessage id="manage.askSatisfaction" />
      </label>
      <p>
        <button type="submit" className="primary" disabled={loading}>
          <FormattedMessage id="manage.save" />
        </button>
      </p>
    </form>
  );
}
