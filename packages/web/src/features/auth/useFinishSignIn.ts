import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { writeSession } from '../../app/session';
import { graphql } from '../../gql';
import { landingPath } from './landing';

const FinishSignInViewerQuery = graphql(`
  query FinishSignInViewerQuery {
    viewer {
      id
      displayName
      roles
    }
  }
`);

/**
 * Completes an OpenID Connect sign-in: asks our server who the access token belongs to (roles come
 * from Klankbord, not from the provider), keeps the session in memory and opens the landing page.
 * Resolves false when `stillWanted()` says the page has moved on meanwhile.
 */
export function useFinishSignIn() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (accessToken: string, returnTo: string | null, stillWanted: () => boolean = () => true) => {
      const { data } = await client.query({
        query: FinishSignInViewerQuery,
        context: { headers: { authorization: `Bearer ${accessToken}` } },
        fetchPolicy: 'network-only',
      });
      if (!data?.viewer) throw new Error('The server did not accept the sign-in.');
      if (!stillWanted()) return false;
      await client.clearStore();
      writeSession({
        token: accessToken,
        personId: data.viewer.id,
        displayName: data.viewer.displayName ?? '',
        roles: data.viewer.roles,
        via: 'oidc',
      });
      await navigate(landingPath(data.viewer.roles, returnTo), { replace: true });
      return true;
    },
    [client, navigate],
  );
}
