import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  availableActions,
  CASE_ACTIONS,
  CASE_KINDS,
  CASE_OUTCOMES,
  canTransition,
  initialStatus,
  isOpenStatus,
  isTerminalStatus,
  outcomesFor,
  statusesOf,
  transition,
  type CaseAction,
  type CaseKind,
  type CaseOutcome,
  type CaseStatus,
} from './case-lifecycle.js';

const walk = (kind: CaseKind, steps: Array<[CaseAction, CaseOutcome?]>) =>
  steps.reduce<CaseStatus[]>((path, [action, outcome]) => [...path, transition({ kind, status: path.at(-1)!, action, outcome })], [initialStatus(kind)]);

describe('complaint lifecycle', () => {
  it('received → triage → justified → assigned → in progress → resolved → closed', () => {
    expect(
      walk('COMPLAINT', [['TAKE_TRIAGE'], ['DECIDE', 'JUSTIFIED'], ['ASSIGN_HANDLER'], ['START_WORK'], ['EXTEND_DEADLINE'], ['RESOLVE'], ['CLOSE']]),
    ).toEqual(['RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'IN_PROGRESS', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
  });

  it.each(['UNJUSTIFIED', 'NOT_HANDLED', 'WITHDRAWN'] as const)('deciding %s closes it', (outcome) => {
    expect(walk('COMPLAINT', [['TAKE_TRIAGE'], ['DECIDE', outcome]]).at(-1)).toBe('CLOSED');
  });

  it('partly justified goes on like justified; reopen returns to triage', () => {
    expect(walk('COMPLAINT', [['TAKE_TRIAGE'], ['DECIDE', 'PARTLY_JUSTIFIED'], ['ASSIGN_HANDLER'], ['ASSIGN_HANDLER'], ['START_WORK'], ['RESOLVE'], ['REOPEN']])).toEqual([
      'RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'IN_TRIAGE',
    ]);
  });

  it.each([
    ['IN_PROGRESS', 'CLOSE'],
    ['RECEIVED', 'RESOLVE'],
    ['RECEIVED', 'DECIDE'],
    ['CLOSED', 'WITHDRAW'],
    ['WITHDRAWN', 'REOPEN'],
    ['JUSTIFIED', 'START_WORK'],
  ] as const)('refuses %s → %s with ILLEGAL_TRANSITION and a sentence', (status, action) => {
    expect(() => transition({ kind: 'COMPLAINT', status, action })).toThrowError(DomainError);
    try {
      transition({ kind: 'COMPLAINT', status, action });
    } catch (error) {
      expect((error as DomainError).code).toBe('ILLEGAL_TRANSITION');
      expect((error as DomainError).message).toMatch(/^(A complaint that is .* cannot be .*\.|This decision needs one of the outcomes .*)$/);
    }
  });

  it('a decision needs a complaint outcome', () => {
    expect(canTransition({ kind: 'COMPLAINT', status: 'IN_TRIAGE', action: 'DECIDE' })).toBe(false);
    expect(canTransition({ kind: 'COMPLAINT', status: 'IN_TRIAGE', action: 'DECIDE', outcome: 'ADOPTED' })).toBe(false);
    expect(outcomesFor('COMPLAINT', 'DECIDE').sort()).toEqual(['JUSTIFIED', 'NOT_HANDLED', 'PARTLY_JUSTIFIED', 'UNJUSTIFIED', 'WITHDRAWN']);
  });
});

describe('suggestion and compliment lifecycles', () => {
  it('suggestion: considered, adopted or declined, closed', () => {
    expect(walk('SUGGESTION', [['CONSIDER'], ['ADOPT'], ['CLOSE']])).toEqual(['RECEIVED', 'UNDER_CONSIDERATION', 'ADOPTED', 'CLOSED']);
    expect(walk('SUGGESTION', [['CONSIDER'], ['DECLINE'], ['CLOSE']]).at(-2)).toBe('DECLINED');
  });

  it('compliment: passed on, closed; it cannot be triaged', () => {
    expect(walk('COMPLIMENT', [['PASS_ON'], ['CLOSE']])).toEqual(['RECEIVED', 'PASSED_ON', 'CLOSED']);
    expect(canTransition({ kind: 'COMPLIMENT', status: 'RECEIVED', action: 'TAKE_TRIAGE' })).toBe(false);
  });
});

describe('the lifecycles as data', () => {
  /** Every status `transition` can lead to from the initial one, by breadth-first search over all actions and outcomes. */
  const reachable = (kind: CaseKind): Set<CaseStatus> => {
    const seen = new Set<CaseStatus>([initialStatus(kind)]);
    const queue = [initialStatus(kind)];
    for (let status = queue.shift(); status; status = queue.shift()) {
      for (const action of CASE_ACTIONS) {
        for (const outcome of [null, ...CASE_OUTCOMES]) {
          if (!canTransition({ kind, status, action, outcome })) continue;
          const next = transition({ kind, status, action, outcome });
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    }
    return seen;
  };

  it.each([
    ['COMPLAINT', ['RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'WITHDRAWN']],
    ['SUGGESTION', ['RECEIVED', 'UNDER_CONSIDERATION', 'ADOPTED', 'DECLINED', 'CLOSED', 'WITHDRAWN']],
    ['COMPLIMENT', ['RECEIVED', 'PASSED_ON', 'CLOSED', 'WITHDRAWN']],
  ] as const)('a %s can reach exactly these statuses by legal steps, and statusesOf lists them', (kind, expected) => {
    expect([...reachable(kind)].sort()).toEqual([...expected].sort());
    expect([...statusesOf(kind)].sort()).toEqual([...expected].sort());
  });

  it.each(CASE_KINDS)('every open status a %s can reach has a way forward', (kind) => {
    for (const status of reachable(kind)) {
      if (isOpenStatus(status)) expect(isTerminalStatus(kind, status), `${kind} ${status}`).toBe(false);
    }
  });

  it('lists the actions allowed in a status', () => {
    expect(availableActions('COMPLAINT', 'RECEIVED').sort()).toEqual(['REASSIGN_RELATIONSHIP_MANAGER', 'RECLASSIFY', 'TAKE_TRIAGE', 'WITHDRAW']);
    expect(availableActions('COMPLAINT', 'WITHDRAWN')).toEqual([]);
  });
});
