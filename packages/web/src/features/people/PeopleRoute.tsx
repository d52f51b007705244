import { useQuery } from '@apollo/client/react';
import { use, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { signInConfigOrError } from '../../app/sign-in-config';
import { graphql } from '../../gql';
import type { PersonRow_PersonFragment, Role } from '../../gql/graphql';
import { formatRoles } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { RecordForm } from '../../ui/forms/RecordForm';
import { TextField } from '../../ui/forms/TextField';
import { RecordTable, type RecordColumn } from '../../ui/RecordTable';
import { useSavePersonMutation } from './useSavePersonMutation';

/** The roles a person can be given here (INTEGRATION belongs to API keys, not people). */
const PERSON_ROLES: Role[] = ['SUBMITTER', 'RELATIONSHIP_MANAGER', 'HANDLER', 'MANAGEMENT', 'ADMINISTRATOR'];

graphql(`
  fragment PersonRow_person on Person {
    id
    displayName
    email
    phone
    roles
    active
    organisationUnit {
      id
      name
    }
  }
`);

const PeopleRouteQuery = graphql(`
  query PeopleRouteQuery($role: Role!) {
    people(role: $role) {
      ...PersonRow_person
    }
    organisationUnits {
      id
      name
      active
    }
  }
`);

/** The people register: who holds which role, per role; add a person or change the one picked. */
export default function PeopleRoute() {
  const [role, setRole] = useState<Role>('HANDLER');
  const { data, loading, error, refetch } = useQuery(PeopleRouteQuery, { variables: { role } });
  const [editing, setEditing] = useState<PersonRow_PersonFragment | null>(null);
  const { locale } = useLocale();
  const signInConfig = use(signInConfigOrError());
  // With ROLES_SOURCE=token the provider's token overwrites roles at every sign-in.
  const rolesFromProvider = !(signInConfig instanceof Error) && signInConfig.rolesSource === 'token';
  const columns: Array<RecordColumn<PersonRow_PersonFragment>> = [
    { label: 'manage.name', cell: (person) => person.displayName },
    { label: 'manage.email', cell: (person) => person.email },
    { label: 'manage.roles', cell: (person) => formatRoles(person.roles, locale) },
    { label: 'manage.unit', cell: (person) => person.organisationUnit?.name ?? '—' },
  ];
  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.people" />
      </h1>
      {rolesFromProvider && (
        <p className="banner warn" role="note" data-testid="roles-from-provider">
          <FormattedMessage id="manage.rolesFromProvider" />
        </p>
      )}
      <label>
        <FormattedMessage id="manage.role" />{' '}
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {PERSON_ROLES.map((r) => (
            <option key={r} value={r}>
              {formatRoles([r], locale)}
            </option>
          ))}
        </select>
      </label>
      <RecordTable
        rows={data?.people}
        loading={loading}
        error={error}
        retry={() => void refetch()}
        columns={columns}
        onEdit={setEditing}
      />
      <PersonForm
        key={editing?.id ?? 'new'}
        person={editing}
        units={data?.organisationUnits.filter((u) => u.active) ?? []}
        onDone={() => setEditing(null)}
      />
    </section>
  );
}

function PersonForm({
  person,
  units,
  onDone,
}: {
  person: PersonRow_PersonFragment | null;
  units: Array<{ id: string; name: string }>;
  onDone: () => void;
}) {
  const { perform, errors, loading } = useSavePersonMutation();
  const { locale } = useLocale();
  return (
    <RecordForm
      label="person"
      heading={person ? 'manage.editPerson' : 'manage.newPerson'}
      errors={errors}
      loading={loading}
      save={(data) =>
        perform({
          id: person?.id ?? null,
          displayName: formText(data, 'displayName').trim(),
          email: formText(data, 'email').trim(),
          phone: formText(data, 'phone').trim() || null,
          roles: PERSON_ROLES.filter((r) => data.get(`role-${r}`) === 'on'),
          organisationUnitId: formText(data, 'organisationUnitId') || null,
          active: data.get('active') === 'on',
        })
      }
      onDone={onDone}
    >
      <TextField
        label="manage.name"
        name="displayName"
        required
        defaultValue={person?.displayName ?? ''}
        error={errors.fields['displayName']}
      />
      <TextField
        label="manage.email"
        name="email"
        type="email"
        required
        defaultValue={person?.email ?? ''}
        error={errors.fields['email']}
      />
      <TextField label="manage.phone" name="phone" defaultValue={person?.phone ?? ''} error={errors.fields['phone']} />
      <fieldset>
        <legend>
          <FormattedMessage id="manage.roles" />
        </legend>
        {PERSON_ROLES.map((r) => (
          <label key={r}>
            <input type="checkbox" name={`role-${r}`} defaultChecked={person?.roles.includes(r) ?? false} />{' '}
            {formatRoles([r], locale)}
          </label>
        ))}
        {errors.fields['roles'] && <span className="field-error">{errors.fields['roles']}</span>}
      </fieldset>
      <label>
        <FormattedMessage id="manage.unit" />{' '}
        <select name="organisationUnitId" defaultValue={person?.organisationUnit?.id ?? ''}>
          <option value="">—</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" name="active" defaultChecked={person?.active ?? true} />{' '}
        <FormattedMessage id="manage.active" />
      </label>
    </RecordForm>
  );
}
