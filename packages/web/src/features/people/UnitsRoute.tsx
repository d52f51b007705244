import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { UnitRow_OrganisationUnitFragment } from '../../gql/graphql';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { FormProblems } from '../../ui/forms/FormProblems';
import { TextField } from '../../ui/forms/TextField';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import { useSaveOrganisationUnitMutation } from './useSaveOrganisationUnitMutation';

graphql(`
  fragment UnitRow_organisationUnit on OrganisationUnit {
    id
    code
    name
    active
    relationshipManager {
      id
      displayName
    }
  }
`);

const UnitsRouteQuery = graphql(`
  query UnitsRouteQuery {
    organisationUnits {
      ...UnitRow_organisationUnit
    }
    people(role: RELATIONSHIP_MANAGER) {
      id
      displayName
    }
  }
`);

type Manager = { id: string; displayName?: string | null };

/** Organisation units and whose portfolio (relationship manager) each is in. */
export default function UnitsRoute() {
  const { data, loading, error, refetch } = useQuery(UnitsRouteQuery);
  const [editing, setEditing] = useState<UnitRow_OrganisationUnitFragment | null>(null);
  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.units" />
      </h1>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !data?.organisationUnits.length ? (
        <Empty />
      ) : (
        <table>
          <thead>
            <tr>
              <th>
                <FormattedMessage id="manage.code" />
              </th>
              <th>
                <FormattedMessage id="manage.name" />
              </th>
              <th>
                <FormattedMessage id="manage.relationshipManager" />
              </th>
              <th>
                <FormattedMessage id="manage.active" />
              </th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.organisationUnits.map((unit) => (
              <tr key={unit.id}>
                <td>{unit.code}</td>
                <td>{unit.name}</td>
                <td>{unit.relationshipManager?.displayName ?? '—'}</td>
                <td>{unit.active ? '✓' : '—'}</td>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(unit)}>
                    <FormattedMessage id="manage.edit" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UnitForm
        key={editing?.id ?? 'new'}
        unit={editing}
        managers={data?.people ?? []}
        onDone={() => setEditing(null)}
      />
    </section>
  );
}

function UnitForm({
  unit,
  managers,
  onDone,
}: {
  unit: UnitRow_OrganisationUnitFragment | null;
  managers: Manager[];
  onDone: () => void;
}) {
  const { perform, errors, loading } = useSaveOrganisationUnitMutation();
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setSaved(false);
    const input = {
      id: unit?.id ?? null,
      code: formText(data, 'code').trim(),
      name: formText(data, 'name').trim(),
      relationshipManagerId: formText(data, 'relationshipManagerId') || null,
      active: data.get('active') === 'on',
    };
    if (await perform(input)) {
      form.reset();
      setSaved(true);
      onDone();
    }
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label="unit">
      <h2>
        <FormattedMessage id={unit ? 'manage.editUnit' : 'manage.newUnit'} />
      </h2>
      <FormProblems errors={errors} />
      {saved && (
        <p role="status" className="banner">
          <FormattedMessage id="manage.saved" />
        </p>
      )}
      <TextField label="manage.code" name="code" required defaultValue={unit?.code} error={errors.fields['code']} />
      <TextField label="manage.name" name="name" required defaultValue={unit?.name} error={errors.fields['name']} />
      <label>
        <FormattedMessage id="manage.relationshipManager" />{' '}
        <select name="relationshipManagerId" defaultValue={unit?.relationshipManager?.id ?? ''}>
          <option value="">—</option>
          {managers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.displayName ?? m.id}
            </option>
          ))}
        </select>
      </label>
      {errors.fields['relationshipManagerId'] && (
        <span className="field-error">{errors.fields['relationshipManagerId']}</span>
      )}
      <label>
        <input type="checkbox" name="active" defaultChecked={unit?.active ?? true} />{' '}
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
