import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { PRIMARY_ONLY, primaryWalPosition, replicaMonitorOf, withReadRoute, type ReadRoute } from '../db/replicas.js';
import { formatWalPosition, parseWalPosition, type WalPosition } from '../db/wal-position.js';
import type { AppServices, RequestContext } from './context.js';

/**
 * Read-your-writes across instances, without state on any of them: after a mutation the response
 * carries the primary's WAL position (header `Klankbord-Read-After`, and a cookie of the same value
 * for the web app); a client that sends it back (the browser does so by itself) is read from a
 * replica only once that replica has replayed up to there, else from the primary. Any instance
 * behind the load balancer can make that decision: the position travels with the request.
 */
export const READ_AFTER_HEADER = 'klankbord-read-after';
export const READ_AFTER_COOKIE = 'klankbord_read_after';

/**
 * How long the browser keeps the position. Long enough for a replica within its allowed lag to
 * pass it; once a replica has, the cookie changes nothing, so a longer life would only cost bytes.
 */
const READ_AFTER_COOKIE_SECONDS = 300;

/**
 * Decides each request's read route: queries may read from a replica (subject to the client's
 * position), mutations read from the primary throughout — their payload shows what they just wrote.
 * Also logs every change of a replica's state, once. Does nothing when no replica is configured.
 */
export function readRoutingPlugin({ orm, logger }: AppServices): ApolloServerPlugin<RequestContext> {
  const monitor = replicaMonitorOf(orm);
  if (!monitor) return {};
  return {
    async serverWillStart() {
      const unsubscribe = monitor.onChange(({ replica, from, to }) => {
        const fields = { replica, from, to: to.state, lagMs: to.lagMs, lagBytes: to.lagBytes };
        if (to.state === 'ok') logger.info(fields, 'replica serves reads');
        else logger.warn(fields, 'replica not used: its reads go to the primary');
      });
      return {
        async serverWillStop() {
          unsubscribe();
        },
      };
    },
    async requestDidStart({ request }) {
      const client = clientPosition(request.http?.headers.get(READ_AFTER_HEADER), request.http?.headers.get('cookie'));
      return {
        async didResolveOperation({ operation, contextValue }) {
          contextValue.reads = operation?.operation === OperationTypeNode.QUERY ? client : PRIMARY_ONLY;
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          const position = await primaryWalPosition(orm.em.getConnection('write'));
          if (position === null) return;
          const text = formatWalPosition(position);
          response.http.headers.set(READ_AFTER_HEADER, text);
          // Not `Secure`: the value is no secret (a position in the WAL), and the server may be
          // reached over plain HTTP behind a proxy that terminates TLS.
          response.http.headers.set(
            'set-cookie',
            `${READ_AFTER_COOKIE}=${text}; Path=/graphql; Max-Age=${READ_AFTER_COOKIE_SECONDS}; HttpOnly; SameSite=Lax`,
          );
        },
      };
    },
  };
}

/**
 * The position a client asked to read after: the later of its header and its cookie. A value that
 * is not a WAL position reads from the primary (correct, only slower) rather than failing the request.
 */
export function clientPosition(header: string | undefined, cookies: string | undefined): ReadRoute {
  const values = [header, cookieValue(cookies, READ_AFTER_COOKIE)].filter((value) => value !== undefined);
  const positions = values.map((value) => parseWalPosition(value));
  if (positions.some((position) => position === null)) return PRIMARY_ONLY;
  const known = positions as WalPosition[];
  return { replicas: true, notBefore: known.length > 0 ? known.reduce((a, b) => (a > b ? a : b)) : null };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/**
 * Runs every resolver inside its request's read route, so the queries it makes (and the DataLoader
 * batches it starts) go where the route says. A resolver's promise continues outside the route,
 * hence every field rather than only the root ones.
 */
export const readRoutingMiddleware: MiddlewareFn<RequestContext> = ({ context }, next) =>
  context.reads.replicas ? withReadRoute(context.reads, next) : next();
