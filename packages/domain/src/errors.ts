/** Codes of the errors the domain rules raise; the server maps them to GraphQL error codes. */
export const DOMAIN_ERROR_CODES = [
  'ILLEGAL_TRANSITION',
  'INVALID_INPUT',
  'INVALID_PHONE_NUMBER',
  'INVALID_DATE',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * A broken domain rule. The message is a sentence for end users and never contains personal data;
 * `details` holds only codes and enum values (kind, status, action, field).
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
