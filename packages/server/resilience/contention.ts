import type pg from 'pg';
import type { AppInstance } from './app-instance.js';
import { sleep } from './app-instance.js';
import { rollupFailures } from './reconcile.js';

/** A person the suite acts as, with a dev token the instances accept. */
export interface Actor {
  id: string;
  token: string;
  role: 'RELATIONSHIP_MANAGER' | 'HANDLER';
}

/** One step the server accepted, as its client saw it. */
interface AcceptedStep {
  caseId: string;
  action: string;
  versionBefore: number;
  versionAfter: number;
}

export interface ContentionReport {
  cases: number;
  attempted: number;
  accepted: number;
  conflicts: number;
  /** Refused for another reason a race explains: the step no longer allowed, or not this actor's. */
  refused: number;
  /** Answered SERVICE_UNAVAILABLE (the pools busy): retried. */
  unavailable: number;
  failures: string[];
}

/** How often a case is reopened after being closed, so it goes through its steps more than once. */
const REOPENS = 1;
/** Concurrent stepping loops per case: every actor once (4 relationship managers, 4 handlers). */
const LOOPS_PER_ACTOR = 1;

interface CaseState {
  version: number;
  status: string;
  handler: { id: string } | null;
}

/**
 * Case steps under contention: every relationship manager and handler steps the same complaints at
 * once, each with the version it read (optimistic locking). Afterwards: every accepted step has its
 * event, no event without its state change (the events chain from status to status up to the case's
 * status), versions strictly increasing (no two steps accepted on one version), rollups = recount.
 */
export async function runContention(options: {
  instances: AppInstance[];
  admin: pg.Pool;
  actors: Actor[];
  administratorToken: string;
  caseIds: string[];
}): Promise<ContentionReport> {
  const { instances, admin, actors, caseIds } = options;
  const report: ContentionReport = {
    cases: caseIds.length,
    attempted: 0,
    accepted: 0,
    conflicts: 0,
    refused: 0,
    unavailable: 0,
    failures: [],
  };
  const accepted: AcceptedStep[] = [];
  const handlers = actors.filter((a) => a.role === 'HANDLER');

  // Any relationship manager may act on any case: they all contend.
  const settings = await graphql(
    instances[0]!,
    options.administratorToken,
    `
      mutation ResilienceSettings {
        updateSettings(input: { relationshipManagerScope: "ALL" }) {
          relationshipManagerScope
        }
      }
    `,
  );
  if (settings.errors) throw new Error(`updateSettings failed: ${JSON.stringify(settings.errors)}`);

  await Promise.all(
    caseIds.map(async (caseId, caseNumber) => {
      const shared = { closes: 0, done: false };
      const loops = actors.flatMap((actor, a) =>
        Array.from({ length: LOOPS_PER_ACTOR }, (_, l) => {
          const instance = instances[(caseNumber + a + l) % instances.length]!;
          return stepLoop(instance, actor, caseId, shared);
        }),
      );
      await Promise.all(loops);
    }),
  );

  async function stepLoop(
    instance: AppInstance,
    actor: Actor,
    caseId: string,
    shared: { closes: number; done: boolean },
  ) {
    for (let round = 0; round < 300 && !shared.done; round++) {
      const read = await graphql<{ case: CaseState }>(
        instance,
        actor.token,
        `
          query ResilienceCase($id: ID!) {
            case(id: $id) {
              version
              status
              handler {
                id
              }
            }
          }
        `,
        { id: caseId },
      );
      const state = read.data?.case;
      if (!state) {
        await sleep(20);
        continue;
      }
      const step = nextStep(actor, state, shared, handlers);
      if (!step) {
        await sleep(10);
        continue;
      }
      report.attempted++;
      const answer = await graphql<Record<string, { case: { version: number; status: string } }>>(
        instance,
        actor.token,
        `mutation ResilienceStep($input: ${step.inputType}!) { ${step.name}(input: $input) { case { version status } } }`,
        { input: { caseId, version: state.version, ...step.input } },
      );
      const code = answer.errors?.[0]?.extensions?.code;
      if (!answer.errors && answer.data) {
        const after = answer.data[step.name]!.case;
        report.accepted++;
        accepted.push({ caseId, action: step.name, versionBefore: state.version, versionAfter: after.version });
        if (step.name === 'closeCase') {
          shared.closes++;
          if (shared.closes > REOPENS) shared.done = true;
        }
      } else if (code === 'CONFLICT') report.conflicts++;
      else if (code === 'FORBIDDEN' || code === 'ILLEGAL_TRANSITION' || code === 'NOT_FOUND') report.refused++;
      else if (answer.status === 503) {
        // The pools are small and 48 loops contend: wait as told, and read the case again.
        report.unavailable++;
        await sleep(1000);
      } else report.failures.push(`${step.name}: unexpected answer ${answer.status} ${code ?? ''}`);
    }
  }

  // The checks.
  const { rows: events } = await admin.query<{
    case_id: string;
    type: string;
    from_status: string | null;
    to_status: string;
  }>(`select case_id, type, from_status, to_status from case_event where case_id = any($1) order by case_id, id`, [
    caseIds,
  ]);
  const { rows: cases } = await admin.query<{ id: string; version: number; status: string }>(
    'select id, version, status from feedback_case where id = any($1)',
    [caseIds],
  );
  for (const c of cases) {
    const own = accepted.filter((s) => s.caseId === c.id).sort((a, b) => a.versionAfter - b.versionAfter);
    const trail = events.filter((e) => e.case_id === c.id && e.type !== 'RECEIVED');
    const label = `case ${c.id.slice(0, 8)}`;
    if (trail.length !== own.length)
      report.failures.push(`${label}: ${own.length} steps accepted but ${trail.length} events recorded`);
    const versions = own.map((s) => s.versionAfter);
    if (new Set(own.map((s) => s.versionBefore)).size !== own.length)
      report.failures.push(`${label}: two steps were accepted on the same version`);
    if (versions.some((v, i) => i > 0 && v <= versions[i - 1]!))
      report.failures.push(`${label}: versions not strictly increasing`);
    if (own.some((s) => s.versionAfter <= s.versionBefore))
      report.failures.push(`${label}: a step did not raise the version`);
    if (c.version !== 1 + own.length)
      report.failures.push(
        `${label}: version ${c.version} after ${own.length} accepted steps (expected ${1 + own.length})`,
      );
    let status = events.find((e) => e.case_id === c.id && e.type === 'RECEIVED')?.to_status ?? null;
    for (const e of trail) {
      if (e.from_status !== status)
        report.failures.push(`${label}: an event from ${e.from_status} follows status ${status}`);
      status = e.to_status;
    }
    if (status !== c.status) report.failures.push(`${label}: its events end in ${status}, the case is ${c.status}`);
    const types = trail.map((e) => e.type);
    const actions = own.map((s) => STEP_EVENT[s.action]);
    if (!isSameList(types, actions))
      report.failures.push(`${label}: events ${types.join(',')} ≠ accepted ${actions.join(',')}`);
  }
  report.failures.push(...(await rollupFailures(admin)));
  return report;
}

/** The event type each step mutation records. */
const STEP_EVENT: Record<string, string> = {
  takeTriage: 'TAKE_TRIAGE',
  decideComplaint: 'DECIDE',
  assignHandler: 'ASSIGN_HANDLER',
  startWork: 'START_WORK',
  extendDeadline: 'EXTEND_DEADLINE',
  resolveComplaint: 'RESOLVE',
  closeCase: 'CLOSE',
  reopenCase: 'REOPEN',
};

interface Step {
  name: string;
  inputType: string;
  input: Record<string, unknown>;
}

/** The step this actor tries on a case in this state: every actor of the role tries the same, so they race. */
function nextStep(actor: Actor, c: CaseState, shared: { closes: number }, handlers: Actor[]): Step | null {
  const rm = actor.role === 'RELATIONSHIP_MANAGER';
  switch (c.status) {
    case 'RECEIVED':
      return rm ? { name: 'takeTriage', inputType: 'CaseStepInput', input: {} } : null;
    case 'IN_TRIAGE':
      return rm
        ? {
            name: 'decideComplaint',
            inputType: 'DecideComplaintInput',
            input: { outcome: 'JUSTIFIED', reason: 'Fair.' },
          }
        : null;
    case 'JUSTIFIED': {
      const handler = handlers[Math.floor(Math.random() * handlers.length)]!;
      return rm ? { name: 'assignHandler', inputType: 'AssignHandlerInput', input: { handlerId: handler.id } } : null;
    }
    case 'ASSIGNED':
      return rm ? null : { name: 'startWork', inputType: 'CaseStepInput', input: {} };
    case 'IN_PROGRESS':
      return rm
        ? {
            name: 'extendDeadline',
            inputType: 'ExtendDeadlineInput',
            input: { extraWorkingDays: 1, reason: 'More time needed.', submitterInformedAt: new Date().toISOString() },
          }
        : {
            name: 'resolveComplaint',
            inputType: 'ResolveComplaintInput',
            input: { measuresTaken: 'Replaced the printer.' },
          };
    case 'RESOLVED':
      return rm ? null : { name: 'closeCase', inputType: 'CloseCaseInput', input: { noMeasureReason: 'A one-off.' } };
    case 'CLOSED':
      return rm && shared.closes <= REOPENS
        ? { name: 'reopenCase', inputType: 'ReopenCaseInput', input: { reason: 'The printer jams again.' } }
        : null;
    default:
      return null;
  }
}

const isSameList = (a: string[], b: Array<string | undefined>) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

interface Answer<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ extensions?: { code?: string } }>;
}

async function graphql<T>(
  instance: AppInstance,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as Omit<Answer<T>, 'status'>;
  return { status: response.status, ...body };
}
