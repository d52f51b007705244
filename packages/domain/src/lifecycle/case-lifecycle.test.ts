import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  AWAITING_RESOLUTION_STATUSES,
  availableActions,
  CASE_ACTIONS,
  CASE_EVENT_TYPES,
  CASE_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  canTransition,
  COMPLAINT_DECISIONS,
  FINISHED_STATUSES,
  PRE_DECISION_STATUSES,
  SETTLED_STATUSES,
  initialStatus,
  isOpenStatus,
  isTerminalStatus,
  LIFECYCLES,
  OPEN_STATUSES,
  outcomeOf,
  outcomesFor,
  outcomesOf,
  statusesOf,
  transition,
  type CaseAction,
  type CaseKind,
  type CaseOutcome,
  type CaseStatus,
} from './case-lifecycle.js';

const walk = (kind: CaseKind, steps: Array<[CaseAction, CaseOutcome?]>) =>
  steps.reduce<CaseStatus[]>(
    (path, [action, outcome]) => [...path, transition({ kind, status: path.at(-1)!, action, outcome })],
    [initialStatus(kind)],
  );

describe('complaint lifecycle', () => {
  it('received → triage → justified → assigned → in progress → resolved → closed', () => {
    expect(
      walk('COMPLAINT', [
        ['TAKE_TRIAGE'],
        ['DECIDE', 'JUSTIFIED'],
        ['ASSIGN_HANDLER'],
        ['START_WORK'],
        ['EXTEND_DEADLINE'],
        ['RESOLVE'],
        ['CLOSE'],
      ]),
    ).toEqual(['RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'IN_PROGRESS', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
  });

  it.each(['UNJUSTIFIED', 'NOT_HANDLED', 'WITHDRAWN'] as const)('deciding %s closes it', (outcome) => {
    expect(walk('COMPLAINT', [['TAKE_TRIAGE'], ['DECIDE', outcome]]).at(-1)).toBe('CLOSED');
  });

  it('partly justified goes on like justified; reopen returns to triage', () => {
    expect(
      walk('COMPLAINT', [
        ['TAKE_TRIAGE'],
        ['DECIDE', 'PARTLY_JUSTIFIED'],
        ['ASSIGN_HANDLER'],
        ['ASSIGN_HANDLER'],
        ['START_WORK'],
        ['RESOLVE'],
        ['REOPEN'],
      ]),
    ).toEqual(['RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'IN_TRIAGE']);
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
      expect((error as DomainError).message).toMatch(
        /^(A complaint that is .* cannot be .*\.|This decision needs one of the outcomes .*)$/,
      );
    }
  });

  it('a decision needs a complaint outcome', () => {
    expect(canTransition({ kind: 'COMPLAINT', status: 'IN_TRIAGE', action: 'DECIDE' })).toBe(false);
    expect(canTransition({ kind: 'COMPLAINT', status: 'IN_TRIAGE', action: 'DECIDE', outcome: 'ADOPTED' })).toBe(false);
    expect(outcomesFor('COMPLAINT', 'DECIDE').sort()).toEqual([
      'JUSTIFIED',
      'NOT_HANDLED',
      'PARTLY_JUSTIFIED',
      'UNJUSTIFIED',
      'WITHDRAWN',
    ]);
  });
});

describe('suggestion and compliment lifecycles', () => {
  it('suggestion: considered, adopted or declined, closed', () => {
    expect(walk('SUGGESTION', [['CONSIDER'], ['ADOPT'], ['CLOSE']])).toEqual([
      'RECEIVED',
      'UNDER_CONSIDERATION',
      'ADOPTED',
      'CLOSED',
    ]);
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
    expect(availableActions('COMPLAINT', 'RECEIVED').sort()).toEqual([
      'REASSIGN_RELATIONSHIP_MANAGER',
      'RECLASSIFY',
      'TAKE_TRIAGE',
      'WITHDRAW',
    ]);
    expect(availableActions('COMPLAINT', 'WITHDRAWN')).toEqual([]);
  });
});

describe('the vocabulary as lists', () => {
  it('splits the statuses into open and finished, and keeps resolved complaints open but out of the backlog', () => {
    expect([...FINISHED_STATUSES]).toEqual(['CLOSED', 'WITHDRAWN']);
    expect([...OPEN_STATUSES, ...FINISHED_STATUSES].sort()).toEqual([...CASE_STATUSES].sort());
    expect(OPEN_STATUSES.every(isOpenStatus)).toBe(true);
    expect(OPEN_STATUSES).toContain('RESOLVED');
    expect(AWAITING_RESOLUTION_STATUSES).not.toContain('RESOLVED');
    expect(AWAITING_RESOLUTION_STATUSES).toEqual(OPEN_STATUSES.filter((s) => s !== 'RESOLVED'));
  });

  it('names the complaints still before their decision, and the settled ones', () => {
    const beforeDecision = LIFECYCLES.COMPLAINT.filter(
      (rule) => rule.action === 'TAKE_TRIAGE' || rule.action === 'DECIDE',
    ).flatMap((rule) => rule.from);
    expect([...PRE_DECISION_STATUSES].sort()).toEqual([...new Set(beforeDecision)].sort());
    expect(
      SETTLED_STATUSES.every(
        (status) => statusesOf('COMPLAINT').includes(status) && !AWAITING_RESOLUTION_STATUSES.includes(status),
      ),
    ).toBe(true);
  });

  it('offers a complaint decision for each outcome triage accepts', () => {
    expect([...COMPLAINT_DECISIONS]).toEqual([
      'JUSTIFIED',
      'PARTLY_JUSTIFIED',
      'UNJUSTIFIED',
      'WITHDRAWN',
      'NOT_HANDLED',
    ]);
    for (const outcome of COMPLAINT_DECISIONS)
      expect(canTransition({ kind: 'COMPLAINT', status: 'IN_TRIAGE', action: 'DECIDE', outcome })).toBe(true);
  });

  it('names the outcomes each kind can end with, decided or implied by its actions', () => {
    expect(outcomesOf('COMPLAINT')).toEqual([
      'JUSTIFIED',
      'PARTLY_JUSTIFIED',
      'UNJUSTIFIED',
      'WITHDRAWN',
      'NOT_HANDLED',
    ]);
    expect(outcomesOf('SUGGESTION')).toEqual(['WITHDRAWN', 'ADOPTED', 'DECLINED']);
    expect(outcomesOf('COMPLIMENT')).toEqual(['WITHDRAWN', 'PASSED_ON']);
    // Every outcome some walk through a lifecycle records is listed for its kind.
    for (const kind of CASE_KINDS) {
      for (const rule of LIFECYCLES[kind]) {
        for (const outcome of rule.outcomes ?? [outcomeOf(rule.action)])
          if (outcome) expect(outcomesOf(kind), `${kind} ${rule.action}`).toContain(outcome);
      }
    }
    expect(new Set(CASE_KINDS.flatMap(outcomesOf))).toEqual(new Set(CASE_OUTCOMES));
  });

  it.each(CASE_KINDS)('lists as the statuses of a %s exactly those its lifecycle reaches from the start', (kind) => {
    const reached = new Set<CaseStatus>([initialStatus(kind)]);
    for (const status of reached) {
      for (const action of CASE_ACTIONS) {
        for (const outcome of [undefined, ...CASE_OUTCOMES]) {
          if (canTransition({ kind, status, action, outcome }))
            reached.add(transition({ kind, status, action, outcome }));
        }
      }
    }
    expect(statusesOf(kind).sort()).toEqual([...reached].sort());
  });

  it('records intake, import and every case action as event types', () => {
    expect(CASE_EVENT_TYPES.slice(0, 2)).toEqual(['RECEIVED', 'IMPORTED']);
    expect(CASE_EVENT_TYPES.slice(2)).toEqual([...CASE_ACTIONS]);
  });
});
