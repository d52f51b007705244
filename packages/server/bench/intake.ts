import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { GraphqlClient } from './graphql-client.js';

/**
 * Intake as an integration sends it (`submitFeedback` with an API key and a fresh idempotency key
 * per submission), its floor — the same rows written by one statement through `pg` — and the
 * reconciliation that proves every 200 answer filed exactly one case.
 */

export const SUBMIT = `mutation BenchSubmit($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) { registrationNumber replayed case { id } }
}`;

/** Cases the bench generates carry this registration year; anything else was written by intake runs. */
export const GENERATED_YEAR = 1900;
/** The floor's cases get their numbers from a counter of their own year, so they are easy to tell apart. */
const FLOOR_YEAR = 1901;

export interface IntakeReferences {
  units: string[];
  services: string[];
}

export async function loadIntakeReferences(client: pg.Pool): Promise<IntakeReferences> {
  const units = await client.query<{ id: string }>('select id from organisation_unit where active order by code');
  const services = await client.query<{ id: string }>('select id from service where active order by code');
  return { units: units.rows.map((r) => r.id), services: services.rows.map((r) => r.id) };
}

const pick = <T>(values: readonly T[], n: number) => values[n % values.length]!;

/** The variables of the n-th submission: a complaint from a unit, about a service, with a new key. */
export function submission(references: IntakeReferences, n: number) {
  const idempotencyKey = randomUUID();
  return {
    idempotencyKey,
    variables: {
      input: {
        kind: 'COMPLAINT',
        description: `Benchmark complaint number ${n}: the printer on floor 3 is out of toner again.`,
        submitterName: 'Bench Submitter',
        phone: '+31612345678',
        email: 'bench.submitter@example.org',
        organisationUnitId: pick(references.units, n),
        serviceId: pick(references.services, n),
        idempotencyKey,
      },
    },
  };
}

/**
 * Submissions over HTTP, each remembered for the reconciliation: the registration number a 200
 * answered, or the key of a failed one and why it failed (HTTP status and error code, never a message).
 */
export function intakeOverHttp(ours: GraphqlClient, references: IntakeReferences) {
  const answered = new Map<string, string>();
  const failedKeys: string[] = [];
  const refusals = new Map<string, number>();
  let sequence = 0;
  const submit = async (): Promise<boolean> => {
    const { idempotencyKey, variables } = submission(references, sequence++);
    const { status, body } = await ours.send(SUBMIT, variables).catch(() => ({ status: 0, body: {} }));
    const answer = body as {
      data?: { submitFeedback?: { registrationNumber: string } };
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    const payload = answer.data?.submitFeedback;
    if (status === 200 && payload && !answer.errors) {
      answered.set(idempotencyKey, payload.registrationNumber);
      return true;
    }
    const reason = `HTTP ${status || 'none'} ${answer.errors?.[0]?.extensions?.code ?? ''}`.trim();
    refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
    failedKeys.push(idempotencyKey);
    return false;
  };
  return { submit, answered, failedKeys, refusals };
}

/**
 * The floor: registration counter, case row (relationship manager from the unit's portfolio),
 * RECEIVED event and acknowledgement in the outbox, in one statement (one implicit transaction).
 */
export const INTAKE_FLOOR = {
  name: 'bench_intake_floor',
  text: `with counter as (
      insert into registration_counter (year, last_value) values (${FLOOR_YEAR}, 1)
      on conflict (year) do update set last_value = registration_counter.last_value + 1
      returning last_value
    ), c as (
      insert into feedback_case (id, kind, registration_number, registration_year, registration_sequence,
        submitter_name, submitter_phone, submitter_email, description, channel, service_id, organisation_unit_id,
        relationship_manager_id, lead_time_working_days, received_at, acknowledgement_due_at, acknowledged_at,
        resolution_due_at, original_resolution_due_at, status, reopen_count, version, created_at, updated_at, locale,
        idempotency_key, idempotency_caller, request_fingerprint)
      select gen_random_uuid(), 'COMPLAINT', 'SKC-${FLOOR_YEAR}-' || lpad(counter.last_value::text, 6, '0'), ${FLOOR_YEAR}, counter.last_value,
             'Bench Submitter', '+31612345678', 'bench.submitter@example.org', $1, 'API', $2::uuid, $3::uuid,
             (select u.relationship_manager_id from organisation_unit u where u.id = $3::uuid),
             5, now(), now() + interval '1 day', now(), now() + interval '7 days', now() + interval '7 days',
             'RECEIVED', 0, 1, now(), now(), 'nl', $4, 'bench-floor', md5($1)
        from counter
      returning id, registration_number, status, received_at
    ), event as (
      insert into case_event (case_id, type, to_status, occurred_at)
      select c.id, 'RECEIVED', c.status, c.received_at from c
    ), message as (
      insert into outbox_message (id, case_id, template, locale, subject, body, data, created_at, next_attempt_at, attempts)
      select gen_random_uuid(), c.id, 'ACKNOWLEDGEMENT', 'nl', 'Ontvangstbevestiging ' || c.registration_number,
             'Wij hebben uw klacht ontvangen.', jsonb_build_object('registrationNumber', c.registration_number, 'kind', 'COMPLAINT'),
             c.received_at, c.received_at, 0 from c
    )
    select registration_number from c`,
};

export function floorValues(references: IntakeReferences, n: number): unknown[] {
  const { idempotencyKey, variables } = submission(references, n);
  return [variables.input.description, variables.input.serviceId, variables.input.organisationUnitId, idempotencyKey];
}

/**
 * Every answered submission (key → registration number from the answer) must be exactly one case
 * with that number, and no case may exist for a key whose request failed. Returns the problems.
 */
export async function reconcile(
  client: pg.Pool,
  answered: ReadonlyMap<string, string>,
  failedKeys: readonly string[],
): Promise<string[]> {
  const problems: string[] = [];
  const rows = await client.query<{ key: string; n: string; numbers: string[] }>(
    `select idempotency_key as key, count(*) as n, array_agg(registration_number) as numbers
       from feedback_case where idempotency_key = any($1::text[]) group by 1`,
    [[...answered.keys(), ...failedKeys]],
  );
  const found = new Map(rows.rows.map((r) => [r.key, r]));
  for (const [key, number] of answered) {
    const row = found.get(key);
    if (!row) problems.push(`no case for an answered key (${number})`);
    else if (Number(row.n) !== 1) problems.push(`${row.n} cases for one answered key (${number})`);
    else if (row.numbers[0] !== number) problems.push(`answer said ${number}, case is ${row.numbers[0]}`);
  }
  const orphans = failedKeys.filter((key) => found.has(key)).length;
  if (orphans > 0) problems.push(`${orphans} failed submissions left a case anyway`);
  return problems;
}

/** Removes what intake runs wrote, so the dataset is the generated one again (the rollups follow through their triggers). */
export async function removeIntakeCases(client: pg.Pool): Promise<number> {
  const removed = await client.query('delete from feedback_case where registration_year <> $1', [GENERATED_YEAR]);
  await client.query('delete from registration_counter');
  return removed.rowCount ?? 0;
}
