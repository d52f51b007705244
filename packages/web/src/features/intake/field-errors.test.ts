import { describe, expect, it } from 'vitest';
import { toFieldErrors } from './field-errors';

describe('toFieldErrors', () => {
  it('puts BAD_USER_INPUT field problems next to their fields and keeps the rest general', () => {
    const result = toFieldErrors([
      { message: '2 fields are invalid.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'phone', reason: 'REQUIRED', message: 'A complaint needs a phone number.' }, { field: 'description', reason: 'TOO_SHORT', message: 'Too short.' }] } },
      { message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(result).toEqual({ code: 'BAD_USER_INPUT', fields: { phone: 'A complaint needs a phone number.', description: 'Too short.' }, general: ['You are not allowed to do this.'] });
  });
});
