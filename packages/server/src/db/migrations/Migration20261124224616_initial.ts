import { Migration } from '@mikro-orm/migrations';

export class Migration20261124224616_Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_key" ("id" uuid not null, "name" text not null, "prefix" text not null, "secret_hash" text not null, "scopes" text[] not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(
      `create table "closure_day" ("date" date not null, "name" text not null, constraint "closure_day_pkey" primary key ("date"));`,
    );

    this.addSql(
      `create table "complaint_type" ("id" uuid not null, "code" text not null, "name" text not null, "name_nl" text not null, "active" boolean not null, constraint "complaint_type_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "complaint_type" add constraint "complaint_type_code_unique" unique ("code");`);

    this.addSql(
      `create table "complaint_type_version" ("id" uuid not null, "complaint_type_id" uuid not null, "version" int not null, "lead_time_working_days" int not null, "pauses_clock_on_information_request" boolean not null, "valid_from" timestamptz not null, "valid_to" timestamptz null, constraint "complaint_type_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "complaint_type_version" add constraint "complaint_type_version_complaint_type_id_version_unique" unique ("complaint_type_id", "version");`,
    );

    this.addSql(
      `create table "organisation_settings" ("id" int not null default 1, "liberation_day_is_holiday" boolean not null default false, "relationship_manager_scope" text check ("relationship_manager_scope" in ('PORTFOLIO', 'ALL')) not null default 'PORTFOLIO', "minimum_report_cell_size" int not null default 5, constraint "organisation_settings_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "person" ("id" uuid not null, "display_name" text not null, "email" text not null, "phone" text null, "roles" text[] not null, "organisation_unit_id" uuid null, "external_subject" text null, "active" boolean not null, constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);
    this.addSql(`alter table "person" add constraint "person_external_subject_unique" unique ("external_subject");`);

    this.addSql(
      `create table "organisation_unit" ("id" uuid not null, "code" text not null, "name" text not null, "relationship_manager_id" uuid null, "active" boolean not null, constraint "organisation_unit_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organisation_unit" add constraint "organisation_unit_code_unique" unique ("code");`);

    this.addSql(
      `create table "registration_counter" ("year" int not null, "last_value" int not null, constraint "registration_counter_pkey" primary key ("year"));`,
    );

    this.addSql(
      `create table "service" ("id" uuid not null, "code" text not null, "name" text not null, "name_nl" text not null, "active" boolean not null, constraint "service_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "service" add constraint "service_code_unique" unique ("code");`);

    this.addSql(
      `create table "preventive_measure" ("id" uuid not null, "title" text not null, "description" text not null, "target_complaint_type_id" uuid not null, "target_service_id" uuid null, "owner_id" uuid not null, "status" text check ("status" in ('PROPOSED', 'IMPLEMENTED', 'EVALUATED', 'CANCELLED')) not null, "proposed_at" timestamptz not null, "implemented_on" date null, "evaluated_on" date null, "communicated_on" date null, "expected_effect" text null, "evaluation_note" text null, "version" int not null default 1, constraint "preventive_measure_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "feedback_case" ("id" uuid not null, "kind" text check ("kind" in ('COMPLAINT', 'SUGGESTION', 'COMPLIMENT')) not null, "registration_number" text not null, "registration_year" int not null, "registration_sequence" int not null, "submitter_name" text not null, "submitter_phone" text null, "submitter_email" text null, "submitter_id" uuid null, "organisation_unit_id" uuid null, "description" text not null, "channel" text check ("channel" in ('PORTAL', 'EMAIL', 'PHONE', 'API', 'IMPORT')) not null, "service_id" uuid null, "complaint_type_id" uuid null, "complaint_type_version_id" uuid null, "lead_time_working_days" int not null, "received_at" timestamptz not null, "acknowledgement_due_at" timestamptz not null, "acknowledged_at" timestamptz null, "resolution_due_at" timestamptz not null, "original_resolution_due_at" timestamptz not null, "status" text check ("status" in ('RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'UNDER_CONSIDERATION', 'ADOPTED', 'DECLINED', 'PASSED_ON', 'WITHDRAWN')) not null, "outcome" text check ("outcome" in ('JUSTIFIED', 'PARTLY_JUSTIFIED', 'UNJUSTIFIED', 'WITHDRAWN', 'NOT_HANDLED', 'ADOPTED', 'DECLINED', 'PASSED_ON')) null, "outcome_reason" text null, "relationship_manager_id" uuid null, "handler_id" uuid null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "reopen_count" int not null, "idempotency_key" text null, "request_fingerprint" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "feedback_case_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_registration_number_unique" unique ("registration_number");`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(`create index "feedback_case_received_at_index" on "feedback_case" ("received_at");`);
    this.addSql(
      `create index "feedback_case_status_resolution_due_at_index" on "feedback_case" ("status", "resolution_due_at");`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_registration_year_registration_sequence_unique" unique ("registration_year", "registration_sequence");`,
    );

    this.addSql(
      `create table "preventive_measure_case" ("preventive_measure_id" uuid not null, "feedback_case_id" uuid not null, constraint "preventive_measure_case_pkey" primary key ("preventive_measure_id", "feedback_case_id"));`,
    );

    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "case_id" uuid null, "template" text check ("template" in ('ACKNOWLEDGEMENT', 'EXTENSION_NOTICE', 'OUTCOME', 'MEASURE_COMMUNICATED')) not null, "locale" text check ("locale" in ('nl', 'en')) not null, "subject" text not null, "body" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null, constraint "outbox_message_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_message_sent_at_created_at_index" on "outbox_message" ("sent_at", "created_at");`,
    );

    this.addSql(
      `create table "deadline_extension" ("id" uuid not null, "case_id" uuid not null, "previous_due_at" timestamptz not null, "new_due_at" timestamptz not null, "reason" text not null, "submitter_informed_at" timestamptz not null, "informed_in_time" boolean not null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "deadline_extension_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "case_event" ("id" bigserial primary key, "case_id" uuid not null, "actor_id" uuid null, "type" text not null, "from_status" text check ("from_status" in ('RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'UNDER_CONSIDERATION', 'ADOPTED', 'DECLINED', 'PASSED_ON', 'WITHDRAWN')) null, "to_status" text check ("to_status" in ('RECEIVED', 'IN_TRIAGE', 'JUSTIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'UNDER_CONSIDERATION', 'ADOPTED', 'DECLINED', 'PASSED_ON', 'WITHDRAWN')) not null, "note" text null, "data" jsonb null, "occurred_at" timestamptz not null);`,
    );
    this.addSql(`create index "case_event_case_id_occurred_at_index" on "case_event" ("case_id", "occurred_at");`);

    this.addSql(
      `alter table "complaint_type_version" add constraint "complaint_type_version_complaint_type_id_foreign" foreign key ("complaint_type_id") references "complaint_type" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_organisation_unit_id_foreign" foreign key ("organisation_unit_id") references "organisation_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organisation_unit" add constraint "organisation_unit_relationship_manager_id_foreign" foreign key ("relationship_manager_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "preventive_measure" add constraint "preventive_measure_target_complaint_type_id_foreign" foreign key ("target_complaint_type_id") references "complaint_type" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "preventive_measure" add constraint "preventive_measure_target_service_id_foreign" foreign key ("target_service_id") references "service" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "preventive_measure" add constraint "preventive_measure_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_submitter_id_foreign" foreign key ("submitter_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_organisation_unit_id_foreign" foreign key ("organisation_unit_id") references "organisation_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_complaint_type_id_foreign" foreign key ("complaint_type_id") references "complaint_type" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_complaint_type_version_id_foreign" foreign key ("complaint_type_version_id") references "complaint_type_version" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_relationship_manager_id_foreign" foreign key ("relationship_manager_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_handler_id_foreign" foreign key ("handler_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "preventive_measure_case" add constraint "preventive_measure_case_preventive_measure_id_foreign" foreign key ("preventive_measure_id") references "preventive_measure" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "preventive_measure_case" add constraint "preventive_measure_case_feedback_case_id_foreign" foreign key ("feedback_case_id") references "feedback_case" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_case_id_foreign" foreign key ("case_id") references "feedback_case" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "deadline_extension" add constraint "deadline_extension_case_id_foreign" foreign key ("case_id") references "feedback_case" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deadline_extension" add constraint "deadline_extension_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "feedback_case" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_event" add constraint "case_event_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on update cascade on delete set null;`,
    );

    // The audit trail is append-only: the database itself refuses to rewrite history.
    this.addSql(
      `create function case_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'case_event is append-only'; end $$;`,
    );
    this.addSql(
      `create trigger case_event_no_update before update on "case_event" for each row execute function case_event_append_only();`,
    );
    // Queues and reports filter on these.
    this.addSql(
      `create index "feedback_case_relationship_manager_id_status_index" on "feedback_case" ("relationship_manager_id", "status");`,
    );
    this.addSql(`create index "feedback_case_handler_id_status_index" on "feedback_case" ("handler_id", "status");`);
    this.addSql(`create index "feedback_case_submitter_id_index" on "feedback_case" ("submitter_id");`);
    this.addSql(
      `create index "preventive_measure_case_feedback_case_id_index" on "preventive_measure_case" ("feedback_case_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists case_event_no_update on "case_event";`);
    this.addSql(`drop function if exists case_event_append_only();`);
    this.addSql(
      `alter table "complaint_type_version" drop constraint "complaint_type_version_complaint_type_id_foreign";`,
    );

    this.addSql(
      `alter table "preventive_measure" drop constraint "preventive_measure_target_complaint_type_id_foreign";`,
    );

    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_complaint_type_id_foreign";`);

    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_complaint_type_version_id_foreign";`);

    this.addSql(`alter table "organisation_unit" drop constraint "organisation_unit_relationship_manager_id_foreign";`);

    this.addSql(`alter table "preventive_measure" drop constraint "preventive_measure_owner_id_foreign";`);

    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_submitter_id_foreign";`);

    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_relationship_manager_id_foreign";`);

    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_handler_id_foreign";`);

    this.addSql(`alter table "deadline_extension" drop constraint "deadline_extension_created_by_id_foreign";`);

    this.addSql(`alter table "case_event" drop constraint "case_event_actor_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_organisation_unit_id_foreign";`);

    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_organisation_unit_id_foreign";`);

    this.addSql(`alter table "preventive_measure" drop constraint "preventive_measure_target_service_id_foreign";`);

    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_service_id_foreign";`);

    this.addSql(
      `alter table "preventive_measure_case" drop constraint "preventive_measure_case_preventive_measure_id_foreign";`,
    );

    this.addSql(
      `alter table "preventive_measure_case" drop constraint "preventive_measure_case_feedback_case_id_foreign";`,
    );

    this.addSql(`alter table "outbox_message" drop constraint "outbox_message_case_id_foreign";`);

    this.addSql(`alter table "deadline_extension" drop constraint "deadline_extension_case_id_foreign";`);

    this.addSql(`alter table "case_event" drop constraint "case_event_case_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "closure_day" cascade;`);

    this.addSql(`drop table if exists "complaint_type" cascade;`);

    this.addSql(`drop table if exists "complaint_type_version" cascade;`);

    this.addSql(`drop table if exists "organisation_settings" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "organisation_unit" cascade;`);

    this.addSql(`drop table if exists "registration_counter" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "preventive_measure" cascade;`);

    this.addSql(`drop table if exists "feedback_case" cascade;`);

    this.addSql(`drop table if exists "preventive_measure_case" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "deadline_extension" cascade;`);

    this.addSql(`drop table if exists "case_event" cascade;`);
  }
}
