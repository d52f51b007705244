import { Migration } from '@mikro-orm/migrations';

/** Case handling (steps 3–5): measures taken, when the outcome was told, why no preventive measure was needed, the submitter's language. */
export class Migration20261124230000_CaseHandling extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "feedback_case" add column "measures_taken" text null, add column "outcome_communicated_at" timestamptz null, add column "no_measure_reason" text null, add column "locale" text not null default 'nl';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "feedback_case" drop column "measures_taken", drop column "outcome_communicated_at", drop column "no_measure_reason", drop column "locale";`,
    );
  }
}
