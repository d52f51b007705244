import { describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { requireInstantWithin } from './validation.js';

/** A case received at 10:42:31 UTC, and "now" at 11:05:12 UTC on the same day. */
const received = { at: new Date('2026-03-02T10:42:31Z'), what: 'the receipt of the case' };
const now = { at: new Date('2026-03-02T11:05:12Z'), what: 'now' };
const within = (iso: string) =>
  requireInstantWithin(new Date(iso), 'submitterInformedAt', { notBefore: received, notAfter: now });
const refusal = (iso: string) => {
  try {
    within(iso);
    return null;
  } catch (error) {
    return error instanceof InputError ? error.problems : error;
  }
};

describe('an instant within a window, judged to the minute as people write times', () => {
  it('accepts the minute of receipt, typed without seconds, and the minute of now', () => {
    expect(within('2026-03-02T10:42:00Z').toISOString()).toBe('2026-03-02T10:42:00.000Z');
    expect(within('2026-03-02T11:05:00Z').toISOString()).toBe('2026-03-02T11:05:00.000Z');
  });

  it('refuses the minute before receipt and the minute after now, saying which end', () => {
    expect(refusal('2026-03-02T10:41:59Z')).toEqual([
      {
        field: 'submitterInformedAt',
        reason: 'TOO_EARLY',
        message: 'submitterInformedAt must not be before the receipt of the case.',
      },
    ]);
    expect(refusal('2026-03-02T11:06:01Z')).toEqual([
      { field: 'submitterInformedAt', reason: 'TOO_LATE', message: 'submitterInformedAt must not be after now.' },
    ]);
  });
});
