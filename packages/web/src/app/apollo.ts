import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print, type DocumentNode } from 'graphql';
import { readSession } from './session';

/**
 * The document's id in the trusted-documents manifest: codegen puts it on every generated document
 * (`__meta__.hash`, the SHA-256 of its text). A document without one is hashed here; the server
 * then knows it only if it is in the manifest after all.
 */
async function documentHash(document: DocumentNode): Promise<string> {
  const embedded = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof embedded === 'string') return embedded;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(print(document)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One Apollo client: every request carries the signed-in person's token, and names its operation
 * by hash (trusted documents: in production the server runs only the web app's own operations).
 */
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
    link: ApolloLink.from([
      auth,
      new PersistedQueryLink({ generateHash: documentHash }),
      new HttpLink({ uri: '/graphql' }),
    ]),
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
