import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../../gql';
import type { UnitRow_OrganisationUnitFragment } from '../../gql/graphql';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { RecordForm } from '../../ui/forms/RecordForm';
import { TextField } from '../../ui/forms/TextField';
import { activeCell, RecordTable, type RecordColumn } from '../../ui/RecordTable';
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
      <RecordTable
        rows={data?.organisationUnits}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        columns={COLUMNS}
        onEdit={setEditing}
      />
      <UnitForm
        key={editing?.id ?? 'new'}
        unit={editing}
        managers={data?.people ?? []}
        onDone={() => setEditing(null)}
      />
    </section>
  );
}

const COLUMNS: Array<RecordColumn<UnitRow_OrganisationUnitFragment>> = [
  { label: 'manage.code', cell: (unit) => unit.code },
  { label: 'manage.name', cell: (unit) => unit.name },
  { label: 'manage.relationshipManager', cell: (unit) => unit.relationshipManager?.displayName ?? '—' },
  { label: 'manage.active', cell: (unit) => activeCell(unit.active) },
];

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
  return (
    <RecordForm
      label="unit"
      heading={unit ? 'manage.editUnit' : 'manage.newUnit'}
      errors={errors}
      loading={loading}
      save={(data) =>
        perform({
          id: unit?.id ?? null,
          code: formText(data, 'code').trim(),
          name: formText(data, 'name').trim(),
          relationshipManagerId: formText(data, 'relationshipManagerId') || null,
          active: data.get('active') === 'on',
        })
      }
      onDone={onDone}
    >
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
    </RecordForm>
  );
}
