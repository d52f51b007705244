import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. We log operation names, durations, codes and error ids — never request
 * variables, names, phone numbers or e-mail addresses; the redact list is a second line of defence.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'klankbord' },
    redact: {
      paths: ['variables', '*.variables', 'req.headers.authorization', '*.submitterName', '*.phone', '*.email'],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
