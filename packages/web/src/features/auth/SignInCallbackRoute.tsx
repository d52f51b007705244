import { useApolloClient } from '@apollo/client/react';
import { use, useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { completeSignIn } from '../../app/oidc';
import { writeSession } from '../../app/session';
import { signInConfigOrError } from '../../app/sign-in-config';
import { graphql } from '../../gql';
import { ErrorState, Loading } from '../../ui/Status';
import { landingPath } from './landing';

const SignInCallbackRouteQuery = graphql(`
  query SignInCallbackRouteQuery {
    viewer {
      id
      displayName
      roles
    }
  }
`);

/**
 * The provider sends the browser back here with an authorization code: exchange it (PKCE), ask our
 * server who the token belongs to (roles come from Klankbord, not from the provider), and open the
 * page the person was on their way to.
 */
export default function SignInCallbackRoute() {
  const config = use(signInConfigOrError());
  const client = useApolloClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<Error | null>(null);
  const oidc = config instanceof Error ? null : config.oidc;

  useEffect(() => {
    if (!oidc) return;
    let current = true;
    completeSignIn(oidc)
      .then(async ({ user, returnTo }) => {
        const { data } = await client.query({
          query: SignInCallbackRouteQuery,
          context: { headers: { authorization: `Bearer ${user.access_token}` } },
          fetchPolicy: 'network-only',
        });
        if (!data?.viewer) throw new Error('The server did not accept the sign-in.');
        if (!current) return;
        await client.clearStore();
        writeSession({
          token: user.access_token,
          personId: data.viewer.id,
          displayName: data.viewer.displayName ?? '',
          roles: data.viewer.roles,
          via: 'oidc',
        });
        await navigate(landingPath(data.viewer.roles, returnTo), { replace: true });
      })
      .catch((error: unknown) => {
        if (current) setFailure(error instanceof Error ? error : new Error(String(error)));
      });
    return () => {
      current = false;
    };
  }, [oidc, client, navigate]);

  const problem = config instanceof Error ? config : !oidc ? new Error('No identity provider is configured.') : failure;
  if (!problem) return <Loading />;
  return (
    <>
      <h1>
        <FormattedMessage id="signIn.failed" />
      </h1>
      <ErrorState error={problem} />
      <p>
        <Link to="/sign-in">
          <FormattedMessage id="signIn.again" />
        </Link>
      </p>
    </>
  );
}
