import { Migration } from '@mikro-orm/migrations';

/** The preventive measure's append-only history, and indexes the step-5 reports filter on. */
export class Migration20261124231500_MeasureEvents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "measure_event" ("id" bigserial primary key, "measure_id" uuid not null, "actor_id" uuid null, "type" text not null, "from_status" text check ("from_status" in ('PROPOSED', 'IMPLEMENTED', 'EVALUATED', 'CANCELLED')) null, "to_status" text check ("to_status" in ('PROPOSED', 'IMPLEMENTED', 'EVALUATED', 'CANCELLED')) not null, "note" text null, "data" jsonb null, "occurred_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "measure_event_measure_id_occurred_at_index" on "measure_event" ("measure_id", "occurred_at");`,
    );
    this.addSql(
      `alter table "measure_event" add constraint "measure_event_measure_id_foreign" foreign key ("measure_id") references "preventive_measure" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "measure_event" add constraint "measure_event_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create trigger measure_event_no_update before update on "measure_event" for each row execute function case_event_append_only();`,
    );
    this.addSql(
      `create index "feedback_case_complaint_type_id_received_at_index" on "feedback_case" ("complaint_type_id", "received_at");`,
    );
    this.addSql(`create index "deadline_extension_case_id_index" on "deadline_extension" ("case_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "deadline_extension_case_id_index";`);
    this.addSql(`drop index if exists "feedback_case_complaint_type_id_received_at_index";`);
    this.addSql(`drop table if exists "measure_event" cascade;`);
  }
}
