import pg from 'pg';

/**
 * Runs one statement on a PostgreSQL server's maintenance database (create, drop, list
 * databases) on a connection of its own, closed again whether the statement succeeds or not.
 */
export async function adminQuery<Row = Record<string, unknown>>(
  adminUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The same server's connection string with another database: `withDatabase('postgres://h/postgres', 'x')` → `postgres://h/x`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
