import { databaseForCommand } from '../src/db/local-database.js';
import { resolveEnv } from '../src/env.js';

/** DATABASE_URL when set, else the running instance's embedded database, else the embedded database started for the script. */
export async function databaseUrlForScripts(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { url, stop } = await databaseForCommand(resolveEnv());
  return { url, stop };
}
