import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { Person } from '../modules/people/person.entity.js';
import { createLogger, safeErrorFields, sqlState } from './logger.js';

/**
 * The log keeps a database error's SQLSTATE and constraint, never its message: pg and MikroORM put
 * the statement and its bound values there (an insert into person: name, e-mail, phone), and the
 * violated key in `detail`.
 */

const db = setupTestDatabase();

/** A logger writing to memory, as production writes to stdout. */
function memoryLogger() {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
  return { logger: createLogger('info', sink), text: () => lines.join('') };
}

describe('safeErrorFields', () => {
  it('a duplicate person: the log holds the SQLSTATE, table and constraint, and none of the inserted values', async () => {
    const email = 'j.de.vries@example.org';
    const first = db.orm.em.fork();
    first.persist(new Person({ displayName: 'Jan de Vries', email, roles: ['SUBMITTER'] }));
    await first.flush();
    const second = db.orm.em.fork();
    const duplicate = new Person({ displayName: 'Johanna de Vries-Bakker', email, roles: ['SUBMITTER'] });
    duplicate.phone = '+31612345678';
    second.persist(duplicate);
    const error = await second.flush().then(
      () => null,
      (caught: unknown) => caught,
    );
    // The raw error does carry the values: that is what must not reach the log.
    expect(String((error as Error).message)).toContain(email);

    const { logger, text } = memoryLogger();
    logger.error({ err: safeErrorFields(error) }, 'unexpected error');
    const line = JSON.parse(text()) as { err: Record<string, string> };
    expect(line.err).toMatchObject({
      name: 'UniqueConstraintViolationException',
      code: '23505',
      table: 'person',
      constraint: 'person_email_unique',
    });
    expect(line.err['frames']).toEqual(expect.arrayContaining([expect.stringMatching(/\w/)]));
    expect(JSON.stringify(line)).not.toMatch(/node_modules|\.js:\d|\.ts:\d|\/work\//);
    expect(sqlState(error)).toBe('23505');
    for (const value of [email, 'Johanna', 'Bakker', '+31612345678', 'insert into', 'Key ('])
      expect({ value, logged: text().includes(value) }).toEqual({ value, logged: false });
  });

  it("keeps the message of the engine's own errors (they name code) but not of others (they may quote input)", () => {
    const typeError = (() => {
      try {
        return (null as unknown as { name: string }).name;
      } catch (caught) {
        return caught;
      }
    })();
    expect(safeErrorFields(typeError)).toMatchObject({ name: 'TypeError', message: expect.stringMatching(/null/) });

    const parseError = (() => {
      try {
        JSON.parse('{"name": "Jan de Vries", "phone": 0612');
      } catch (caught) {
        return caught;
      }
    })();
    const fields = safeErrorFields(new Error('wrapped', { cause: parseError }));
    expect(fields).toMatchObject({ name: 'Error', cause: { name: 'SyntaxError' } });
    expect(JSON.stringify(fields)).not.toMatch(/Jan de Vries|0612|wrapped/);
    expect(safeErrorFields('a thrown string with Jan de Vries')).toEqual({ name: 'string' });
    expect(sqlState(parseError)).toBeUndefined();
  });
});
