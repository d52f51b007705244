import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { readSession } from './session';

/** One Apollo client: every request carries the signed-in person's token. */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((context) => {
    const session = readSession();
    return session ? { headers: { ...context['headers'], authorization: `Bearer ${session.token}` } } : {};
  });
  return new ApolloClient({
    link: auth.concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache({
      typePolicies: {
        // Reports have no id: replace them whole on every fetch.
        Query: { fields: { volumeTrend: { merge: false }, leadTimePerformance: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
