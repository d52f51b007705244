import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, toFieldErrors } from './field-errors';

describe('toFieldErrors', () => {
  it('puts BAD_USER_INPUT field problems next to their fields and keeps the rest general', () => {
    const result = toFieldErrors([
      {
        message: '2 fields are invalid.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'phone', reason: 'REQUIRED', message: 'A complaint needs a phone number.' },
            { field: 'description', reason: 'TOO_SHORT', message: 'Too short.' },
          ],
        },
      },
      { message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(result).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { phone: 'A complaint needs a phone number.', description: 'Too short.' },
      general: ['You are not allowed to do this.'],
    });
  });
});

describe('fieldErrorsOf', () => {
  it('reads the server’s coded errors out of what Apollo throws', () => {
    const thrown = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Someone changed this case.', extensions: { code: 'CONFLICT' } }],
    });
    expect(fieldErrorsOf(thrown)).toEqual({ code: 'CONFLICT', fields: {}, general: ['Someone changed this case.'] });
  });

  it('shows anything else (a network failure, a thrown string) as one general message without a code', () => {
    expect(fieldErrorsOf(new TypeError('Failed to fetch'))).toEqual({
      code: null,
      fields: {},
      general: ['Failed to fetch'],
    });
    expect(fieldErrorsOf('offline')).toEqual({ code: null, fields: {}, general: ['offline'] });
  });
});
