import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. We log operation names, durations, codes and error ids — never request
 * variables, names, phone numbers or e-mail addresses; the redact list is a second line of defence.
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

export type { Logger };
