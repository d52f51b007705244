import { DriverException } from '@mikro-orm/core';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. We log operation names, durations, codes and error ids — never request
 * variables, names, phone numbers or e-mail addresses; the redact list is a second line of defence.
 * Errors go into a log line only through `safeErrorFields`.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'klankbord' },
    redact: {
      paths: ['variables', '*.variables', 'req.headers.authorization', '*.submitterName', '*.phone', '*.email'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** What a log line may keep of an error: its kind, codes and where it happened, never its text. */
export interface SafeErrorFields {
  name: string;
  /** Our own error code, a Node.js code (`ECONNREFUSED`) or, for a database error, the SQLSTATE. */
  code?: string;
  /** For a database error: where it happened. Names of schema objects, never values. */
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  /** Only for errors whose messages are written by us or the JavaScript engine, never from input. */
  message?: string;
  /**
   * Where it happened: the function names of the stack's frames, innermost first. Not the stack
   * itself: its first line repeats the message, and its frames name files on this machine.
   */
  frames?: string[];
  cause?: SafeErrorFields;
}

/**
 * Errors whose message names code, not data: the engine's own (`Cannot read properties of
 * undefined`) and ours, whose messages never echo a value (see shared/errors.ts and the domain's
 * DomainError). Any other message may quote its input: a pg error and MikroORM's DriverException
 * carry the statement with its bound values (an insert into `person` with name, e-mail and phone),
 * their `detail` the offending key ("Key (email)=(…)"), a JSON SyntaxError a slice of the body.
 */
const MESSAGES_WITHOUT_VALUES = new Set([
  'TypeError',
  'ReferenceError',
  'RangeError',
  'AppError',
  'InputError',
  'DomainError',
  'ListenError',
]);

/**
 * The one way an error enters a log line: `logger.error({ err: safeErrorFields(error) }, …)`.
 * Redaction by design rather than by pattern: the log keeps what an operator needs to find the
 * failure (kind, SQLSTATE, table and constraint, the functions it passed through) and nothing that
 * came from a request, no statement and no file path.
 */
export function safeErrorFields(error: unknown, depth = 0): SafeErrorFields {
  if (!(error instanceof Error)) return { name: typeof error };
  const fields = error as Error & Partial<Record<'code' | 'table' | 'column' | 'constraint' | 'routine', unknown>>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const frames = (error.stack ?? '')
    .split('\n')
    .map((line) => /^\s+at (?:async )?([^\s(]+) \(/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined)
    .slice(0, 12);
  const cause = (error as { cause?: unknown }).cause;
  const result: SafeErrorFields = {
    name: error.name,
    code: text(fields.code) ?? (typeof fields.code === 'number' ? String(fields.code) : undefined),
    table: text(fields.table),
    column: text(fields.column),
    constraint: text(fields.constraint),
    routine: text(fields.routine),
    message: MESSAGES_WITHOUT_VALUES.has(error.name) ? error.message : undefined,
    frames: frames.length > 0 ? frames : undefined,
    cause: cause !== undefined && depth < 2 ? safeErrorFields(cause, depth + 1) : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined)) as SafeErrorFields;
}

/**
 * The SQLSTATE of a PostgreSQL error, whether MikroORM wrapped it (DriverException copies the
 * driver's fields) or it came straight from `pg`; undefined for anything else.
 */
export function sqlState(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, severity } = error as Error & { code?: unknown; severity?: unknown };
  const fromDatabase = error instanceof DriverException || typeof severity === 'string';
  return fromDatabase && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export type { Logger };
