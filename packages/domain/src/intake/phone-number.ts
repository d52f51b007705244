import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import { DomainError } from '../errors.js';

/**
 * A phone number in E.164 form ('070 - 348 4000' → '+31703484000'), Dutch numbers assumed when
 * no country code is given. A number with an extension ('… ext. 12', '… x12') is refused: E.164 has
 * no place for it, and dropping it silently would give a number that does not reach the person.
 * The error never repeats the number: it is personal data.
 */
export function normalisePhoneNumber(raw: string, defaultCountry: CountryCode = 'NL'): string {
  const invalid = () =>
    new DomainError(
      'INVALID_PHONE_NUMBER',
      'This is not a valid phone number. Include the area code, e.g. 070 348 4000.',
      { field: 'phone' },
    );
  try {
    const parsed = parsePhoneNumberWithError(raw, defaultCountry);
    if (parsed.ext) {
      throw new DomainError(
        'INVALID_PHONE_NUMBER',
        'A phone number with an extension cannot be stored. Give a direct number, without the extension.',
        { field: 'phone', problem: 'HAS_EXTENSION' },
      );
    }
    if (!parsed.isValid()) throw invalid();
    return parsed.number;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalid();
  }
}
