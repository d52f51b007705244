import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { ServiceRow_ServiceFragment } from '../../gql/graphql';
import { AdminNav } from '../../ui/AdminNav';
import { FormProblems } from '../../ui/forms/FormProblems';
import { TextField } from '../../ui/forms/TextField';
import { Empty, ErrorState, Loading } from '../../ui/Status';
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
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !data?.services.length ? (
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
                <FormattedMessage id="manage.active" />
              </th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.services.map((service) => (
              <tr key={service.id}>
                <td>{service.code}</td>
                <td>{service.name}</td>
                <td>{service.nameNl}</td>
                <td>{service.active ? '✓' : '—'}</td>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(service)}>
                    <FormattedMessage id="manage.edit" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ServiceForm key={editing?.id ?? 'new'} service={editing} onDone={() => setEditing(null)} />
    </section>
  );
}

function ServiceForm({ service, onDone }: { service: ServiceRow_ServiceFragment | null; onDone: () => void }) {
  const { perform, errors, loading } = useSaveServiceMutation();
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSaved(false);
    if (await perform(toReferenceInput(new FormData(form), service?.id ?? null))) {
      form.reset();
      setSaved(true);
      onDone();
    }
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label="service">
      <h2>
        <FormattedMessage id={service ? 'manage.editService' : 'manage.newService'} />
      </h2>
      <FormProblems errors={errors} />
      {saved && (
        <p role="status" className="banner">
          <FormattedMessage id="manage.saved" />
        </p>
      )}
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
      <p>
        <button type="submit" className="primary" disabled={loading}>
          <FormattedMessage id="manage.save" />
        </button>
      </p>
    </form>
  );
}
