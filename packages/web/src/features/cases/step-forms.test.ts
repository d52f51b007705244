import { describe, expect, it } from 'vitest';
import { STEP_FORMS } from './step-forms';

const base = { caseId: 'c1', version: 4 };
/** What the extension form sends when the person types `wallClock` into "Submitter informed at". */
const informedAt = (wallClock: string) => {
  const input: Record<string, unknown> = STEP_FORMS.EXTEND_DEADLINE.input(
    { reason: 'Parts', submitterInformedAt: wallClock },
    base,
  );
  return input['submitterInformedAt'];
};

describe('a step form’s input', () => {
  it('leaves empty fields out and converts numbers and moments', () => {
    expect(
      STEP_FORMS.EXTEND_DEADLINE.input(
        { extraWorkingDays: '3', newDueDate: '', reason: 'Parts', submitterInformedAt: '2026-03-02T09:30' },
        base,
      ),
    ).toEqual({
      caseId: 'c1',
      version: 4,
      extraWorkingDays: 3,
      reason: 'Parts',
      submitterInformedAt: '2026-03-02T08:30:00.000Z',
    });
    expect(STEP_FORMS.CLOSE.input({ measureIds: [], noMeasureReason: 'One-off' }, base)).toEqual({
      ...base,
      noMeasureReason: 'One-off',
    });
    expect(STEP_FORMS.CLOSE.input({ measureIds: ['m1', 'm2'], noMeasureReason: '' }, base)).toEqual({
      ...base,
      measureIds: ['m1', 'm2'],
    });
  });

  it('adds what the step itself decides: adopting and declining share one mutation', () => {
    expect(STEP_FORMS.ADOPT.input({ response: 'Done' }, base)).toEqual({ ...base, adopt: true, response: 'Done' });
    expect(STEP_FORMS.DECLINE.input({ response: 'Not now' }, base)).toEqual({
      ...base,
      adopt: false,
      response: 'Not now',
    });
  });

  it('sends a decision only from the domain’s outcomes', () => {
    expect(STEP_FORMS.DECIDE.input({ outcome: 'PARTLY_JUSTIFIED', reason: 'Partly late' }, base)).toEqual({
      ...base,
      outcome: 'PARTLY_JUSTIFIED',
      reason: 'Partly late',
    });
    expect(() => STEP_FORMS.DECIDE.input({ outcome: 'MAYBE', reason: 'x' }, base)).toThrow(/MAYBE/);
  });

  it('sends an empty required text as empty, so the server refuses it next to its field', () => {
    expect(STEP_FORMS.REOPEN.input({ reason: '' }, base)).toEqual({ ...base, reason: '' });
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
