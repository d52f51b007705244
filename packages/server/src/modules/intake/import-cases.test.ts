import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makeComplaintType, makePerson, makeService, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { apiKeyViewer } from '../auth/viewer.js';
import type { CaseEvent } from '../cases/case-event.entity.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportCasesInput!) {
    importCases(input: $input) {
      imported
      acceptedCount
      refusedCount
      registrationNumbers
      problems {
        row
        field
        reason
        message
      }
    }
  }
`;

interface ImportData {
  importCases: {
    imported: boolean;
    acceptedCount: number;
    refusedCount: number;
    registrationNumbers: string[];
    problems: Array<{ row: number; field: string; reason: string; message: string }>;
  };
}

const db = setupTestDatabase();
const app = setupTestApp(db);
let orm: MikroORM;
let typeCode: string;
let serviceCode: string;

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  typeCode = (await makeComplaintType(em, 10)).code;
  serviceCode = (await makeService(em)).code;
});

const csv = (rows: string[]) =>
  [
    'kind,receivedAt,description,submitterName,phone,service,complaintType,status,outcome,closedAt,reference',
    ...rows,
  ].join('\n');

const count = () => orm.em.fork().count(FeedbackCase, { channel: 'IMPORT' });

describe('importCases', () => {
  it('is refused to submitters and to API keys without the cases:import scope', async () => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const input = { format: 'JSON', content: '[]' };
    expect((await app.execute(IMPORT, { input }, viewerOf(submitter))).errors?.[0]?.extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    const reader = apiKeyViewer({ id: 'r', name: 'reader', scopes: ['cases:read'] });
    expect((await app.execute(IMPORT, { input }, reader)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('imports valid CSV keeping original timestamps, with deadlines from the type valid then and an IMPORTED event', async () => {
    const admin = await makePerson(orm.em.fork(), ['ADMINISTRATOR']);
    const content = csv([
      `COMPLAINT,2025-03-04T09:30:00+01:00,The printer on floor 3 has been broken for weeks.,Jan Jansen,070 348 4000,${serviceCode},${typeCode},CLOSED,JUSTIFIED,2025-03-14T16:00:00+01:00,OLD-1`,
      `COMPLIMENT,2025-02-01T10:00:00+01:00,Very friendly help from the desk.,Piet Pieters,,,,,,,OLD-2`,
    ]);
    const result = await app.execute<ImportData>(IMPORT, { input: { format: 'CSV', content } }, viewerOf(admin));
    expect(result.errors).toBeUndefined();
    expect(result.data!.importCases).toMatchObject({ imported: true, acceptedCount: 2, refusedCount: 0, problems: [] });
    // Numbered in order of receipt: the February compliment first.
    const [first, second] = result.data!.importCases.registrationNumbers;
    const compliment = await orm.em.fork().findOneOrFail(FeedbackCase, { registrationNumber: first! });
    const complaint = await orm.em
      .fork()
      .findOneOrFail(FeedbackCase, { registrationNumber: second! }, { populate: ['events'] });
    expect(compliment.kind).toBe('COMPLIMENT');
    expect(complaint.receivedAt.toISOString()).toBe('2025-03-04T08:30:00.000Z');
    expect(complaint).toMatchObject({
      status: 'CLOSED',
      outcome: 'JUSTIFIED',
      submitterPhone: '+31703484000',
      leadTimeWorkingDays: 10,
    });
    // 10 working days after Tue 4 March 2025 → end of Tue 18 March (CET).
    expect(complaint.resolutionDueAt.toISOString()).toBe('2025-03-18T22:59:59.999Z');
    expect(complaint.events.getItems().map((e: CaseEvent) => [e.type, e.toStatus, e.data?.['reference']])).toEqual([
      ['IMPORTED', 'CLOSED', 'OLD-1'],
    ]);
  });

  it('refuses a file with bad rows whole, naming each row and field, unless told to skip them', async () => {
    const integration = apiKeyViewer({ id: 'i', name: 'importer', scopes: ['cases:import'] });
    const content = JSON.stringify([
      {
        kind: 'SUGGESTION',
        receivedAt: '2025-05-01T10:00:00+02:00',
        description: 'Please add dark mode to the portal.',
        submitterName: 'A. de Vries',
      },
      { kind: 'COMPLAINT', receivedAt: 'yesterday', description: 'short', submitterName: 'B' },
      {
        kind: 'COMPLIMENT',
        receivedAt: '2025-05-02T10:00:00+02:00',
        description: 'Thanks a lot for the quick help!',
        submitterName: 'C',
        service: 'NOPE',
      },
      {
        kind: 'SUGGESTION',
        receivedAt: '2025-05-03T10:00:00+02:00',
        description: 'A suggestion that got resolved?',
        submitterName: 'D',
        status: 'RESOLVED',
      },
    ]);
    const before = await count();
    const refused = await app.execute<ImportData>(IMPORT, { input: { format: 'JSON', content } }, integration);
    expect(refused.data!.importCases).toMatchObject({ imported: false, acceptedCount: 1, refusedCount: 3 });
    expect(refused.data!.importCases.problems.map((p) => [p.row, p.field])).toEqual(
      expect.arrayContaining([
        [2, 'receivedAt'],
        [2, 'description'],
        [3, 'service'],
        [4, 'status'],
      ]),
    );
    expect(await count()).toBe(before);

    const skipped = await app.execute<ImportData>(
      IMPORT,
      { input: { format: 'JSON', content, skipInvalidRows: true } },
      integration,
    );
    expect(skipped.data!.importCases).toMatchObject({ imported: true, acceptedCount: 1, refusedCount: 3 });
    expect(await count()).toBe(before + 1);
  });

  it('a dry run reports every row problem at once and writes nothing, not even a registration number', async () => {
    const admin = await makePerson(orm.em.fork(), ['ADMINISTRATOR']);
    const counters = () =>
      orm.em
        .fork()
        .getConnection()
        .execute<Array<{ year: number; last_value: number }>>(
          'select year, last_value from registration_counter order by year',
        );
    const before = { cases: await count(), counters: await counters() };
    const content = csv([
      `COMPLAINT,2024-03-04T09:30:00+01:00,The printer on floor 3 has been broken for weeks.,Jan Jansen,,${serviceCode},${typeCode},,,,DRY-1`,
      `COMPLAINT,not a date,short,,,NOPE,,,,,DRY-2`,
      `COMPLIMENT,2024-02-01T10:00:00+01:00,Very friendly help from the desk.,Piet Pieters,,,${typeCode},CLOSED,,,DRY-3`,
    ]);
    for (const skipInvalidRows of [false, true]) {
      const result = await app.execute<ImportData>(
        IMPORT,
        { input: { format: 'CSV', content, dryRun: true, skipInvalidRows } },
        viewerOf(admin),
      );
      expect(result.errors).toBeUndefined();
      const report = result.data!.importCases;
      expect(report).toMatchObject({ imported: false, acceptedCount: 1, refusedCount: 2, registrationNumbers: [] });
      expect(report.problems.map((p) => [p.row, p.field, p.reason])).toEqual([
        [2, 'receivedAt', 'INVALID'],
        [2, 'description', 'INVALID'],
        [2, 'submitterName', 'REQUIRED'],
        [3, 'complaintType', 'NOT_APPLICABLE'],
        [3, 'closedAt', 'REQUIRED'],
      ]);
    }
    const valid = await app.execute<ImportData>(
      IMPORT,
      { input: { format: 'CSV', content: csv([content.split('\n')[1]!]), dryRun: true } },
      viewerOf(admin),
    );
    expect(valid.data!.importCases).toMatchObject({ imported: false, acceptedCount: 1, refusedCount: 0 });
    expect({ cases: await count(), counters: await counters() }).toEqual(before);
  });

  it('refuses unreadable content with BAD_USER_INPUT', async () => {
    const admin = await makePerson(orm.em.fork(), ['ADMINISTRATOR']);
    const result = await app.execute(IMPORT, { input: { format: 'JSON', content: '{not json' } }, viewerOf(admin));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
