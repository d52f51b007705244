import { resolveEnv } from '../src/env.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';

/** DATABASE_URL when set, else the same embedded database `pnpm start` uses. */
export async function databaseUrlForScripts(): Promise<{ url: string; stop: () => Promise<void> }> {
  const env = resolveEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: env.EMBEDDED_PG_DIR,
    port: env.EMBEDDED_PG_PORT,
    database: 'klankbord',
  });
  return { url: embedded.url, stop: () => embedded.stop() };
}
