import { HeaderMap } from '@apollo/server';
import { ConnectionException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { sqlState } from '../shared/logger.js';

/** Why a request could not reach the database; the `reason` of its SERVICE_UNAVAILABLE answer. */
export type DatabaseUnavailableReason = 'DATABASE_UNAVAILABLE' | 'POOL_EXHAUSTED' | 'STATEMENT_TIMEOUT';

/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout` (see db/orm-config.ts). */
export const STATEMENT_TIMEOUT_SQLSTATE = '57014';

/**
 * SQLSTATEs that say the database (or this session of it) went away, not that the request was
 * wrong: class 08 (connection exception), the server shutting down or starting (57P01–57P03), too
 * many connections (53300), and a session ended for idling in a transaction (25P03).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '25P03']);

/** Socket errors of a connection that could not be made or broke. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * pg and knex report a connection that broke or timed out with these messages and no code; only
 * compared here, never shown to anyone.
 */
const BROKEN_CONNECTION_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  // knex, for a query sent in a transaction its connection's loss already ended (rolled back).
  'Transaction query already complete',
];

/** knex's words when no pool connection frees up in time; MikroORM rewraps it, so the name is lost. */
const POOL_TIMEOUT_MESSAGE = 'Timeout acquiring a connection';

/**
 * Whether `error` means the database is (for the moment) out of reach — restarted, down, its
 * connections cut, the pool without a free connection in time, a statement over its timeout — and
 * which. Such a request is answered SERVICE_UNAVAILABLE (HTTP 503, Retry-After): the transaction it
 * ran in rolled back whole, so a retry (with the same idempotency key) is safe. `null`: another error.
 */
export function databaseUnavailableReason(error: unknown): DatabaseUnavailableReason | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const state = sqlState(current);
    if (state === STATEMENT_TIMEOUT_SQLSTATE) return 'STATEMENT_TIMEOUT';
    if (state && (state.startsWith('08') || UNAVAILABLE_SQLSTATES.has(state))) return 'DATABASE_UNAVAILABLE';
    if (current.name === 'KnexTimeoutError' || current.message.includes(POOL_TIMEOUT_MESSAGE)) return 'POOL_EXHAUSTED';
    if (current instanceof ConnectionException) return 'DATABASE_UNAVAILABLE';
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return 'DATABASE_UNAVAILABLE';
    if (BROKEN_CONNECTION_MESSAGES.some((message) => current instanceof Error && current.message.includes(message)))
      return 'DATABASE_UNAVAILABLE';
    current = (current as Error & { cause?: unknown }).cause;
  }
  return null;
}

/** Seconds a client should wait before retrying a SERVICE_UNAVAILABLE answer (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 1;

/** What a client reads when the database is out of reach: retry, and why that is safe. */
export const UNAVAILABLE_MESSAGES: Record<DatabaseUnavailableReason, string> = {
  STATEMENT_TIMEOUT: 'This request took too long and was stopped. Ask for less, or try again later.',
  DATABASE_UNAVAILABLE:
    'The service is briefly unavailable. Try again in a moment; a submission sent again with the same idempotency key is never filed twice.',
  POOL_EXHAUSTED:
    'The service is busy. Try again in a moment; a submission sent again with the same idempotency key is never filed twice.',
};

/**
 * SERVICE_UNAVAILABLE as a GraphQL error that carries its own HTTP status (503) and Retry-After,
 * for where no resolver runs yet (authenticating the request); format-error.ts keeps code and reason.
 */
export function serviceUnavailable(reason: DatabaseUnavailableReason): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGES[reason], {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      reason,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}
