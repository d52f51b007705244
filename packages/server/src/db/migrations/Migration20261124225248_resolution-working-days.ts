import { Migration } from '@mikro-orm/migrations';

/** Working days from receipt to resolution, computed once by the domain calendar when a case is resolved. */
export class Migration20261124225248_ResolutionWorkingDays extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "feedback_case" add column "resolution_working_days" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "feedback_case" drop column "resolution_working_days";`);
  }
}
