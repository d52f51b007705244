import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { use, useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useLocation, useNavigate } from 'react-router';
import { writeSession } from '../../app/session';
import { signInConfigOrError, type SignInConfig } from '../../app/sign-in-config';
import { graphql } from '../../gql';
import { formatRoles } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { ErrorState, Loading } from '../../ui/Status';
import { landingPath } from './landing';
import { useFinishSignIn } from './useFinishSignIn';

/** What a page that needs a session hands the sign-in page: where to come back to. */
export interface SignInLocationState {
  returnTo?: string;
}

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

/**
 * Sign-in as this server offers it: the organisation's identity provider (OpenID Connect) and, in
 * dev mode, the demo-person picker.
 */
export default function SignInRoute() {
  const [, retry] = useState(0);
  const config = use(signInConfigOrError());
  const returnTo = (useLocation().state as SignInLocationState | null)?.returnTo ?? null;

  if (config instanceof Error) return <ErrorState error={config} retry={() => retry((n) => n + 1)} />;
  return (
    <>
      {config.oidc && <OrganisationSignIn oidc={config.oidc} returnTo={returnTo} />}
      {config.devSignIn && <DemoPeoplePicker returnTo={returnTo} />}
      {!config.oidc && !config.devSignIn && (
        <>
          <h1>
            <FormattedMessage id="signIn.organisationTitle" />
          </h1>
          <p role="alert">
            <FormattedMessage id="signIn.unavailable" />
          </p>
        </>
      )}
    </>
  );
}

/**
 * The organisation's sign-in: off to the provider's login page, and back to `returnTo`. Sent here
 * from a page (a reload or a deep link), it first tries to sign in silently on the provider's
 * session, so a reload does not ask to sign in again.
 */
function OrganisationSignIn({ oidc, returnTo }: { oidc: NonNullable<SignInConfig['oidc']>; returnTo: string | null }) {
  const [trying, setTrying] = useState(returnTo !== null);
  const [redirecting, setRedirecting] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const finishSignIn = useFinishSignIn();

  useEffect(() => {
    if (returnTo === null) return;
    let current = true;
    void (async () => {
      // Loaded on demand: only people who sign in this way download the OpenID Connect client.
      const { trySilentSignIn } = await import('../../app/oidc');
      const user = await trySilentSignIn(oidc);
      if (user && current && (await finishSignIn(user.access_token, returnTo, () => current).catch(() => false)))
        return;
      if (current) setTrying(false);
    })();
    return () => {
      current = false;
    };
  }, [oidc, returnTo, finishSignIn]);

  async function start() {
    setRedirecting(true);
    setFailure(null);
    try {
      const { signInWithProvider } = await import('../../app/oidc');
      await signInWithProvider(oidc, returnTo ?? '/');
    } catch (error) {
      setRedirecting(false);
      setFailure(error instanceof Error ? error : new Error(String(error)));
    }
  }

  if (trying) return <Loading />;
  return (
    <section aria-labelledby="organisation-sign-in">
      <h1 id="organisation-sign-in">
        <FormattedMessage id="signIn.organisationTitle" />
      </h1>
      <p>
        <FormattedMessage id="signIn.organisationIntro" />
      </p>
      <button type="button" className="primary" disabled={redirecting} onClick={() => void start()}>
        <FormattedMessage id="signIn.organisationButton" />
      </button>
      {failure && <ErrorState error={failure} />}
    </section>
  );
}

/** Dev-mode sign-in: pick one of the seeded (fictional) people to try that role. */
function DemoPeoplePicker({ returnTo }: { returnTo: string | null }) {
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
      via: 'dev',
    });
    await client.clearStore();
    await navigate(landingPath(payload.person.roles, returnTo));
  }

  return (
    <section aria-labelledby="demo-sign-in">
      <h1 id="demo-sign-in">
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
    </section>
  );
}
