import { describe, expect, it } from 'vitest';
import { STEP_FORMS, stepInput } from './step-forms';

const base = { caseId: 'c1', version: 4 };
/** What the extension form sends when the person types `informedAt` into "Submitter informed at". */
const informedAt = (wallClock: string) => stepInput(STEP_FORMS.EXTEND_DEADLINE, { reason: 'Parts', submitterInformedAt: wallClock }, base)['submitterInformedAt'];

describe('stepInput', () => {
  it('builds the mutation input: empty fields left out, numbers and moments converted, fixed values added', () => {
    expect(stepInput(STEP_FORMS.EXTEND_DEADLINE, { extraWorkingDays: '3', newDueDate: '', reason: 'Parts', submitterInformedAt: '2026-03-02T09:30' }, base)).toEqual({
      caseId: 'c1',
      version: 4,
      extraWorkingDays: 3,
      reason: 'Parts',
      submitterInformedAt: '2026-03-02T08:30:00.000Z',
    });
    expect(stepInput(STEP_FORMS.DECLINE, { response: 'Not now' }, { caseId: 'c1', version: 1 })).toEqual({ caseId: 'c1', version: 1, adopt: false, response: 'Not now' });
  });

  // The tests run in UTC; the person types Amsterdam time. Read in the machine's zone, each of these is an hour or two off.
  it('informed on Monday 2 March 2026 at 09:30 (winter time, UTC+1) → 08:30Z', () => {
    expect(informedAt('2026-03-02T09:30')).toBe('2026-03-02T08:30:00.000Z');
  });

  it('informed on Monday 1 June 2026 at 09:30 (summer time, UTC+2) → 07:30Z', () => {
    expect(informedAt('2026-06-01T09:30')).toBe('2026-06-01T07:30:00.000Z');
  });

  it('informed on 2026-03-29 at 02:30, in the DST gap (clocks jump 02:00 → 03:00) → read as 03:30 CEST, 01:30Z', () => {
    expect(informedAt('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('informed on 2026-10-25 at 02:30, which happens twice (clocks go back 03:00 → 02:00) → the first, 02:30 CEST, 00:30Z', () => {
    expect(informedAt('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('informed on New Year’s Eve at 23:59 in Amsterdam → still 2026 in UTC, 22:59Z', () => {
    expect(informedAt('2026-12-31T23:59')).toBe('2026-12-31T22:59:00.000Z');
  });
});
