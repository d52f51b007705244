import { Migration } from '@mikro-orm/migrations';

/**
 * Rollups for the step-5 reports, so a report reads a few thousand rows instead of every case.
 *
 * - `case_rollup`: cases per day, ISO week and calendar month (Europe/Amsterdam) and per classification
 *   (kind, service, complaint type, organisation unit), with how many of them have each outcome,
 *   none yet, or none and were withdrawn. Each case counts once
 *   under `RECEIVED` on its day of receipt and, once resolved or closed, once under `DONE` on that day.
 * - `lead_time_rollup`: complaints per day, week and month of receipt and per service, complaint type,
 *   relationship manager and lead time in working days (not per unit: see `lead_time_case_facts`), with how many were acknowledged in time,
 *   resolved, resolved within the original and the agreed deadline, and their extensions.
 *
 * Reports read a period as whole months, whole weeks in what is left, and days (`coverPeriod`).
 * Both are kept by statement-level triggers on `feedback_case`, in the same transaction as the
 * write that changes a case — intake, import, reclassification, every lifecycle step, raw SQL
 * alike — so they are never stale: a report sees exactly the committed cases. A case's extensions
 * are counted on the case row itself (`extension_count`, kept by a trigger on `deadline_extension`),
 * so every fact is a function of one case row. `case_rollup_facts(…)` and `lead_time_facts(…)` are
 * the one definition of what a case contributes: the triggers add the new rows' facts and subtract
 * the old rows'; the `*_recount` views count the same facts from scratch (the tests compare them).
 */
export const CASE_FACT_COLUMNS = [
  'received_at',
  'resolved_at',
  'closed_at',
  'kind',
  'status',
  'service_id',
  'complaint_type_id',
  'organisation_unit_id',
  'outcome',
];
export const LEAD_TIME_FACT_COLUMNS = [
  'received_at',
  'kind',
  'service_id',
  'complaint_type_id',
  'organisation_unit_id',
  'relationship_manager_id',
  'resolution_working_days',
  'acknowledged_at',
  'acknowledgement_due_at',
  'resolved_at',
  'original_resolution_due_at',
  'resolution_due_at',
  'extension_count',
  'extensions_informed_in_time',
];
export const call = (fn: string, columns: string[], row: string) =>
  `${fn}(${columns.map((c) => `${row}.${c}`).join(', ')})`;

export const CASE_KEY = [
  'measure',
  'grain',
  'period_start',
  'kind',
  'service_id',
  'complaint_type_id',
  'organisation_unit_id',
];
/** The case's outcome as counts, not as part of the key: a sixth as many rows as a key with the outcome in it. */
export const OUTCOMES = [
  'JUSTIFIED',
  'PARTLY_JUSTIFIED',
  'UNJUSTIFIED',
  'WITHDRAWN',
  'NOT_HANDLED',
  'ADOPTED',
  'DECLINED',
  'PASSED_ON',
] as const;
export const CASE_COUNTS = [
  'cases',
  ...OUTCOMES.map((o) => `outcome_${o.toLowerCase()}`),
  'no_outcome',
  'no_outcome_withdrawn',
];
// Without the organisation unit: a report filtered on units reads `lead_time_case_facts` instead
// (the same facts per case), which keeps this rollup an eighth of the size for every other read.
export const LEAD_TIME_KEY = [
  'grain',
  'period_start',
  'service_id',
  'complaint_type_id',
  'relationship_manager_id',
  'resolution_working_days',
];
export const LEAD_TIME_COUNTS = [
  'cases',
  'acknowledged_in_time',
  'resolved',
  'within_original',
  'within_agreed',
  'extensions',
  'extensions_in_time',
];

/** The upsert of one rollup from the rows of `source` (alias `f`): signed facts, `f.sign` +1 new, -1 old. */
export function upsertSigned(table: string, source: string, key: string[], counts: string[]): string {
  const positions = key.map((_, i) => i + 1).join(', ');
  return `insert into ${table} as r (${[...key, ...counts].join(', ')})
          select ${key.map((k) => `f.${k}`).join(', ')}, ${counts.map((c) => `sum(f.sign * f.${c})`).join(', ')}
            from ${source} f
           group by ${positions}
          having ${counts.map((c) => `sum(f.sign * f.${c}) <> 0`).join(' or ')}
           order by ${positions}
          on conflict on constraint ${table}_key do update set ${counts.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`;
}

/** The changed rows `%1$s` (a `format` argument: new rows signed +1, old rows -1), each with its `facts`. */
export const signedFacts = (facts: string) => `(select x.sign, f.* from (%1$s) x cross join lateral ${facts} f)`;

/** The upsert of one rollup from the signed facts of changed rows `x`. */
export const applyFacts = (table: string, facts: string, key: string[], counts: string[]) =>
  upsertSigned(table, signedFacts(facts), key, counts);

/** A rollup the trigger keeps: its table, the facts of a changed row `x`, its key and its counts. */
export interface MaintainedRollup {
  table: string;
  facts: string;
  key: string[];
  counts: string[];
}

/** The two rollups of this migration (later migrations add to the list). */
export const ORIGINAL_ROLLUPS: MaintainedRollup[] = [
  {
    table: 'case_rollup',
    facts: call('case_rollup_facts', CASE_FACT_COLUMNS, 'x'),
    key: CASE_KEY,
    counts: CASE_COUNTS,
  },
  {
    table: 'lead_time_rollup',
    facts: call('lead_time_facts', LEAD_TIME_FACT_COLUMNS, 'x'),
    key: LEAD_TIME_KEY,
    counts: LEAD_TIME_COUNTS,
  },
];

/** The upsert statements (`format` templates, see `signedFacts`) that keep the rollups of this migration. */
export const ORIGINAL_APPLY = ORIGINAL_ROLLUPS.map((r) => applyFacts(r.table, r.facts, r.key, r.counts));

/**
 * `case_rollup_apply()`, the statement trigger function that runs `statements` (`format` templates
 * of the changed rows, see `signedFacts`) for every write (for `create` or `create or replace`).
 * One function for the three triggers (PostgreSQL allows transition tables on single-event
 * triggers only). Keys are upserted in a fixed order so concurrent writers lock them alike.
 */
export const rollupApplyFunction = (statements: string[]) => `case_rollup_apply() returns trigger language plpgsql as $$
      declare
        changes text := case tg_op
          when 'INSERT' then 'select 1 as sign, n.* from new_rows n'
          when 'DELETE' then 'select -1 as sign, o.* from old_rows o'
          else 'select 1 as sign, n.* from new_rows n union all select -1, o.* from old_rows o' end;
      begin
        ${statements.map((statement) => `execute format($sql$ ${statement} $sql$, changes);`).join('\n        ')}
        return null;
      end $$;`;

/** `case_rollup_clear()`: empties every rollup of `rollups` when the cases are truncated. */
export const rollupClearFunction = (rollups: MaintainedRollup[]) =>
  `case_rollup_clear() returns trigger language plpgsql as $$ begin truncate ${rollups.map((r) => r.table).join(', ')}; return null; end $$;`;

export class Migration20261201220000_CaseRollup extends Migration {
  override async up(): Promise<void> {
    // A case's extensions, on the case row so the lead-time facts are a function of the row.
    this.addSql(
      `alter table "feedback_case" add column "extension_count" int not null default 0, add column "extensions_informed_in_time" int not null default 0;`,
    );
    this.addSql(`update feedback_case c set extension_count = e.n, extensions_informed_in_time = e.in_time
                   from (select case_id, count(*) as n, count(*) filter (where informed_in_time) as in_time from deadline_extension group by case_id) e
                  where e.case_id = c.id;`);
    this.addSql(`create function deadline_extension_count() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then
          update feedback_case set extension_count = extension_count + 1, extensions_informed_in_time = extensions_informed_in_time + new.informed_in_time::int where id = new.case_id;
        end if;
        if tg_op in ('DELETE', 'UPDATE') then
          update feedback_case set extension_count = extension_count - 1, extensions_informed_in_time = extensions_informed_in_time - old.informed_in_time::int where id = old.case_id;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger deadline_extension_count after insert or update or delete on deadline_extension
      for each row execute function deadline_extension_count();`);

    this.addSql(`create table "case_rollup" (
      "grain" text not null check ("grain" in ('day', 'week', 'month')),
      "period_start" date not null,
      "measure" text not null check ("measure" in ('RECEIVED', 'DONE')),
      "kind" text not null,
      "service_id" uuid null,
      "complaint_type_id" uuid null,
      "organisation_unit_id" uuid null,
      ${CASE_COUNTS.map((c) => `"${c}" int not null`).join(', ')},
      constraint "case_rollup_key" unique nulls not distinct (${CASE_KEY.join(', ')})
    );`);
    this.addSql(`create table "lead_time_rollup" (
      "grain" text not null check ("grain" in ('day', 'week', 'month')),
      "period_start" date not null,
      "service_id" uuid null,
      "complaint_type_id" uuid null,
      "relationship_manager_id" uuid null,
      "resolution_working_days" int null,
      ${LEAD_TIME_COUNTS.map((c) => `"${c}" int not null`).join(', ')},
      constraint "lead_time_rollup_key" unique nulls not distinct (${LEAD_TIME_KEY.join(', ')})
    );`);

    this
      .addSql(`create function case_rollup_facts(received_at timestamptz, resolved_at timestamptz, closed_at timestamptz, kind text, status text,
                                       service_id uuid, complaint_type_id uuid, organisation_unit_id uuid, outcome text)
      returns table (grain text, period_start date, measure text, kind text, service_id uuid, complaint_type_id uuid,
                     organisation_unit_id uuid, ${CASE_COUNTS.map((c) => `${c} int`).join(', ')})
      language sql stable as $$
        select g.grain, case g.grain when 'day' then m.day else date_trunc(g.grain, m.day)::date end,
               m.measure, kind, service_id, complaint_type_id, organisation_unit_id, 1,
               ${OUTCOMES.map((o) => `(outcome is not distinct from '${o}')::int`).join(', ')},
               (outcome is null)::int, (outcome is null and status = 'WITHDRAWN')::int
          from (values ('RECEIVED', (received_at at time zone 'Europe/Amsterdam')::date),
                       ('DONE', (coalesce(resolved_at, closed_at) at time zone 'Europe/Amsterdam')::date)) m(measure, day)
         cross join (values ('day'), ('week'), ('month')) g(grain)
         where m.day is not null
      $$;`);
    this
      .addSql(`create function lead_time_facts(received_at timestamptz, kind text, service_id uuid, complaint_type_id uuid, organisation_unit_id uuid,
                                     relationship_manager_id uuid, resolution_working_days int, acknowledged_at timestamptz, acknowledgement_due_at timestamptz,
                                     resolved_at timestamptz, original_resolution_due_at timestamptz, resolution_due_at timestamptz,
                                     extension_count int, extensions_informed_in_time int)
      returns table (grain text, period_start date, service_id uuid, complaint_type_id uuid, organisation_unit_id uuid, relationship_manager_id uuid,
                     resolution_working_days int, ${LEAD_TIME_COUNTS.map((c) => `${c} int`).join(', ')})
      language sql stable as $$
        select g.grain, case g.grain when 'day' then d.day else date_trunc(g.grain, d.day)::date end,
               service_id, complaint_type_id, organisation_unit_id, relationship_manager_id, resolution_working_days, 1,
               coalesce(acknowledged_at <= acknowledgement_due_at, false)::int, (resolved_at is not null)::int,
               coalesce(resolved_at <= original_resolution_due_at, false)::int, coalesce(resolved_at <= resolution_due_at, false)::int,
               extension_count, extensions_informed_in_time
          from (select (received_at at time zone 'Europe/Amsterdam')::date as day) d
         cross join (values ('day'), ('week'), ('month')) g(grain)
         where kind = 'COMPLAINT'
      $$;`);

    this.addSql(`create view case_rollup_recount as
      select ${CASE_KEY.map((k) => `f.${k}`).join(', ')}, ${CASE_COUNTS.map((c) => `sum(f.${c})::int as ${c}`).join(', ')}
        from feedback_case c cross join lateral ${call('case_rollup_facts', CASE_FACT_COLUMNS, 'c')} f
       group by ${CASE_KEY.map((_, i) => i + 1).join(', ')};`);
    // The lead-time facts of each case at the day grain, with the case's classification: what a
    // report filtered on organisation units sums instead of the rollup.
    this.addSql(`create view lead_time_case_facts as
      select c.received_at, c.kind, f.*
        from feedback_case c cross join lateral ${call('lead_time_facts', LEAD_TIME_FACT_COLUMNS, 'c')} f
       where f.grain = 'day';`);
    this.addSql(`create view lead_time_rollup_recount as
      select ${LEAD_TIME_KEY.map((k) => `f.${k}`).join(', ')}, ${LEAD_TIME_COUNTS.map((c) => `sum(f.${c})::int as ${c}`).join(', ')}
        from feedback_case c cross join lateral ${call('lead_time_facts', LEAD_TIME_FACT_COLUMNS, 'c')} f
       group by ${LEAD_TIME_KEY.map((_, i) => i + 1).join(', ')};`);

    this.addSql(`create function ${rollupApplyFunction(ORIGINAL_APPLY)}`);
    this.addSql(`create trigger case_rollup_insert after insert on feedback_case referencing new table as new_rows
      for each statement execute function case_rollup_apply();`);
    this
      .addSql(`create trigger case_rollup_update after update on feedback_case referencing old table as old_rows new table as new_rows
      for each statement execute function case_rollup_apply();`);
    this.addSql(`create trigger case_rollup_delete after delete on feedback_case referencing old table as old_rows
      for each statement execute function case_rollup_apply();`);
    this.addSql(`create function ${rollupClearFunction(ORIGINAL_ROLLUPS)}`);
    this.addSql(
      `create trigger case_rollup_truncate after truncate on feedback_case for each statement execute function case_rollup_clear();`,
    );

    // Cases already there (an existing installation) are counted once.
    this.addSql(
      `insert into case_rollup (${[...CASE_KEY, ...CASE_COUNTS].join(', ')}) select ${[...CASE_KEY, ...CASE_COUNTS].join(', ')} from case_rollup_recount;`,
    );
    this.addSql(`insert into lead_time_rollup (${[...LEAD_TIME_KEY, ...LEAD_TIME_COUNTS].join(', ')})
                  select ${[...LEAD_TIME_KEY, ...LEAD_TIME_COUNTS].join(', ')} from lead_time_rollup_recount;`);

    // What the reports still read from the cases: the open ones (their age depends on now).
    this.addSql(
      `create index "feedback_case_organisation_unit_id_received_at_index" on "feedback_case" ("organisation_unit_id", "received_at");`,
    );
    this.addSql(`create index "feedback_case_open_received_at_index" on "feedback_case" ("received_at")
                  where "status" not in ('CLOSED', 'WITHDRAWN') and "resolved_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "feedback_case_open_received_at_index";`);
    this.addSql(`drop index if exists "feedback_case_organisation_unit_id_received_at_index";`);
    this.addSql(`drop view if exists lead_time_case_facts;`);
    for (const trigger of ['case_rollup_truncate', 'case_rollup_delete', 'case_rollup_update', 'case_rollup_insert'])
      this.addSql(`drop trigger if exists ${trigger} on feedback_case;`);
    this.addSql(`drop trigger if exists deadline_extension_count on deadline_extension;`);
    this.addSql(`drop function if exists case_rollup_clear();`);
    this.addSql(`drop function if exists case_rollup_apply();`);
    this.addSql(`drop function if exists deadline_extension_count();`);
    this.addSql(`drop view if exists case_rollup_recount;`);
    this.addSql(`drop view if exists lead_time_rollup_recount;`);
    this.addSql(`drop function if exists case_rollup_facts;`);
    this.addSql(`drop function if exists lead_time_facts;`);
    this.addSql(`drop table if exists "case_rollup";`);
    this.addSql(`drop table if exists "lead_time_rollup";`);
    this.addSql(
      `alter table "feedback_case" drop column "extension_count", drop column "extensions_informed_in_time";`,
    );
  }
}
