/**
 * The floor for intake: the writes one submission makes — the next registration number, the case,
 * its RECEIVED event and the acknowledgement in the outbox — as one prepared statement, without
 * validation, look-ups or the relationship-manager pick. What the server can at best approach.
 */
export interface IntakeFloorParameters {
  /** The registration year (the counter row every submission of that year shares). */
  year: number;
  submitterId: string;
  submitterName: string;
  submitterPhone: string;
  organisationUnitId: string | null;
  serviceId: string | null;
  complaintTypeId: string | null;
  relationshipManagerId: string | null;
}

/** The floor statement as a `pg` query config (named, so `pg` prepares it once per connection). */
export function intakeFloorQuery(p: IntakeFloorParameters): { name: string; text: string; values: unknown[] } {
  return {
    name: 'intake-floor',
    text: `with n as (
        insert into registration_counter (year, last_value) values ($1, 1)
        on conflict (year) do update set last_value = registration_counter.last_value + 1
        returning last_value
      ), c as (
        insert into feedback_case (id, kind, registration_number, registration_year, registration_sequence, submitter_name,
          submitter_phone, submitter_id, organisation_unit_id, description, channel, service_id, complaint_type_id,
          relationship_manager_id, lead_time_working_days, received_at, acknowledgement_due_at, acknowledged_at,
          resolution_due_at, original_resolution_due_at, status, reopen_count, version, created_at, updated_at, locale)
        select gen_random_uuid(), 'COMPLAINT', 'SKC-' || $1 || '-' || lpad(n.last_value::text, 6, '0'), $1, n.last_value, $2,
               $3, $4, $5, 'Floor submission for the benchmark.', 'PORTAL', $6, $7,
               $8, 5, now(), now() + interval '1 day', now(),
               now() + interval '7 days', now() + interval '7 days', 'RECEIVED', 0, 1, now(), now(), 'nl'
          from n
        returning id
      ), e as (
        insert into case_event (case_id, actor_id, type, from_status, to_status, data, occurred_at)
        select id, $4, 'RECEIVED', null, 'RECEIVED', '{}'::jsonb, now() from c
      )
      insert into outbox_message (id, case_id, template, locale, subject, body, created_at, attempts)
      select gen_random_uuid(), id, 'ACKNOWLEDGEMENT', 'nl', 'Ontvangstbevestiging', 'Uw melding is ontvangen.', now(), 0 from c`,
    values: [
      p.year,
      p.submitterName,
      p.submitterPhone,
      p.submitterId,
      p.organisationUnitId,
      p.serviceId,
      p.complaintTypeId,
      p.relationshipManagerId,
    ],
  };
}
