import { describe, expect, it } from 'vitest';
import { expiresAtForDate, suggestedExpiryDate } from './api-key-expiry';

describe('the expiry of an API key picked as a date', () => {
  it('ends at the end of that day in Amsterdam in winter (CET, UTC+1): 22:59:59.999 UTC', () => {
    expect(expiresAtForDate('2027-01-15')).toBe('2027-01-15T22:59:59.999Z');
  });

  it('ends at the end of that day in Amsterdam in summer (CEST, UTC+2): 21:59:59.999 UTC', () => {
    expect(expiresAtForDate('2027-07-15')).toBe('2027-07-15T21:59:59.999Z');
  });

  it('on the day the clocks go back (25 hours), still at midnight Amsterdam time', () => {
    expect(expiresAtForDate('2027-10-31')).toBe('2027-10-31T22:59:59.999Z');
  });

  it('passes text that is not a date on for the server to refuse', () => {
    expect(expiresAtForDate('')).toBe('');
    expect(expiresAtForDate('2027-02-30')).toBe('2027-02-30');
  });

  it('suggests a date 365 days after today in Amsterdam, where a new day starts before it does in UTC', () => {
    // 23:30 UTC on 31 December is already 00:30 on 1 January in Amsterdam.
    expect(suggestedExpiryDate(new Date('2026-12-31T23:30:00Z'))).toBe('2028-01-01');
    expect(suggestedExpiryDate(new Date('2026-12-31T12:00:00Z'))).toBe('2027-12-31');
  });
});
