import { useQuery } from '@apollo/client/react';
import { use, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { signInConfigOrError } from '../../app/sign-in-config';
import { graphql } from '../../gql';
import type { PersonRow_PersonFragment, Role } from '../../gql/graphql';
import { formatRoles } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { AdminNav } from '../../ui/AdminNav';
import { formText } from '../../ui/forms/form-text';
import { FormProblems } from '../../ui/forms/FormProblems';
import { TextField } from '../../ui/forms/TextField';
import { Empty, ErrorState, Loading } from '../../ui/Status';
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
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !data?.people.length ? (
        <Empty />
      ) : (
        <table>
          <thead>
            <tr>
              <th>
                <FormattedMessage id="manage.name" />
              </th>
              <th>
                <FormattedMessage id="manage.email" />
              </th>
              <th>
                <FormattedMessage id="manage.roles" />
              </th>
              <th>
                <FormattedMessage id="manage.unit" />
              </th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.people.map((person) => (
              <tr key={person.id}>
                <td>{person.displayName}</td>
                <td>{person.email}</td>
                <td>{formatRoles(person.roles, locale)}</td>
                <td>{person.organisationUnit?.name ?? '—'}</td>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(person)}>
                    <FormattedMessage id="manage.edit" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
  const [saved, setSaved] = useState(false);
  const { locale } = useLocale();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setSaved(false);
    const input = {
      id: person?.id ?? null,
      displayName: formText(data, 'displayName').trim(),
      email: formText(data, 'email').trim(),
      phone: formText(data, 'phone').trim() || null,
      roles: PERSON_ROLES.filter((r) => data.get(`role-${r}`) === 'on'),
      organisationUnitId: formText(data, 'organisationUnitId') || null,
      active: data.get('active') === 'on',
    };
    if (await perform(input)) {
      form.reset();
      setSaved(true);
      onDone();
    }
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label="person">
      <h2>
        <FormattedMessage id={person ? 'manage.editPerson' : 'manage.newPerson'} />
      </h2>
      <FormProblems errors={errors} />
      {saved && (
        <p role="status" className="banner">
          <FormattedMessage id="manage.saved" />
        </p>
      )}
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
      <p>
        <button type="submit" className="primary" disabled={loading}>
          <FormattedMessage id="manage.save" />
        </button>
      </p>
    </form>
  );
}
