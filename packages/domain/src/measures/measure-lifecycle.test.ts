import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { availableMeasureActions, transitionMeasure } from './measure-lifecycle.js';

describe('preventive measure lifecycle', () => {
  it('proposed → implemented → evaluated', () => {
    expect(transitionMeasure(transitionMeasure('PROPOSED', 'IMPLEMENT'), 'EVALUATE')).toBe('EVALUATED');
  });

  it('cannot be evaluated before it is implemented, nor cancelled after evaluation', () => {
    expect(() => transitionMeasure('PROPOSED', 'EVALUATE')).toThrow(DomainError);
    expect(() => transitionMeasure('EVALUATED', 'CANCEL')).toThrow(/cannot be cancelled/);
    expect(availableMeasureActions('IMPLEMENTED')).toEqual(['EVALUATE', 'CANCEL']);
  });
});
