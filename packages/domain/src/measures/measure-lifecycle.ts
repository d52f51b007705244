import { DomainError } from '../errors.js';

export const MEASURE_STATUSES = ['PROPOSED', 'IMPLEMENTED', 'EVALUATED', 'CANCELLED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_ACTIONS = ['IMPLEMENT', 'EVALUATE', 'CANCEL'] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];

/** What a measure's history records: proposing it, every lifecycle action, and changes to its text and linked complaints. */
export const MEASURE_EVENT_TYPES = ['PROPOSE', 'UPDATE', ...MEASURE_ACTIONS, 'LINK_CASES'] as const;
export type MeasureEventType = (typeof MEASURE_EVENT_TYPES)[number];

/** Preventive measure lifecycle (PROCEDURE.md step 5): proposed → implemented → evaluated; cancel before evaluation. */
export const MEASURE_LIFECYCLE: ReadonlyArray<{
  action: MeasureAction;
  from: readonly MeasureStatus[];
  to: MeasureStatus;
}> = [
  { action: 'IMPLEMENT', from: ['PROPOSED'], to: 'IMPLEMENTED' },
  { action: 'EVALUATE', from: ['IMPLEMENTED'], to: 'EVALUATED' },
  { action: 'CANCEL', from: ['PROPOSED', 'IMPLEMENTED'], to: 'CANCELLED' },
];

/** The status after `action`, or `DomainError('ILLEGAL_TRANSITION')`. */
export function transitionMeasure(status: MeasureStatus, action: MeasureAction): MeasureStatus {
  const rule = MEASURE_LIFECYCLE.find((r) => r.action === action && r.from.includes(status));
  if (!rule) {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `A measure that is ${status.toLowerCase()} cannot be ${action === 'IMPLEMENT' ? 'implemented' : action === 'EVALUATE' ? 'evaluated' : 'cancelled'}.`,
      {
        status,
        action,
      },
    );
  }
  return rule.to;
}

/** Actions allowed on a measure in `status`. */
export const availableMeasureActions = (status: MeasureStatus): MeasureAction[] =>
  MEASURE_LIFECYCLE.filter((r) => r.from.includes(status)).map((r) => r.action);

/**
 * Whether a measure's text and linked complaints may still change: until it is cancelled (an
 * evaluated measure still gains the complaints it covers).
 */
export const isMeasureChangeable = (status: MeasureStatus): boolean => status !== 'CANCELLED';
