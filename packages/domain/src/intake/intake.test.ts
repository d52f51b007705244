import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { normalisePhoneNumber } from './phone-number.js';
import { formatRegistrationNumber, parseRegistrationNumber } from './registration-number.js';

describe('phone numbers', () => {
  it.each([
    ['070 - 348 4000', '+31703484000'],
    ['06 1234 5678', '+31612345678'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0031 70 348 4000', '+31703484000'],
  ])('normalises %s to %s', (raw, e164) => {
    expect(normalisePhoneNumber(raw)).toBe(e164);
  });

  it.each(['12', 'call me', '06 1234'])('refuses %s without repeating it', (raw) => {
    try {
      normalisePhoneNumber(raw);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_PHONE_NUMBER');
      expect((error as DomainError).message).not.toContain(raw);
    }
  });

  it.each(['070 348 4000 ext. 12', '070 348 4000 x12', '+31 70 348 4000;ext=5'])(
    'refuses %s: an extension is not dropped silently',
    (raw) => {
      expect(() => normalisePhoneNumber(raw)).toThrow(/with an extension cannot be stored/);
    },
  );
});

describe('registration numbers', () => {
  it('are formatted and parsed back', () => {
    expect(formatRegistrationNumber(2026, 42)).toBe('SKC-2026-000042');
    expect(parseRegistrationNumber('skc-2026-000042')).toEqual({ year: 2026, sequence: 42 });
    expect(parseRegistrationNumber('SKC-2026-000000')).toBeNull();
    expect(parseRegistrationNumber('SKC-26-42')).toBeNull();
    expect(() => formatRegistrationNumber(2026, 0)).toThrow(RangeError);
  });
});
