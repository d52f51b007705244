import type { MikroORM } from '@mikro-orm/postgresql';
import { COMPLAINT_DECISIONS, outcomesOf } from '@klankbord/domain';
import { ensureReferenceData } from '../src/db/seeders/reference-data.js';
import { CASE_ROLLUPS } from '../src/modules/reports/report-sql.js';
import { sqlArray } from '../src/shared/domain-sql.js';

/** How generated closed cases ended: the domain's complaint decisions, and a suggestion's responses. */
const COMPLAINT_ENDINGS = sqlArray(COMPLAINT_DECISIONS);
const COMPLAINT_ENDINGS_COUNT = COMPLAINT_DECISIONS.length;
const SUGGESTION_RESPONSES = outcomesOf('SUGGESTION').filter((outcome) => outcome !== 'WITHDRAWN');
const SUGGESTION_ENDINGS = sqlArray(SUGGESTION_RESPONSES);
const SUGGESTION_ENDINGS_COUNT = SUGGESTION_RESPONSES.length;
/** Every rollup the reports read, vacuumed and analysed with the cases. */
const ROLLUP_TABLES = [...CASE_ROLLUPS.map((r) => r.table), 'lead_time_rollup', 'lead_time_group_rollup'].join(', ');

/**
 * Writes `size` cases over two years in a few set-based SQL statements, the same for the same seed
 * (PostgreSQL's setseed makes random() repeatable within the session). Deadlines are the procedure's
 * shape (1 and ~7 calendar days) rather than exact working days: the benchmark measures reading.
 * The rollups fill through their triggers as the rows go in, as they do for any write.
 */
export async function generateBenchData(
  orm: MikroORM,
  size: number,
  progress: (message: string) => void,
): Promise<void> {
  const em = orm.em.fork();
  await ensureReferenceData(em);
  const connection = em.getConnection();
  const existing = Number(
    (await connection.execute<{ n: string }[]>('select count(*) as n from feedback_case'))[0]?.n ?? 0,
  );
  if (existing === size) {
    progress(`  dataset of ${size.toLocaleString('en')} cases already there; analysing…`);
    // A migration may have added or rebuilt a rollup since the dataset was written.
    await connection.execute(`vacuum analyze ${ROLLUP_TABLES}`);
    return;
  }
  progress(`  writing ${size.toLocaleString('en')} cases…`);
  await connection.execute(
    'truncate feedback_case, case_event, deadline_extension, outbox_message, preventive_measure_case, registration_counter cascade',
  );
  const chunk = 250_000;
  for (let offset = 0; offset < size; offset += chunk) {
    const rows = Math.min(chunk, size - offset);
    await connection.execute(`
      select setseed(${(0.42 + offset / 1e9).toFixed(9)});
      with ref as (
        select (select array_agg(id order by code) from service) as services,
               (select array_agg(id order by code) from complaint_type) as types,
               (select array_agg(id order by code) from organisation_unit) as units,
               (select array_agg(id order by id) from person where 'RELATIONSHIP_MANAGER' = any(roles)) as managers
      ), raw as (
        select g as n, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
               now() - (random() * interval '730 days') as received
          from generate_series(${offset + 1}, ${offset + rows}) g
      )
      insert into feedback_case (id, kind, registration_number, registration_year, registration_sequence, submitter_name, description, channel,
        service_id, complaint_type_id, organisation_unit_id, relationship_manager_id, lead_time_working_days, received_at, acknowledgement_due_at,
        acknowledged_at, resolution_due_at, original_resolution_due_at, status, outcome, resolved_at, resolution_working_days, closed_at,
        reopen_count, version, created_at, updated_at, locale)
      select gen_random_uuid(),
             case when r1 < 0.62 then 'COMPLAINT' when r1 < 0.8 then 'SUGGESTION' else 'COMPLIMENT' end,
             'SKC-B-' || lpad(n::text, 9, '0'), 1900, n, 'Bench Submitter', 'Generated for the benchmark.', 'PORTAL',
             ref.services[1 + floor(r2 * array_length(ref.services, 1))::int],
             case when r1 < 0.62 then ref.types[1 + floor(r3 * array_length(ref.types, 1))::int] end,
             ref.units[1 + floor(r4 * array_length(ref.units, 1))::int],
             ref.managers[1 + floor(r5 * array_length(ref.managers, 1))::int],
             5, received, received + interval '1 day',
             received + (r2 * interval '30 hours'), received + interval '7 days', received + interval '7 days',
             case when received > now() - interval '10 days' then 'IN_PROGRESS' else 'CLOSED' end,
             case when r1 < 0.62 then (${COMPLAINT_ENDINGS})[1 + floor(r3 * ${COMPLAINT_ENDINGS_COUNT})::int]
                  when r1 < 0.8 then (${SUGGESTION_ENDINGS})[1 + floor(r4 * ${SUGGESTION_ENDINGS_COUNT})::int] else 'PASSED_ON' end,
             case when received > now() - interval '10 days' then null else received + (r5 * interval '9 days') end,
             case when received > now() - interval '10 days' then null else floor(r5 * 7)::int end,
             case when received > now() - interval '10 days' then null else received + interval '12 days' end,
             0, 1, received, received, 'nl'
        from raw, ref`);
    progress(`  … ${(offset + rows).toLocaleString('en')} of ${size.toLocaleString('en')}`);
  }
  progress('  analysing…');
  // Vacuumed too, as a database in use would be: hint bits set, visibility map current.
  await connection.execute(`vacuum analyze feedback_case, ${ROLLUP_TABLES}`);
}
