import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  amsterdamDate,
  amsterdamDateTime,
  endOfAmsterdamDay,
  fromAmsterdamDateTime,
  startOfAmsterdamDay,
} from './amsterdam.js';

describe('Amsterdam calendar days', () => {
  it('23:30 UTC on Friday 24 April 2026 is already Saturday the 25th in Amsterdam (CEST, UTC+2)', () => {
    expect(amsterdamDate('2026-04-24T23:30:00Z')).toBe('2026-04-25');
    expect(amsterdamDate(new Date('2026-04-24T21:59:59.999Z'))).toBe('2026-04-24');
    expect(amsterdamDate('2026-04-24T21:59:59.999Z')).toBe('2026-04-24');
  });

  it('in winter (CET, UTC+1) the day turns at 23:00 UTC', () => {
    expect(amsterdamDate('2026-01-15T22:59:59Z')).toBe('2026-01-15');
    expect(amsterdamDate('2026-01-15T23:00:00Z')).toBe('2026-01-16');
    expect(amsterdamDate('2026-01-16T00:30:00+01:00')).toBe('2026-01-16');
  });

  it('summer time starts Sunday 29 March 2026: a 23-hour day ending 21:59:59.999Z', () => {
    expect(startOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
  });

  it('winter time starts Sunday 25 October 2026: a 25-hour day ending 22:59:59.999Z', () => {
    expect(startOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });

  it('an ordinary day is 24 hours', () => {
    const length = (date: string) => endOfAmsterdamDay(date).getTime() + 1 - startOfAmsterdamDay(date).getTime();
    expect(length('2026-06-01')).toBe(24 * 3_600_000);
    expect(length('2026-03-29')).toBe(23 * 3_600_000);
    expect(length('2026-10-25')).toBe(25 * 3_600_000);
  });

  it('refuses timestamps without an offset (they would be read in the machine zone) and invalid dates', () => {
    for (const bad of ['2026-04-24T10:00:00', 'yesterday', new Date(Number.NaN)]) {
      expect(() => amsterdamDate(bad)).toThrow(DomainError);
    }
    expect(() => endOfAmsterdamDay('2026-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('Amsterdam wall-clock time (what a datetime-local field shows and gives)', () => {
  it('09:30 on Monday 2 March 2026 (winter, CET) is 08:30Z; 09:30 on Monday 1 June 2026 (summer, CEST) is 07:30Z', () => {
    expect(fromAmsterdamDateTime('2026-03-02T09:30').toISOString()).toBe('2026-03-02T08:30:00.000Z');
    expect(fromAmsterdamDateTime('2026-06-01T09:30').toISOString()).toBe('2026-06-01T07:30:00.000Z');
    expect(fromAmsterdamDateTime('2026-06-01T09:30:15').toISOString()).toBe('2026-06-01T07:30:15.000Z');
  });

  it('02:30 on 29 March 2026 falls in the spring gap (02:00 → 03:00): read as 03:30 CEST, 01:30Z', () => {
    expect(fromAmsterdamDateTime('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(fromAmsterdamDateTime('2026-03-29T01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(fromAmsterdamDateTime('2026-03-29T03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('02:30 on 25 October 2026 happens twice (03:00 → 02:00): read as the first, 02:30 CEST, 00:30Z', () => {
    expect(fromAmsterdamDateTime('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromAmsterdamDateTime('2026-10-25T03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('shows an instant as Amsterdam wall-clock time to the minute, on both sides of each switch', () => {
    expect(amsterdamDateTime('2026-03-02T08:30:59Z')).toBe('2026-03-02T09:30');
    expect(amsterdamDateTime(new Date('2026-06-01T07:30:00Z'))).toBe('2026-06-01T09:30');
    expect(amsterdamDateTime('2026-03-29T00:59:00Z')).toBe('2026-03-29T01:59');
    expect(amsterdamDateTime('2026-03-29T01:00:00Z')).toBe('2026-03-29T03:00');
    expect(amsterdamDateTime('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30');
    expect(amsterdamDateTime('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30');
    // 23:30Z on New Year's Eve is already the next year in Amsterdam.
    expect(amsterdamDateTime('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30');
  });

  it('refuses a date without a time, a timestamp with a zone (it is not wall-clock time) and impossible dates', () => {
    for (const bad of [
      '2026-03-02',
      '2026-03-02T09:30Z',
      '2026-03-02T09:30+01:00',
      '2026-02-30T10:00',
      '2026-03-02T25:00',
      'now',
    ]) {
      expect(() => fromAmsterdamDateTime(bad), bad).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    }
  });
});
