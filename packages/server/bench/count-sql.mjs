// Preloaded into the benchmarked server only (`node --import ./bench/count-sql.mjs dist/main.js`):
// counts the statements the server sends to PostgreSQL, so the bench can report SQL per request
// without a logger in the server or pg_stat_statements on the database. The count is read and
// reset over the IPC channel the bench opens to its child; a server started any other way has
// neither the channel nor this hook.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let statements = 0;
const patched = new Set();

/** Every copy of `pg` the server can load: its own, and the one MikroORM's knex resolves. */
for (const from of ['pg', '@mikro-orm/postgresql']) {
  try {
    const base = from === 'pg' ? require : createRequire(require.resolve(from));
    const pg = base('pg');
    if (patched.has(pg.Client.prototype)) continue;
    patched.add(pg.Client.prototype);
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function countedQuery(...args) {
      statements++;
      return query.apply(this, args);
    };
  } catch {
    // Not resolvable from here: the other path covers it, and a zero count shows it in the table.
  }
}

process.on('message', (message) => {
  if (message === 'sql-count') process.send?.({ sqlCount: statements });
  if (message === 'sql-reset') {
    statements = 0;
    process.send?.({ sqlCount: 0 });
  }
});
process.channel?.unref();
