import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { readSession } from './session';

/** One Apollo client: every request carries the signed-in person's token. */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((context) => {
    const session = readSession();
    return session
      ? {
          headers: {
            ...(context['headers'] as Record<string, string> | undefined),
            authorization: `Bearer ${session.token}`,
          },
        }
      : {};
  });
  return new ApolloClient({
    link: auth.concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache({
      // Reports have no id. Each dashboard widget asks for its own fields of the same report (same
      // arguments, so the same cache entry), so merge what they bring instead of one widget's
      // answer replacing another's and sending it to refetch.
      typePolicies: Object.fromEntries(
        [
          'VolumeTrend',
          'LeadTimePerformance',
          'LeadTimeRow',
          'Compliments',
          'Outcomes',
          'RecurrenceReport',
          'MeasureEffect',
        ].map((type) => [type, { merge: true }]),
      ),
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
