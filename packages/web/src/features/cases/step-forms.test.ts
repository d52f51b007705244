import { describe, expect, it } from 'vitest';
import { STEP_FORMS } from './step-forms';

const base = { caseId: 'c1', version: 4 };

describe('a step form’s input', () => {
  it('leaves empty fields out and converts numbers and moments', () => {
    expect(STEP_FORMS.EXTEND_DEADLINE.input({ extraWorkingDays: '3', newDueDate: '', reason: 'Parts', submitterInformedAt: '2026-03-02T09:30:00Z' }, base)).toEqual({
      caseId: 'c1',
      version: 4,
      extraWorkingDays: 3,
      reason: 'Parts',
      submitterInformedAt: '2026-03-02T09:30:00.000Z',
    });
    expect(STEP_FORMS.CLOSE.input({ measureIds: [], noMeasureReason: 'One-off' }, base)).toEqual({ ...base, noMeasureReason: 'One-off' });
    expect(STEP_FORMS.CLOSE.input({ measureIds: ['m1', 'm2'], noMeasureReason: '' }, base)).toEqual({ ...base, measureIds: ['m1', 'm2'] });
  });

  it('adds what the step itself decides: adopting and declining share one mutation', () => {
    expect(STEP_FORMS.ADOPT.input({ response: 'Done' }, base)).toEqual({ ...base, adopt: true, response: 'Done' });
    expect(STEP_FORMS.DECLINE.input({ response: 'Not now' }, base)).toEqual({ ...base, adopt: false, response: 'Not now' });
  });

  it('sends a decision only from the domain’s outcomes', () => {
    expect(STEP_FORMS.DECIDE.input({ outcome: 'PARTLY_JUSTIFIED', reason: 'Partly late' }, base)).toEqual({ ...base, outcome: 'PARTLY_JUSTIFIED', reason: 'Partly late' });
    expect(() => STEP_FORMS.DECIDE.input({ outcome: 'MAYBE', reason: 'x' }, base)).toThrow(/MAYBE/);
  });

  it('sends an empty required text as empty, so the server refuses it next to its field', () => {
    expect(STEP_FORMS.REOPEN.input({ reason: '' }, base)).toEqual({ ...base, reason: '' });
  });
});
