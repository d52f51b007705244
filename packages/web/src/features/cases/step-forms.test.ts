import { describe, expect, it } from 'vitest';
import { STEP_FORMS, stepInput } from './step-forms';

describe('stepInput', () => {
  it('builds the mutation input: empty fields left out, numbers and moments converted, fixed values added', () => {
    expect(stepInput(STEP_FORMS.EXTEND_DEADLINE, { extraWorkingDays: '3', newDueDate: '', reason: 'Parts', submitterInformedAt: '2026-03-02T09:30:00Z' }, { caseId: 'c1', version: 4 })).toEqual({
      caseId: 'c1',
      version: 4,
      extraWorkingDays: 3,
      reason: 'Parts',
      submitterInformedAt: '2026-03-02T09:30:00.000Z',
    });
    expect(stepInput(STEP_FORMS.DECLINE, { response: 'Not now' }, { caseId: 'c1', version: 1 })).toEqual({ caseId: 'c1', version: 1, adopt: false, response: 'Not now' });
  });
});
