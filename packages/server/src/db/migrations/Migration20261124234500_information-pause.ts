import { Migration } from '@mikro-orm/migrations';

/** When a complaint's clock was paused for an information request (only for types that pause). */
export class Migration20261124234500_InformationPause extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "feedback_case" add column "clock_paused_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "feedback_case" drop column "clock_paused_at";`);
  }
}
