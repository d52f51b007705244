import { Matches } from 'class-validator';

/** NUL and the other C0 control characters (tab, line feed and carriage return stay allowed). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Refuses text with NUL bytes and other control characters. */
export const NoControlCharacters = () =>
  Matches(NO_CONTROL_CHARACTERS, { message: '$property must not contain control characters' });

/** A short stable code of reference data (services, complaint types, units), e.g. WORKPLACE. */
export const REFERENCE_CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

/** Refuses a code that is not 1–40 capitals, digits, _ or -, starting with a capital or digit. */
export const IsReferenceCode = () => Matches(REFERENCE_CODE, { message: 'code must be 1–40 capitals, digits, _ or -' });
