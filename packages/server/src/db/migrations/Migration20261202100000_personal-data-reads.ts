import { Migration } from '@mikro-orm/migrations';

/** The audit log of personal-data reads: who read which case's submitter details, and when (never the values). */
export class Migration20261202100000_PersonalDataReads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "personal_data_read" (
      "id" bigserial primary key,
      "case_id" uuid not null references "feedback_case" ("id") on update cascade on delete cascade,
      "reader_person_id" uuid null references "person" ("id") on update cascade on delete set null,
      "reader_api_key_id" text null,
      "reader_api_key_name" text null,
      "read_at" timestamptz not null,
      "request_id" text not null
    );`);
    this.addSql(`create index "personal_data_read_case_id_id_index" on "personal_data_read" ("case_id", "id");`);
    this.addSql(
      `create index "personal_data_read_reader_person_id_id_index" on "personal_data_read" ("reader_person_id", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "personal_data_read";`);
  }
}
