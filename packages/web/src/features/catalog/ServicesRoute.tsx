import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { ServiceRow_ServiceFragment } from '../../gql/graphql';
import { AdminNav } from '../../ui/AdminNav';
import { RecordForm } from '../../ui/forms/RecordForm';
import { TextField } from '../../ui/forms/TextField';
import { activeCell, RecordTable, type RecordColumn } from '../../ui/RecordTable';
import { toReferenceInput } from './reference-form';
import { useSaveServiceMutation } from './useSaveServiceMutation';

graphql(`
  fragment ServiceRow_service on Service {
    id
    code
    name
    nameNl
    active
  }
`);

const ServicesRouteQuery = graphql(`
  query ServicesRouteQuery {
    services {
      ...ServiceRow_service
    }
  }
`);

/** Services (what the organisation delivers): the list, and a form to add one or change the one picked. */
export default function ServicesRoute() {
  const { data, loading, error, refetch } = useQuery(ServicesRouteQuery);
  const [editing, setEditing] = useState<ServiceRow_ServiceFragment | null>(null);
  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.services" />
      </h1>
      <RecordTable
        rows={data?.services}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        columns={COLUMNS}
        onEdit={setEditing}
      />
      <ServiceForm key={editing?.id ?? 'new'} service={editing} onDone={() => setEditing(null)} />
    </section>
  );
}

const COLUMNS: Array<RecordColumn<ServiceRow_ServiceFragment>> = [
  { label: 'manage.code', cell: (service) => service.code },
  { label: 'manage.nameEn', cell: (service) => service.name },
  { label: 'manage.nameNl', cell: (service) => service.nameNl },
  { label: 'manage.active', cell: (service) => activeCell(service.active) },
];

function ServiceForm({ service, onDone }: { service: ServiceRow_ServiceFragment | null; onDone: () => void }) {
  const { perform, errors, loading } = useSaveServiceMutation();
  return (
    <RecordForm
      label="service"
      heading={service ? 'manage.editService' : 'manage.newService'}
      errors={errors}
      loading={loading}
      save={(data) => perform(toReferenceInput(data, service?.id ?? null))}
      onDone={onDone}
    >
      <TextField label="manage.code" name="code" required defaultValue={service?.code} error={errors.fields['code']} />
      <TextField
        label="manage.nameEn"
        name="name"
        required
        defaultValue={service?.name}
        error={errors.fields['name']}
      />
      <TextField
        label="manage.nameNl"
        name="nameNl"
        required
        defaultValue={service?.nameNl}
        error={errors.fields['nameNl']}
      />
      <label>
        <input type="checkbox" name="active" defaultChecked={service?.active ?? true} />{' '}
        <FormattedMessage id="manage.active" />
      </label>
    </RecordForm>
  );
}
