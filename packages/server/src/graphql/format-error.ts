import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError } from '@mikro-orm/core';
import { DomainError, type DomainErrorCode } from '@klankbord/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { databaseUnavailableReason, UNAVAILABLE_MESSAGES } from '../db/database-unavailable.js';
import { AppError, type ErrorCode, type FieldProblem } from '../shared/errors.js';
import { safeErrorFields, sqlState, type Logger } from '../shared/logger.js';

/** Errors Apollo and graphql-js raise before any resolver runs; their messages are safe once values are cut. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'FORBIDDEN_DOCUMENT',
  'UNAUTHENTICATED',
  // The limits' refusals (graphql/limits.ts, modules/rate-limits): they carry their own HTTP status.
  'TOO_MANY_REQUESTS',
  // The database out of reach while the request was authenticated (http/server.ts): 503, Retry-After.
  'SERVICE_UNAVAILABLE',
]);

const DOMAIN_CODES: Record<DomainErrorCode, ErrorCode> = {
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  INVALID_INPUT: 'BAD_USER_INPUT',
  INVALID_PHONE_NUMBER: 'BAD_USER_INPUT',
  INVALID_DATE: 'BAD_USER_INPUT',
};

/**
 * The one place where errors become responses. Known errors keep their code and message; anything
 * else is logged with an id and answered with that id only — never SQL, a stack or a column value.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const base = { locations: formatted.locations, path: formatted.path };

    if (error instanceof AppError) {
      return { ...base, message: error.message, extensions: { code: error.code, ...error.extensions } };
    }
    if (error instanceof DomainError) {
      return {
        ...base,
        message: error.message,
        extensions: { code: DOMAIN_CODES[error.code], reason: error.code, ...safeDetails(error.details) },
      };
    }
    if (error instanceof ArgumentValidationError) {
      const fields: FieldProblem[] = error.extensions.validationErrors.flatMap((v) => flatten(v, ''));
      return { ...base, message: 'The input is invalid.', extensions: { code: 'BAD_USER_INPUT', fields } };
    }
    if (error instanceof OptimisticLockError) {
      return {
        ...base,
        message: 'Someone else changed this record after you loaded it. Reload and try again.',
        extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
      };
    }
    if (error instanceof AuthenticationError) {
      return { ...base, message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } };
    }
    if (error instanceof AuthorizationError) {
      return { ...base, message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } };
    }
    const unavailable = databaseUnavailableReason(error);
    if (unavailable) {
      // Too much work for one request, or the database away for a moment: not our bug, and the
      // request's transaction rolled back whole. apollo.ts answers it with HTTP 503 and Retry-After.
      if (unavailable !== 'STATEMENT_TIMEOUT')
        logger.warn({ reason: unavailable, path: formatted.path }, 'database unavailable');
      return {
        ...base,
        message: UNAVAILABLE_MESSAGES[unavailable],
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: unavailable },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      // A reason is ours (e.g. the cost limit's TOO_COMPLEX): a machine-readable code, never a value.
      const reason = formatted.extensions?.['reason'];
      return {
        ...base,
        message: withoutValues(formatted.message),
        extensions: { code, ...(typeof reason === 'string' ? { reason } : {}) },
      };
    }
    // Errors raised before execution (parsing, validation, variable coercion) carry no resolver
    // path: they are about the request, not our failure.
    if (error instanceof GraphQLError && !formatted.path) {
      return { ...base, message: withoutValues(formatted.message), extensions: { code: 'BAD_USER_INPUT' } };
    }
    // A PostgreSQL "data exception" (SQLSTATE class 22: a NUL byte, a year out of range, text
    // too long for its column, …) means a submitted value got past validation. The inputs are
    // validated at the source; this is the safety net: the client's mistake, answered without the value.
    const state = sqlState(error);
    if (state?.startsWith('22')) {
      logger.warn({ err: safeErrorFields(error), path: formatted.path }, 'a value reached the database unvalidated');
      return {
        ...base,
        message: 'A value in the request cannot be stored or compared. Check the input and try again.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' },
      };
    }
    const errorId = randomUUID();
    logger.error({ errorId, err: safeErrorFields(error) }, 'unexpected error');
    return {
      ...base,
      message: `Something went wrong on our side. Quote reference ${errorId} when you report it.`,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flatten(error: ValidationErrorLike, prefix: string): FieldProblem[] {
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([reason, message]) => ({
    field: field.replace(/^input\./, ''),
    reason: reason.toUpperCase(),
    message,
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}

/**
 * graphql-js quotes the offending value in coercion errors ("got invalid value …"), and a value may
 * be personal data. Rebuild those messages from the parts that name places and types only.
 */
function withoutValues(message: string): string {
  const coercion = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (coercion) {
    const [, variable, place, problem = ''] = coercion;
    return `Variable "$${variable}" has an invalid value${place ? ` at "${place}"` : ''}: ${describeProblem(problem)}`;
  }
  return message.replace(/(cannot represent [^:]*value): [\s\S]*$/i, '$1.');
}

function describeProblem(problem: string): string {
  const enumMatch = /does not exist in "(\w+)" enum/.exec(problem);
  if (enumMatch) return `not one of the ${enumMatch[1]} values.`;
  const required = /^(Field "[^"]+" of required type "[^"]+" was not provided\.)/.exec(problem);
  if (required) return required[1]!;
  const unknown = /^(Field "[^"]+" is not defined by type "[^"]+"\.)/.exec(problem);
  if (unknown) return unknown[1]!;
  const expected = /Expected (?:type )?"?([\w![\]]+)"?/.exec(problem);
  return expected ? `expected ${expected[1]}.` : 'the value is not accepted.';
}

function safeDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details) return {};
  // Domain errors put only enums and codes in their details (kind, status, action, field).
  return Object.fromEntries(Object.entries(details).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
}
