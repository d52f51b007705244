import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { useNavigate } from 'react-router';
import { writeSession } from '../../app/session';
import { graphql } from '../../gql';
import { formatRoles } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { ErrorState, Loading } from '../../ui/Status';

const SignInRouteQuery = graphql(`
  query SignInRouteQuery {
    demoPeople {
      id
      displayName
      roles
    }
  }
`);

const DevSignInMutation = graphql(`
  mutation DevSignInMutation($personId: ID!) {
    devSignIn(personId: $personId) {
      token
      person {
        id
        displayName
        roles
      }
    }
  }
`);

/** Dev-mode sign-in: pick one of the seeded (fictional) people to try that role. */
export default function SignInRoute() {
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(SignInRouteQuery, { fetchPolicy: 'network-only' });
  const [signIn, { loading: signingIn }] = useMutation(DevSignInMutation);
  const client = useApolloClient();
  const navigate = useNavigate();

  async function choose(personId: string) {
    const result = await signIn({ variables: { personId } });
    const payload = result.data?.devSignIn;
    if (!payload) return;
    writeSession({
      token: payload.token,
      personId: payload.person.id,
      displayName: payload.person.displayName,
      roles: payload.person.roles,
    });
    await client.clearStore();
    const roles = payload.person.roles;
    await navigate(
      roles.includes('RELATIONSHIP_MANAGER') || roles.includes('HANDLER')
        ? '/queue'
        : roles.includes('SUBMITTER')
          ? '/submit'
          : '/',
    );
  }

  return (
    <>
      <h1>
        <FormattedMessage id="signIn.title" />
      </h1>
      <p>
        <FormattedMessage id="signIn.intro" />
      </p>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      <ul className="people">
        {data?.demoPeople.map((person) => (
          <li key={person.id}>
            <button type="button" disabled={signingIn} onClick={() => void choose(person.id)}>
              {person.displayName}
            </button>{' '}
            <span className="badge">{formatRoles(person.roles, locale)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
