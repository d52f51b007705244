import { Migration } from '@mikro-orm/migrations';

/**
 * A notification on channel `klankbord_reference` whenever the organisation settings or the closure
 * days change, by any writer (use case, seeder, raw SQL). Every app instance listens and drops its
 * in-process copy of that reference data (`src/shared/cached-reference.ts`); PostgreSQL delivers the
 * notification at commit and folds repeats within one transaction into one.
 */
export class Migration20261202130100_ReferenceChangeNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function notify_reference_change() returns trigger language plpgsql as $$
      begin
        perform pg_notify('klankbord_reference', tg_table_name);
        return null;
      end $$;`);
    for (const table of ['organisation_settings', 'closure_day'])
      this.addSql(`create trigger ${table}_notify after insert or update or delete or truncate on "${table}"
        for each statement execute function notify_reference_change();`);
  }

  override async down(): Promise<void> {
    for (const table of ['organisation_settings', 'closure_day'])
      this.addSql(`drop trigger if exists ${table}_notify on "${table}";`);
    this.addSql(`drop function if exists notify_reference_change();`);
  }
}
