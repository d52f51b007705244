import { Matches } from 'class-validator';

/** NUL and the other C0 control characters (tab, line feed and carriage return stay allowed). */
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Refuses text with NUL bytes and other control characters. */
export const NoControlCharacters = () =>
  Matches(NO_CONTROL_CHARACTERS, { message: '$property must not contain control characters' });
