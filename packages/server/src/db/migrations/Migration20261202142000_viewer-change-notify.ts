import { Migration } from '@mikro-orm/migrations';

/**
 * A notification on channel `klankbord_reference` (payload `person:<id>` or `api_key:<id>`) when a
 * change to a person or an API key alters who a credential is: roles, active, a revocation, an
 * expiry, scopes — by any writer (use case, command line, SQL). Every app instance drops the cached
 * viewers of that person or key at once (`src/modules/auth/viewer-cache.ts`), so a revocation counts
 * on every instance, not after a cache's TTL. Bookkeeping columns (an API key's last use, a person's
 * name or phone) do not notify: they change on ordinary use and leave the viewer as it was.
 */
export class Migration20261202142000_ViewerChangeNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function notify_credential_change() returns trigger language plpgsql as $$
      begin
        if tg_level = 'STATEMENT' then
          perform pg_notify('klankbord_reference', tg_table_name);
        else
          perform pg_notify('klankbord_reference', tg_table_name || ':' || old.id);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger person_credential_notify after update of roles, active or delete on "person"
      for each row execute function notify_credential_change();`);
    this
      .addSql(`create trigger api_key_credential_notify after update of revoked_at, expires_at, scopes, secret_hash, name or delete on "api_key"
      for each row execute function notify_credential_change();`);
    for (const table of ['person', 'api_key'])
      this.addSql(`create trigger ${table}_truncate_notify after truncate on "${table}"
        for each statement execute function notify_credential_change();`);
  }

  override async down(): Promise<void> {
    for (const table of ['person', 'api_key'])
      this.addSql(`drop trigger if exists ${table}_truncate_notify on "${table}";`);
    this.addSql(`drop trigger if exists person_credential_notify on "person";`);
    this.addSql(`drop trigger if exists api_key_credential_notify on "api_key";`);
    this.addSql(`drop function if exists notify_credential_change();`);
  }
}
