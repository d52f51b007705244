import { Migration } from '@mikro-orm/migrations';

/**
 * `case_rollup`: case counts per day and per calendar month (Europe/Amsterdam) and per
 * classification, so step-5 reports read a few thousand rollup rows instead of every case.
 *
 * It is kept by statement-level triggers on `feedback_case` in the same transaction as the write
 * that changes a case — intake, import, reclassification, every lifecycle step, raw SQL alike — so
 * it is never stale: a report sees exactly the committed cases. `case_rollup_facts(…)` is the
 * one definition of what a case contributes; the triggers add the new rows' facts and subtract the
 * old rows', and `case_rollup_recount` recounts the same facts from scratch (the tests compare them).
 *
 * Facts: each case counts once under `RECEIVED` on the day it was received and, once resolved or
 * closed, once under `DONE` on that day; each at both grains.
 */
/** The call of `case_rollup_facts` on the case columns of row alias `row`. */
const FACTS_OF = (row: string) =>
  `case_rollup_facts(${['received_at', 'resolved_at', 'closed_at', 'kind', 'status', 'service_id', 'complaint_type_id', 'organisation_unit_id', 'outcome'].map((c) => `${row}.${c}`).join(', ')})`;

export class Migration20261201220000_CaseRollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "case_rollup" (
      "grain" text not null check ("grain" in ('day', 'month')),
      "period_start" date not null,
      "measure" text not null check ("measure" in ('RECEIVED', 'DONE')),
      "kind" text not null,
      "service_id" uuid null,
      "complaint_type_id" uuid null,
      "organisation_unit_id" uuid null,
      "outcome" text null,
      "withdrawn" boolean not null,
      "cases" int not null,
      constraint "case_rollup_key" unique nulls not distinct
        ("grain", "period_start", "measure", "kind", "service_id", "complaint_type_id", "organisation_unit_id", "outcome", "withdrawn")
    );`);

    this.addSql(`create function case_rollup_facts(received_at timestamptz, resolved_at timestamptz, closed_at timestamptz, kind text, status text,
                                       service_id uuid, complaint_type_id uuid, organisation_unit_id uuid, outcome text)
      returns table (grain text, period_start date, measure text, kind text, service_id uuid, complaint_type_id uuid,
                     organisation_unit_id uuid, outcome text, withdrawn boolean)
      language sql stable as $$
        select g.grain, case g.grain when 'day' then m.day else date_trunc('month', m.day)::date end,
               m.measure, kind, service_id, complaint_type_id, organisation_unit_id, outcome, status = 'WITHDRAWN'
          from (values ('RECEIVED', (received_at at time zone 'Europe/Amsterdam')::date),
                       ('DONE', (coalesce(resolved_at, closed_at) at time zone 'Europe/Amsterdam')::date)) m(measure, day)
         cross join (values ('day'), ('month')) g(grain)
         where m.day is not null
      $$;`);

    this.addSql(`create view case_rollup_recount as
      select f.grain, f.period_start, f.measure, f.kind, f.service_id, f.complaint_type_id, f.organisation_unit_id, f.outcome, f.withdrawn,
             count(*)::int as cases
        from feedback_case c cross join lateral ${FACTS_OF('c')} f
       group by 1, 2, 3, 4, 5, 6, 7, 8, 9;`);

    // One function for the three triggers (PostgreSQL allows transition tables on single-event
    // triggers only). Keys are upserted in a fixed order so concurrent writers lock them alike.
    this.addSql(`create function case_rollup_apply() returns trigger language plpgsql as $$
      declare
        changes text := case tg_op
          when 'INSERT' then 'select 1 as sign, n.* from new_rows n'
          when 'DELETE' then 'select -1 as sign, o.* from old_rows o'
          else 'select 1 as sign, n.* from new_rows n union all select -1, o.* from old_rows o' end;
      begin
        execute format($sql$
          insert into case_rollup as r (grain, period_start, measure, kind, service_id, complaint_type_id, organisation_unit_id, outcome, withdrawn, cases)
          select f.grain, f.period_start, f.measure, f.kind, f.service_id, f.complaint_type_id, f.organisation_unit_id, f.outcome, f.withdrawn, sum(x.sign)
            from (%s) x cross join lateral ${FACTS_OF('x')} f
           group by 1, 2, 3, 4, 5, 6, 7, 8, 9
          having sum(x.sign) <> 0
           order by 1, 2, 3, 4, 5, 6, 7, 8, 9
          on conflict on constraint case_rollup_key do update set cases = r.cases + excluded.cases
        $sql$, changes);
        return null;
      end $$;`);
    this.addSql(`create trigger case_rollup_insert after insert on feedback_case referencing new table as new_rows
      for each statement execute function case_rollup_apply();`);
    this.addSql(`create trigger case_rollup_update after update on feedback_case referencing old table as old_rows new table as new_rows
      for each statement execute function case_rollup_apply();`);
    this.addSql(`create trigger case_rollup_delete after delete on feedback_case referencing old table as old_rows
      for each statement execute function case_rollup_apply();`);
    this.addSql(`create function case_rollup_clear() returns trigger language plpgsql as $$ begin truncate case_rollup; return null; end $$;`);
    this.addSql(`create trigger case_rollup_truncate after truncate on feedback_case for each statement execute function case_rollup_clear();`);

    // Cases already there (an existing installation) are counted once.
    this.addSql(`insert into case_rollup select * from case_rollup_recount;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists case_rollup_truncate on feedback_case;`);
    this.addSql(`drop trigger if exists case_rollup_delete on feedback_case;`);
    this.addSql(`drop trigger if exists case_rollup_update on feedback_case;`);
    this.addSql(`drop trigger if exists case_rollup_insert on feedback_case;`);
    this.addSql(`drop function if exists case_rollup_clear();`);
    this.addSql(`drop function if exists case_rollup_apply();`);
    this.addSql(`drop view if exists case_rollup_recount;`);
    this.addSql(`drop function if exists case_rollup_facts(timestamptz, timestamptz, timestamptz, text, text, uuid, uuid, uuid, text);`);
    this.addSql(`drop table if exists "case_rollup";`);
  }
}
