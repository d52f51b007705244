import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { ComplaintTypeRow_ComplaintTypeFragment } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { FormProblems } from '../../ui/forms/FormProblems';
import { TextField } from '../../ui/forms/TextField';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { toReferenceInput } from './reference-form';
import { useSaveComplaintTypeMutation } from './useSaveComplaintTypeMutation';

graphql(`
  fragment ComplaintTypeRow_complaintType on ComplaintType {
    id
    code
    name
    nameNl
    active
    leadTimeWorkingDays
    versions {
      id
      version
      leadTimeWorkingDays
      pausesClockOnInformationRequest
      validFrom
      validTo
    }
  }
`);

const ComplaintTypesRouteQuery = graphql(`
  query ComplaintTypesRouteQuery {
    complaintTypes {
      ...ComplaintTypeRow_complaintType
    }
  }
`);

/** Complaint types with their lead time and its history (each change starts a new version). */
export default function ComplaintTypesRoute() {
  const { data, loading, error, refetch } = useQuery(ComplaintTypesRouteQuery);
  const [editing, setEditing] = useState<ComplaintTypeRow_ComplaintTypeFragment | null>(null);
  const { locale } = useLocale();
  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.complaintTypes" />
      </h1>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !data?.complaintTypes.length ? (
        <Empty />
      ) : (
        <table>
          <thead>
            <tr>
              <th>
                <FormattedMessage id="manage.code" />
              </th>
              <th>
                <FormattedMessage id="manage.nameEn" />
              </th>
              <th>
                <FormattedMessage id="manage.nameNl" />
              </th>
              <th>
                <FormattedMessage id="manage.leadTime" />
              </th>
              <th>
                <FormattedMessage id="manage.history" />
              </th>
              <th>
                <FormattedMessage id="manage.active" />
              </th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.complaintTypes.map((type) => (
              <tr key={type.id}>
                <td>{type.code}</td>
                <td>{type.name}</td>
                <td>{type.nameNl}</td>
                <td>{type.leadTimeWorkingDays}</td>
                <td>
                  <ol>
                    {type.versions.map((v) => (
                      <li key={v.id}>
                        <FormattedMessage
                          id="manage.version"
                          values={{
                            version: v.version,
                            days: v.leadTimeWorkingDays,
                            from: formatDateTime(v.validFrom, locale),
                          }}
                        />
                      </li>
                    ))}
                  </ol>
                </td>
                <td>{type.active ? '✓' : '—'}</td>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(type)}>
                    <FormattedMessage id="manage.edit" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ComplaintTypeForm key={editing?.id ?? 'new'} type={editing} onDone={() => setEditing(null)} />
    </section>
  );
}

function ComplaintTypeForm({
  type,
  onDone,
}: {
  type: ComplaintTypeRow_ComplaintTypeFragment | null;
  onDone: () => void;
}) {
  const { perform, errors, loading } = useSaveComplaintTypeMutation();
  const [saved, setSaved] = useState(false);
  const current = type?.versions.find((v) => v.validTo == null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setSaved(false);
    const input = {
      ...toReferenceInput(data, type?.id ?? null),
      leadTimeWorkingDays: Number(formText(data, 'leadTimeWorkingDays')),
      pausesClockOnInformationRequest: data.get('pausesClockOnInformationRequest') === 'on',
    };
    if (await perform(input)) {
      form.reset();
      setSaved(true);
      onDone();
    }
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label="complaint type">
      <h2>
        <FormattedMessage id={type ? 'manage.editComplaintType' : 'manage.newComplaintType'} />
      </h2>
      <FormProblems errors={errors} />
      {saved && (
        <p role="status" className="banner">
          <FormattedMessage id="manage.saved" />
        </p>
      )}
      <TextField label="manage.code" name="code" required defaultValue={type?.code} error={errors.fields['code']} />
      <TextField label="manage.nameEn" name="name" required defaultValue={type?.name} error={errors.fields['name']} />
      <TextField
        label="manage.nameNl"
        name="nameNl"
        required
        defaultValue={type?.nameNl}
        error={errors.fields['nameNl']}
      />
      <TextField
        label="manage.leadTime"
        name="leadTimeWorkingDays"
        type="number"
        min={1}
        max={120}
        required
        defaultValue={type?.leadTimeWorkingDays ?? 5}
        error={errors.fields['leadTimeWorkingDays']}
      />
      <label>
        <input
          type="checkbox"
          name="pausesClockOnInformationRequest"
          defaultChecked={current?.pausesClockOnInformationRequest ?? false}
        />{' '}
        <FormattedMessage id="manage.pausesClock" />
      </label>
      <label>
        <input type="checkbox" name="active" defaultChecked={type?.active ?? true} />{' '}
        <FormattedMessage id="manage.active" />
      </label>
      <p>
        <button type="submit" className="primary" disabled={loading}>
          <FormattedMessage id="manage.save" />
        </button>
      </p>
    </form>
  );
}
