import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { ComplaintTypeRow_ComplaintTypeFragment } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { RecordForm } from '../../ui/forms/RecordForm';
import { TextField } from '../../ui/forms/TextField';
import { activeCell, RecordTable, type RecordColumn } from '../../ui/RecordTable';
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
  const columns: Array<RecordColumn<ComplaintTypeRow_ComplaintTypeFragment>> = [
    { label: 'manage.code', cell: (type) => type.code },
    { label: 'manage.nameEn', cell: (type) => type.name },
    { label: 'manage.nameNl', cell: (type) => type.nameNl },
    { label: 'manage.leadTime', cell: (type) => type.leadTimeWorkingDays },
    {
      label: 'manage.history',
      cell: (type) => (
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
      ),
    },
    { label: 'manage.active', cell: (type) => activeCell(type.active) },
  ];
  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.complaintTypes" />
      </h1>
      <RecordTable
        rows={data?.complaintTypes}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        columns={columns}
        onEdit={setEditing}
      />
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
  const current = type?.versions.find((v) => v.validTo == null);
  return (
    <RecordForm
      label="complaint type"
      heading={type ? 'manage.editComplaintType' : 'manage.newComplaintType'}
      errors={errors}
      loading={loading}
      save={(data) =>
        perform({
          ...toReferenceInput(data, type?.id ?? null),
          leadTimeWorkingDays: Number(formText(data, 'leadTimeWorkingDays')),
          pausesClockOnInformationRequest: data.get('pausesClockOnInformationRequest') === 'on',
        })
      }
      onDone={onDone}
    >
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
    </RecordForm>
  );
}
