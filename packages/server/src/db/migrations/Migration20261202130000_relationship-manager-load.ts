import { Migration } from '@mikro-orm/migrations';

/**
 * A case row counts towards its relationship manager's load while it is open (the domain's
 * `isOpenStatus`; the test comparing the rollup with a recount over `openStatusSql` guards the copy).
 */
const openCase = (row: string) =>
  `${row}.relationship_manager_id is not null and ${row}.status not in ('CLOSED', 'WITHDRAWN')`;

const NEW_ROWS = 'select 1 as sign, n.relationship_manager_id, n.status from new_rows n';
const OLD_ROWS = 'select -1 as sign, o.relationship_manager_id, o.status from old_rows o';

/** Adds the signed open cases of the changed rows (`changes`) to their managers' rows. */
const applyLoad = (changes: string) => `insert into relationship_manager_load as l (person_id, open_cases)
          select x.relationship_manager_id, sum(x.sign)
            from (${changes}) x
           where ${openCase('x')}
           group by 1
          having sum(x.sign) <> 0
           order by 1
          on conflict (person_id) do update set open_cases = l.open_cases + excluded.open_cases;`;

/**
 * `relationship_manager_load`: the open cases per relationship manager, so intake picks "the one with
 * the fewest open cases" from a row per manager instead of counting the cases (which grew with every
 * case ever filed). Kept by statement-level triggers on `feedback_case` in the same transaction as
 * the write — intake, import, reassignment, every lifecycle step, raw SQL alike — like the report
 * rollups of migration `case-rollup`; `relationship_manager_load_recount` counts the same from
 * scratch (the tests compare the two). A manager without open cases may have no row (or a row of 0).
 *
 * The partial index on people who are active relationship managers keeps the pick's other input
 * small: it reads the managers, not every person.
 */
export class Migration20261202130000_RelationshipManagerLoad extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "relationship_manager_load" (
      "person_id" uuid not null primary key references "person" ("id") on delete cascade,
      "open_cases" int not null
    );`);
    this.addSql(`create view relationship_manager_load_recount as
      select relationship_manager_id as person_id, count(*)::int as open_cases
        from feedback_case c where ${openCase('c')} group by relationship_manager_id;`);
    // One function for the three triggers (transition tables need single-event triggers), in static
    // SQL so each session plans it once. Rows are upserted in person order so concurrent writers
    // lock them alike.
    this.addSql(`create function relationship_manager_load_apply() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          ${applyLoad(NEW_ROWS)}
        elsif tg_op = 'DELETE' then
          ${applyLoad(OLD_ROWS)}
        else
          ${applyLoad(`${NEW_ROWS} union all ${OLD_ROWS}`)}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger relationship_manager_load_insert after insert on feedback_case
      referencing new table as new_rows for each statement execute function relationship_manager_load_apply();`);
    this.addSql(`create trigger relationship_manager_load_update after update on feedback_case
      referencing old table as old_rows new table as new_rows for each statement execute function relationship_manager_load_apply();`);
    this.addSql(`create trigger relationship_manager_load_delete after delete on feedback_case
      referencing old table as old_rows for each statement execute function relationship_manager_load_apply();`);
    this.addSql(
      `create function relationship_manager_load_clear() returns trigger language plpgsql as $$ begin truncate relationship_manager_load; return null; end $$;`,
    );
    this.addSql(`create trigger relationship_manager_load_truncate after truncate on feedback_case
      for each statement execute function relationship_manager_load_clear();`);
    this.addSql(
      `insert into relationship_manager_load (person_id, open_cases) select person_id, open_cases from relationship_manager_load_recount;`,
    );
    this.addSql(`create index "person_active_relationship_manager_index" on "person" ("id")
      where "active" and 'RELATIONSHIP_MANAGER' = any("roles");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "person_active_relationship_manager_index";`);
    for (const trigger of ['truncate', 'delete', 'update', 'insert'])
      this.addSql(`drop trigger if exists relationship_manager_load_${trigger} on feedback_case;`);
    this.addSql(`drop function if exists relationship_manager_load_clear();`);
    this.addSql(`drop function if exists relationship_manager_load_apply();`);
    this.addSql(`drop view if exists relationship_manager_load_recount;`);
    this.addSql(`drop table if exists "relationship_manager_load";`);
  }
}
