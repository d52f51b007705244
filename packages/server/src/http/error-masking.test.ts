import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { makePerson } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/http-app.js';

/**
 * A real database failure inside a resolver, over HTTP, as a client sees it: a generic
 * INTERNAL_SERVER_ERROR with an error id that matches the server's log line, and nothing of the
 * failure itself — no SQL, no table or column name, no stack frame, no submitted value.
 */

const db = setupTestDatabase();
let server: TestServer;
let token: string;
let tableAndColumnNames: string[];

beforeAll(async () => {
  server = await startTestServer(db, { logLevel: 'info', now: () => new Date('2026-03-02T09:00:00Z') });
  token = await server.tokenFor((await makePerson(db.orm.em.fork(), ['SUBMITTER', 'RELATIONSHIP_MANAGER'])).id);
  const names = await db.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ name: string }>>(
      `select table_name as name from information_schema.tables where table_schema = 'public'
       union select column_name from information_schema.columns where table_schema = 'public' and column_name like '%\\_%'`,
    );
  tableAndColumnNames = names.map((n) => n.name);
});

afterAll(async () => {
  await server?.stop();
});

interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string; errorId?: string } }>;
}

async function graphql(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; text: string; body: Body }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Body };
}

/** The response names the failure by id only; the log line with that id holds the detail. */
function expectMasked(response: { text: string; body: Body }, secrets: string[]) {
  const [error] = response.body.errors ?? [];
  expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  const errorId = error?.extensions?.errorId;
  expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
  expect(error?.message).toContain(errorId);

  const logged = server.logLines
    .map(
      (line) =>
        JSON.parse(line) as {
          msg: string;
          errorId?: string;
          err?: { name?: string; code?: string; frames?: string[] };
        },
    )
    .filter((entry) => entry.errorId === errorId);
  expect(logged.map((entry) => entry.msg)).toEqual(['unexpected error']);

  const text = response.text.toLowerCase();
  for (const leak of [
    'insert into',
    'select ',
    'update ',
    'syntax',
    'violates',
    'exception',
    'postgres',
    'sqlstate',
    '.ts:',
    '.js:',
    ' at ',
    'stack',
  ]) {
    expect({ leak, found: text.includes(leak) }).toEqual({ leak, found: false });
  }
  for (const name of tableAndColumnNames)
    expect({ name, found: new RegExp(`\\b${name}\\b`).test(text) }).toEqual({ name, found: false });
  for (const secret of secrets)
    expect({ secret, found: text.includes(secret.toLowerCase()) }).toEqual({ secret, found: false });
  return logged[0]!;
}

const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { registrationNumber } }`;

describe('internal errors over HTTP', () => {
  it('a trigger that raises with the submitted text: the client gets an error id; the log gets the SQLSTATE, not the values', async () => {
    const connection = db.orm.em.fork().getConnection();
    await connection.execute(`
      create function refuse_case() returns trigger language plpgsql as $$
      begin raise exception 'feedback_case refused: %', new.description; end $$;
      create trigger refuse_case before insert on feedback_case for each row execute function refuse_case();`);
    try {
      const description = 'Mijn collega Jan de Vries van kamer 4.12 was onbeleefd.';
      const response = await graphql(SUBMIT, { input: { kind: 'COMPLAINT', description, phone: '0612345678' } });
      const logged = expectMasked(response, [description, 'Jan de Vries', '0612345678', '+31612345678', 'refused']);
      // The log line tells the operator what failed (SQLSTATE P0001: raised by a trigger or function),
      // without the statement's values: the driver inlines every column of the insert in its message.
      expect(logged.err).toMatchObject({ name: 'DriverException', code: 'P0001' });
      // Where it failed, as function names: no file paths.
      expect(logged.err?.frames?.length).toBeGreaterThan(0);
      expect(JSON.stringify(logged)).not.toMatch(/node_modules|\.js:\d|\.ts:\d/);
      const line = JSON.stringify(logged);
      for (const secret of [description, '+31612345678', '@test.example'])
        expect({ secret, logged: line.includes(secret) }).toEqual({ secret, logged: false });
    } finally {
      await connection.execute(`drop trigger refuse_case on feedback_case; drop function refuse_case();`);
    }
    expect(
      (await graphql(SUBMIT, { input: { kind: 'COMPLIMENT', description: 'Quick and friendly help.' } })).body.errors,
    ).toBeUndefined();
  });

  it('a column the query needs is gone: no SQL or column name reaches the client', async () => {
    const connection = db.orm.em.fork().getConnection();
    await connection.execute(`alter table feedback_case rename column received_at to received_at_gone`);
    try {
      const response = await graphql(`
        {
          cases(first: 5) {
            nodes {
              id
              registrationNumber
            }
          }
        }
      `);
      const logged = expectMasked(response, ['received_at_gone']);
      // 42703: undefined column.
      expect(logged.err).toMatchObject({ code: '42703' });
    } finally {
      await connection.execute(`alter table feedback_case rename column received_at_gone to received_at`);
    }
  });

  describe("a PostgreSQL data exception (SQLSTATE class 22) is the client's mistake, answered without the value", () => {
    const count = async () =>
      Number(
        (
          await db.orm.em
            .fork()
            .getConnection()
            .execute<Array<{ n: string }>>('select count(*) as n from feedback_case')
        )[0]!.n,
      );

    function expectRefusedInput(response: { text: string; body: Body }, secrets: string[], from: number) {
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' });
      const logged = server.logLines.slice(from).join('\n');
      for (const secret of secrets) {
        expect({ secret, answered: response.text.includes(secret) }).toEqual({ secret, answered: false });
        expect({ secret, logged: logged.includes(secret) }).toEqual({ secret, logged: false });
      }
    }

    it('raised with the submitted text in its message (22P02): BAD_USER_INPUT, nothing written, the log has the code only', async () => {
      const connection = db.orm.em.fork().getConnection();
      await connection.execute(`
        create function refuse_value() returns trigger language plpgsql as $$
        begin raise exception using errcode = '22P02', message = 'invalid input: ' || new.description; end $$;
        create trigger refuse_value before insert on feedback_case for each row execute function refuse_value();`);
      try {
        const before = await count();
        const from = server.logLines.length;
        const description = 'Mevrouw Bakker van de servicedesk hing zomaar op.';
        const response = await graphql(SUBMIT, { input: { kind: 'COMPLAINT', description, phone: '0687654321' } });
        expectRefusedInput(response, [description, 'Bakker', '0687654321', '+31687654321'], from);
        expect(await count()).toBe(before);
        const warning = server.logLines
          .slice(from)
          .map((line) => JSON.parse(line) as { msg: string; err?: { code?: string } })
          .find((entry) => entry.msg === 'a value reached the database unvalidated');
        expect(warning?.err?.code).toBe('22P02');
      } finally {
        await connection.execute(`drop trigger refuse_value on feedback_case; drop function refuse_value();`);
      }
    });

    it('a NUL character in a description: BAD_USER_INPUT (whichever layer refuses it), nothing written, no value logged', async () => {
      const before = await count();
      const from = server.logLines.length;
      const description = 'Geholpen door Karel Appel\u0000 aan de telefoon.';
      const response = await graphql(SUBMIT, { input: { kind: 'COMPLAINT', description } });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await count()).toBe(before);
      for (const secret of ['Karel Appel', 'aan de telefoon'])
        expect({ secret, logged: server.logLines.slice(from).join('\n').includes(secret) }).toEqual({
          secret,
          logged: false,
        });
    });
  });
});
