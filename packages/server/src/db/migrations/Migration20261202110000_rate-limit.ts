import { Migration } from '@mikro-orm/migrations';

/**
 * The rate limits' counters (modules/rate-limits), in the shape rate-limiter-flexible's
 * RateLimiterPostgres reads and writes: one row per limit and client, its points and when the
 * window ends (epoch milliseconds). Kept in the database so every server instance counts together.
 */
export class Migration20261202110000_RateLimit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit" (
      "key" varchar(255) primary key,
      "points" integer not null default 0,
      "expire" bigint null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
  }
}
