/**
 * The errors a client can act on. Each carries the `extensions.code` the GraphQL response gets;
 * `format-error.ts` is the one place that turns them (and anything else) into responses.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'IDEMPOTENCY_KEY_REUSED'
  // The satisfaction link (modules/satisfaction): answered already, past its date, or not a link we gave.
  | 'ALREADY_ANSWERED'
  | 'LINK_EXPIRED'
  | 'LINK_INVALID';

/** One problem with one input field, for inline messages in a form. */
export interface FieldProblem {
  /** Dotted path of the field within the input, e.g. `phone`. */
  field: string;
  /** Machine-readable reason, e.g. `TOO_SHORT`, `INVALID_PHONE_NUMBER`. */
  reason: string;
  /** English sentence for people; never echoes the submitted value. */
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class InputError extends AppError {
  constructor(readonly problems: FieldProblem[]) {
    super(
      'BAD_USER_INPUT',
      problems.length === 1 ? (problems[0]?.message ?? 'Invalid input.') : `${problems.length} fields are invalid.`,
      { fields: problems },
    );
  }
}

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'Sign in first: this operation needs a valid token or API key.');
export const forbidden = (what = 'do this') => new AppError('FORBIDDEN', `You are not allowed to ${what}.`);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extensions);
