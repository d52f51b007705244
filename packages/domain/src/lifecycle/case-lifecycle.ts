import { DomainError } from '../errors.js';

export const CASE_KINDS = ['COMPLAINT', 'SUGGESTION', 'COMPLIMENT'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = [
  'RECEIVED',
  'IN_TRIAGE',
  'JUSTIFIED',
  'ASSIGNED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
  'UNDER_CONSIDERATION',
  'ADOPTED',
  'DECLINED',
  'PASSED_ON',
  'WITHDRAWN',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = [
  'JUSTIFIED',
  'PARTLY_JUSTIFIED',
  'UNJUSTIFIED',
  'WITHDRAWN',
  'NOT_HANDLED',
  'ADOPTED',
  'DECLINED',
  'PASSED_ON',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const CASE_ACTIONS = [
  'TAKE_TRIAGE',
  'REASSIGN_RELATIONSHIP_MANAGER',
  'DECIDE',
  'ASSIGN_HANDLER',
  'START_WORK',
  'REQUEST_INFORMATION',
  'RECEIVE_INFORMATION',
  'EXTEND_DEADLINE',
  'RESOLVE',
  'CLOSE',
  'WITHDRAW',
  'REOPEN',
  'RECLASSIFY',
  'CONSIDER',
  'ADOPT',
  'DECLINE',
  'PASS_ON',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** One allowed move: from these statuses, this action (with one of these outcomes) leads to `to` (null: stays). */
export interface TransitionRule {
  action: CaseAction;
  from: readonly CaseStatus[];
  to: CaseStatus | null;
  /** Only for actions that need an outcome (DECIDE): the outcomes this rule covers. */
  outcomes?: readonly CaseOutcome[];
}

const COMPLAINT_OPEN = ['RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'IN_PROGRESS'] as const;
const COMPLAINT_WORKING = ['IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'IN_PROGRESS'] as const;

/**
 * The lifecycles of PROCEDURE.md as data. Complaint: received → in triage → justified → assigned →
 * in progress → resolved → closed after evaluation; unjustified (or not handled) → closed with the
 * reason; withdrawn at any open point; reopen after resolution or closure goes back to triage.
 * Suggestion: received → under consideration → adopted or declined → closed. Compliment: received
 * → passed on → closed.
 */
export const LIFECYCLES: Readonly<Record<CaseKind, readonly TransitionRule[]>> = {
  COMPLAINT: [
    { action: 'TAKE_TRIAGE', from: ['RECEIVED'], to: 'IN_TRIAGE' },
    { action: 'REASSIGN_RELATIONSHIP_MANAGER', from: [...COMPLAINT_OPEN, 'RESOLVED'], to: null },
    { action: 'DECIDE', from: ['IN_TRIAGE'], to: 'JUSTIFIED', outcomes: ['JUSTIFIED', 'PARTLY_JUSTIFIED'] },
    { action: 'DECIDE', from: ['IN_TRIAGE'], to: 'CLOSED', outcomes: ['UNJUSTIFIED', 'NOT_HANDLED', 'WITHDRAWN'] },
    { action: 'ASSIGN_HANDLER', from: ['JUSTIFIED'], to: 'ASSIGNED' },
    { action: 'ASSIGN_HANDLER', from: ['ASSIGNED', 'IN_PROGRESS'], to: null },
    { action: 'START_WORK', from: ['ASSIGNED'], to: 'IN_PROGRESS' },
    { action: 'REQUEST_INFORMATION', from: COMPLAINT_WORKING, to: null },
    { action: 'RECEIVE_INFORMATION', from: COMPLAINT_WORKING, to: null },
    { action: 'EXTEND_DEADLINE', from: COMPLAINT_WORKING, to: null },
    { action: 'RESOLVE', from: ['IN_PROGRESS'], to: 'RESOLVED' },
    { action: 'CLOSE', from: ['RESOLVED'], to: 'CLOSED' },
    { action: 'WITHDRAW', from: COMPLAINT_OPEN, to: 'WITHDRAWN' },
    { action: 'REOPEN', from: ['RESOLVED', 'CLOSED'], to: 'IN_TRIAGE' },
    { action: 'RECLASSIFY', from: [...COMPLAINT_OPEN, 'RESOLVED'], to: null },
  ],
  SUGGESTION: [
    { action: 'CONSIDER', from: ['RECEIVED'], to: 'UNDER_CONSIDERATION' },
    {
      action: 'REASSIGN_RELATIONSHIP_MANAGER',
      from: ['RECEIVED', 'UNDER_CONSIDERATION', 'ADOPTED', 'DECLINED'],
      to: null,
    },
    { action: 'ADOPT', from: ['UNDER_CONSIDERATION'], to: 'ADOPTED' },
    { action: 'DECLINE', from: ['UNDER_CONSIDERATION'], to: 'DECLINED' },
    { action: 'CLOSE', from: ['ADOPTED', 'DECLINED'], to: 'CLOSED' },
    { action: 'WITHDRAW', from: ['RECEIVED', 'UNDER_CONSIDERATION'], to: 'WITHDRAWN' },
    { action: 'REOPEN', from: ['CLOSED'], to: 'UNDER_CONSIDERATION' },
    { action: 'RECLASSIFY', from: ['RECEIVED', 'UNDER_CONSIDERATION'], to: null },
  ],
  COMPLIMENT: [
    { action: 'PASS_ON', from: ['RECEIVED'], to: 'PASSED_ON' },
    { action: 'REASSIGN_RELATIONSHIP_MANAGER', from: ['RECEIVED', 'PASSED_ON'], to: null },
    { action: 'CLOSE', from: ['PASSED_ON'], to: 'CLOSED' },
    { action: 'WITHDRAW', from: ['RECEIVED'], to: 'WITHDRAWN' },
    { action: 'RECLASSIFY', from: ['RECEIVED', 'PASSED_ON'], to: null },
  ],
};

/** Outcomes that follow from the action itself. */
const IMPLIED_OUTCOMES: Partial<Record<CaseAction, CaseOutcome>> = {
  ADOPT: 'ADOPTED',
  DECLINE: 'DECLINED',
  PASS_ON: 'PASSED_ON',
  WITHDRAW: 'WITHDRAWN',
};

export interface TransitionInput {
  kind: CaseKind;
  status: CaseStatus;
  action: CaseAction;
  outcome?: CaseOutcome | null;
}

function findRule({ kind, status, action, outcome }: TransitionInput): TransitionRule | undefined {
  return LIFECYCLES[kind].find(
    (rule) =>
      rule.action === action &&
      rule.from.includes(status) &&
      (rule.outcomes
        ? outcome != null && rule.outcomes.includes(outcome)
        : outcome == null || outcome === IMPLIED_OUTCOMES[action]),
  );
}

/** Whether the move is allowed. */
export function canTransition(input: TransitionInput): boolean {
  return findRule(input) !== undefined;
}

/**
 * The one transition function: the status after `action`, or a `DomainError('ILLEGAL_TRANSITION')`
 * that says in words why not. Actions that keep the status (reclassify, extend, …) return it.
 */
export function transition(input: TransitionInput): CaseStatus {
  const rule = findRule(input);
  if (!rule) {
    const needsOutcome = LIFECYCLES[input.kind].some(
      (r) => r.action === input.action && r.outcomes && r.from.includes(input.status),
    );
    const message = needsOutcome
      ? `This decision needs one of the outcomes ${outcomesFor(input.kind, input.action).join(', ')}.`
      : `A ${KIND_WORDS[input.kind]} that is ${STATUS_WORDS[input.status]} cannot be ${ACTION_WORDS[input.action]}.`;
    throw new DomainError('ILLEGAL_TRANSITION', message, {
      kind: input.kind,
      status: input.status,
      action: input.action,
    });
  }
  return rule.to ?? input.status;
}

/** The outcome recorded with an action: the one given, or the one the action implies. */
export function outcomeOf(action: CaseAction, outcome?: CaseOutcome | null): CaseOutcome | null {
  return outcome ?? IMPLIED_OUTCOMES[action] ?? null;
}

/** Every action allowed on a case of `kind` in `status`. */
export function availableActions(kind: CaseKind, status: CaseStatus): CaseAction[] {
  return CASE_ACTIONS.filter((action) =>
    LIFECYCLES[kind].some((rule) => rule.action === action && rule.from.includes(status)),
  );
}

/** The outcomes an action accepts for a kind (DECIDE on a complaint: justified, partly, …). */
export function outcomesFor(kind: CaseKind, action: CaseAction): CaseOutcome[] {
  return LIFECYCLES[kind].filter((rule) => rule.action === action).flatMap((rule) => rule.outcomes ?? []);
}

export const initialStatus = (_kind: CaseKind): CaseStatus => 'RECEIVED';

/** Open: still needs work (everything but closed and withdrawn). */
export const isOpenStatus = (status: CaseStatus): boolean => status !== 'CLOSED' && status !== 'WITHDRAWN';

/** The open statuses as a list (queues, "overdue", the backlog), in lifecycle order. */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(isOpenStatus);

/**
 * The complement of `OPEN_STATUSES`: cases nobody needs to work on (closed, withdrawn). SQL reads
 * "open" as `status not in (these)`, the form the partial index on open cases is declared in.
 */
export const FINISHED_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((status) => !isOpenStatus(status));

/**
 * Awaiting resolution: open and not yet resolved. A resolved complaint is still open (it waits for
 * its evaluation before closing), but no longer counts in the backlog the reports show.
 */
export const AWAITING_RESOLUTION_STATUSES: readonly CaseStatus[] = OPEN_STATUSES.filter(
  (status) => status !== 'RESOLVED',
);

/**
 * Before triage is done: received or in triage. A new complaint type still moves the resolution
 * deadline then (nobody planned work on it yet, and the submitter was told no date beyond the default).
 */
export const PRE_DECISION_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'IN_TRIAGE'];

/** Settled: handled to the end — resolved (awaiting evaluation) or closed — rather than withdrawn or still in the works. */
export const SETTLED_STATUSES: readonly CaseStatus[] = ['RESOLVED', 'CLOSED'];

/** The outcomes a relationship manager chooses from when deciding on a complaint in triage, in `CASE_OUTCOMES` order. */
export const COMPLAINT_DECISIONS: readonly CaseOutcome[] = CASE_OUTCOMES.filter((outcome) =>
  outcomesFor('COMPLAINT', 'DECIDE').includes(outcome),
);

/**
 * What a case's event trail records: `RECEIVED` (intake) or `IMPORTED` (import) starts it, and every
 * case action taken afterwards is recorded under its own name.
 */
export const CASE_EVENT_TYPES = ['RECEIVED', 'IMPORTED', ...CASE_ACTIONS] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** Terminal: no action leads anywhere else (closed complaints can still be reopened). */
export function isTerminalStatus(kind: CaseKind, status: CaseStatus): boolean {
  return !LIFECYCLES[kind].some((rule) => rule.from.includes(status) && rule.to !== null && rule.to !== status);
}

/** The statuses a case of `kind` can be in. */
export function statusesOf(kind: CaseKind): CaseStatus[] {
  const reached = new Set<CaseStatus>([initialStatus(kind)]);
  for (const rule of LIFECYCLES[kind]) if (rule.to) reached.add(rule.to);
  return CASE_STATUSES.filter((status) => reached.has(status));
}

/**
 * The outcomes a case of `kind` can end up with: those its decisions accept and those its actions
 * imply (a suggestion that is adopted, a compliment passed on, any case withdrawn).
 */
export function outcomesOf(kind: CaseKind): CaseOutcome[] {
  const reached = new Set<CaseOutcome>();
  for (const rule of LIFECYCLES[kind]) {
    for (const outcome of rule.outcomes ?? []) reached.add(outcome);
    const implied = IMPLIED_OUTCOMES[rule.action];
    if (implied) reached.add(implied);
  }
  return CASE_OUTCOMES.filter((outcome) => reached.has(outcome));
}

const KIND_WORDS: Record<CaseKind, string> = {
  COMPLAINT: 'complaint',
  SUGGESTION: 'suggestion',
  COMPLIMENT: 'compliment',
};
const STATUS_WORDS: Record<CaseStatus, string> = {
  RECEIVED: 'received',
  IN_TRIAGE: 'in triage',
  JUSTIFIED: 'judged justified',
  ASSIGNED: 'assigned to a handler',
  IN_PROGRESS: 'in progress',
  RESOLVED: 'resolved',
  CLOSED: 'closed',
  UNDER_CONSIDERATION: 'under consideration',
  ADOPTED: 'adopted',
  DECLINED: 'declined',
  PASSED_ON: 'passed on',
  WITHDRAWN: 'withdrawn',
};
const ACTION_WORDS: Record<CaseAction, string> = {
  TAKE_TRIAGE: 'taken into triage',
  REASSIGN_RELATIONSHIP_MANAGER: 'given another relationship manager',
  DECIDE: 'decided on',
  ASSIGN_HANDLER: 'assigned to a handler',
  START_WORK: 'started on',
  REQUEST_INFORMATION: 'sent an information request',
  RECEIVE_INFORMATION: 'given the requested information',
  EXTEND_DEADLINE: 'given a later deadline',
  RESOLVE: 'resolved',
  CLOSE: 'closed',
  WITHDRAW: 'withdrawn',
  REOPEN: 'reopened',
  RECLASSIFY: 'reclassified',
  CONSIDER: 'taken into consideration',
  ADOPT: 'adopted',
  DECLINE: 'declined',
  PASS_ON: 'passed on',
};
