import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { safeErrorFields, type Logger } from '../shared/logger.js';

/** Codes of requests refused before GraphQL sees them; the GraphQL errors use `format-error.ts`'s. */
export type HttpErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR';

/**
 * Answers in the shape of a GraphQL response (`{ errors: [{ message, extensions: { code } }] }`),
 * so a client reads every refusal the same way, whatever stage refused it.
 */
export function sendError(
  res: Response,
  status: number,
  code: HttpErrorCode,
  message: string,
  extensions: Record<string, string> = {},
): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/**
 * GraphQL over HTTP takes a JSON body; anything else is refused before the body is read. This also
 * covers the "simple" content types a cross-site form may send without a preflight (text/plain,
 * form encodings): Apollo's CSRF prevention refuses those too, and stays on for GET.
 */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the operation as JSON, with Content-Type: application/json.', {
    reason: req.headers['content-type'] ? 'NOT_JSON' : 'NO_CONTENT_TYPE',
  });
};

/** Everything under /graphql other than /graphql itself (`/graphql/anything`): Apollo would answer it. */
export const onlyTheEndpoint: RequestHandler = (req, res, next) => {
  if (req.path === '/' || req.path === '') return next();
  sendError(res, 404, 'NOT_FOUND', 'There is nothing here: GraphQL is served at /graphql.');
};

/** The last route: a JSON 404 instead of Express's HTML "Cannot POST /…". */
export const notFound: RequestHandler = (_req, res) => {
  sendError(res, 404, 'NOT_FOUND', 'There is nothing here.');
};

/** body-parser's error types (`error.type`), with what the client is told; never the body it quotes. */
const BODY_ERRORS: Record<string, { status: number; code: HttpErrorCode; reason: string; message: string }> = {
  'entity.parse.failed': {
    status: 400,
    code: 'BAD_REQUEST',
    reason: 'MALFORMED_JSON',
    message: 'The request body is not valid JSON (an object with a query).',
  },
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    reason: 'BODY_TOO_LARGE',
    message: 'The request body is too large.',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    reason: 'UNSUPPORTED_ENCODING',
    message: 'The request body is compressed in a way this server does not read.',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    reason: 'UNSUPPORTED_CHARSET',
    message: 'Send the request body in UTF-8.',
  },
  'request.size.invalid': {
    status: 400,
    code: 'BAD_REQUEST',
    reason: 'INCOMPLETE_BODY',
    message: 'The request body is shorter or longer than its Content-Length.',
  },
  'request.aborted': {
    status: 400,
    code: 'BAD_REQUEST',
    reason: 'INCOMPLETE_BODY',
    message: 'The request was aborted before its body arrived.',
  },
};

/**
 * The final error handler, so Express's own never runs: that one prints the error — for a JSON
 * syntax error the whole body, with names and phone numbers — to stderr, and answers in HTML
 * with a stack trace outside production. Here a client mistake (body-parser's errors, a 4xx from
 * the router) is answered with its status and a fixed message; anything else is logged through
 * `safeErrorFields` with an id and answered with that id only.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      // Too late for an answer; Express's handler would log the error and then do just this.
      req.socket.destroy();
      return;
    }
    const type = (error as { type?: unknown }).type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known) {
      logger.info({ status: known.status, reason: known.reason }, 'request refused');
      return sendError(res, known.status, known.code, known.message, { reason: known.reason });
    }
    const status = Number((error as { status?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode);
    if (Number.isInteger(status) && status >= 400 && status < 500) {
      logger.info({ status, err: safeErrorFields(error) }, 'request refused');
      return sendError(res, status, status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', 'The request cannot be handled.');
    }
    const errorId = randomUUID();
    logger.error({ errorId, err: safeErrorFields(error) }, 'unexpected error');
    sendError(
      res,
      500,
      'INTERNAL_SERVER_ERROR',
      `Something went wrong on our side. Quote reference ${errorId} when you report it.`,
      { errorId },
    );
  };
}
