import type { MikroORM } from '@mikro-orm/postgresql';

/** Per table: its row count and a digest of every row. Any insert, update or delete changes it. */
export type TableFingerprint = Map<string, string>;

/**
 * Row count and a digest of every row of every table of the test database, so "nothing was
 * written" is checked on all tables at once, including ones added later. Left out: the migrations
 * table, and the rate limits' counters, which change on every attempt, refused or not (their job).
 */
export async function tableFingerprint(orm: MikroORM): Promise<TableFingerprint> {
  const connection = orm.em.fork().getConnection();
  const tables = await connection.execute<Array<{ tablename: string }>>(
    `select tablename from pg_tables where schemaname = 'public' and tablename not in ('mikro_orm_migrations', 'rate_limit')`,
  );
  const sql = tables
    .map(
      ({ tablename }) =>
        `select '${tablename}' as t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as h from "${tablename}" x`,
    )
    .join(' union all ');
  const rows = await connection.execute<Array<{ t: string; h: string }>>(sql);
  return new Map(rows.map((r) => [r.t, r.h]));
}

/** The tables whose rows differ between two fingerprints. */
export const changedTables = (before: TableFingerprint, after: TableFingerprint): string[] =>
  [...after].filter(([t, h]) => before.get(t) !== h).map(([t]) => t);
