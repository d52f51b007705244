/** Prefix of every registration number: Suggestie, Klacht of Compliment. */
export const REGISTRATION_PREFIX = 'SKC';

const PATTERN = /^SKC-(\d{4})-(\d{6})$/;

/** How many digits the sequence of a registration number has (zero-padded). */
export const REGISTRATION_SEQUENCE_DIGITS = 6;

/** What every registration number of `year` starts with: `SKC-2026-`. */
export function registrationNumberPrefix(year: number): string {
  return `${REGISTRATION_PREFIX}-${year}-`;
}

/** `SKC-2026-000042`: unique, human readable, gap-free per year (the server keeps the sequence). */
export function formatRegistrationNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999)
    throw new RangeError('sequence must be 1–999999');
  return `${registrationNumberPrefix(year)}${String(sequence).padStart(REGISTRATION_SEQUENCE_DIGITS, '0')}`;
}

/** The year and sequence of a registration number, or null when it is not one. */
export function parseRegistrationNumber(value: string): { year: number; sequence: number } | null {
  const match = PATTERN.exec(value.trim().toUpperCase());
  if (!match) return null;
  const sequence = Number(match[2]);
  return sequence === 0 ? null : { year: Number(match[1]), sequence };
}
