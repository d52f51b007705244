import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  availableMeasureActions,
  isMeasureChangeable,
  MEASURE_STATUSES,
  transitionMeasure,
} from './measure-lifecycle.js';

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

describe('changing a measure outside its lifecycle', () => {
  it('is possible until it is cancelled, evaluated ones included', () => {
    expect(MEASURE_STATUSES.filter(isMeasureChangeable)).toEqual(['PROPOSED', 'IMPLEMENTED', 'EVALUATED']);
  });
});
