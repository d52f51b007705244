import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { CASE_COUNTS, LEAD_TIME_COUNTS } from '../../db/migrations/Migration20261201220000_case-rollup.js';
import { fileCase, stepOk } from '../../../test/case-steps.js';
import { makeCase, makeComplaintType, makePerson, makeService, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));
let orm: MikroORM;
let manager: Viewer;
let submitter: Viewer;
let admin: Viewer;

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  manager = viewerOf(rm);
  submitter = viewerOf(await makePerson(em, ['SUBMITTER'], { unit: await makeUnit(em, rm) }));
  admin = viewerOf(await makePerson(em, ['ADMINISTRATOR']));
});

type RollupRow = Record<string, unknown> & { cases: number };
const sql = <T extends object>(text: string) => orm.em.fork().getConnection().execute<T[]>(text, [], 'all');
const ROLLUPS = {
  case_rollup: {
    key: 'measure, grain, period_start::text, kind, service_id, complaint_type_id, organisation_unit_id',
    counts: CASE_COUNTS,
  },
  case_kind_rollup: { key: 'measure, grain, period_start::text, kind', counts: CASE_COUNTS },
  case_unit_rollup: { key: 'measure, grain, period_start::text, kind, organisation_unit_id', counts: CASE_COUNTS },
  case_class_rollup: {
    key: 'measure, grain, period_start::text, kind, service_id, complaint_type_id',
    counts: CASE_COUNTS,
  },
  lead_time_rollup: {
    key: 'grain, period_start::text, service_id, complaint_type_id, relationship_manager_id, resolution_working_days',
    counts: LEAD_TIME_COUNTS,
  },
  lead_time_group_rollup: {
    key: 'group_by, grain, period_start::text, group_id, resolution_working_days',
    counts: LEAD_TIME_COUNTS,
  },
};
/** Each maintained rollup and a from-scratch recount of the same facts, both without empty cells, in one order. */
async function rollupsAndRecounts() {
  const read = (table: string, { key, counts }: { key: string; counts: string[] }) =>
    sql<RollupRow>(
      `select ${key}, ${counts.join(', ')} from ${table} where ${counts.map((c) => `${c} <> 0`).join(' or ')} order by ${key}`,
    );
  const result: Record<string, RollupRow[]> = {};
  for (const [table, shape] of Object.entries(ROLLUPS)) {
    result[table] = await read(table, shape);
    result[`${table} recounted`] = await read(`${table}_recount`, shape);
  }
  return result;
}
async function expectRollupsExact() {
  const rows = await rollupsAndRecounts();
  for (const table of Object.keys(ROLLUPS)) expect(rows[table], table).toEqual(rows[`${table} recounted`]);
  return rows;
}

describe('case_rollup', () => {
  it('counts a case received late on 31 January in Amsterdam (23:30 UTC is already 1 February) on 1 February', async () => {
    const em = orm.em.fork();
    const service = await makeService(em);
    await makeCase(em, { receivedAt: '2026-01-31T23:30:00Z', service, kind: 'COMPLIMENT' });
    const rows = await sql<{ grain: string; period_start: string; cases: number }>(
      `select grain, period_start::text, cases from case_rollup where service_id = '${service.id}' and measure = 'RECEIVED' order by grain`,
    );
    expect(rows).toEqual([
      { grain: 'day', period_start: '2026-02-01', cases: 1 },
      { grain: 'month', period_start: '2026-02-01', cases: 1 },
      // Sunday 1 February belongs to the ISO week of Monday 26 January.
      { grain: 'week', period_start: '2026-01-26', cases: 1 },
    ]);
  });

  it('stays equal to a from-scratch recount through intake, lifecycle steps, extensions, reclassification, import, deletes and truncation', async () => {
    const em = orm.em.fork();
    const [typeA, typeB] = [await makeComplaintType(em), await makeComplaintType(em, 10)];
    const [serviceA, serviceB] = [await makeService(em), await makeService(em)];

    // Intake and every kind of change to a case that moves it between rollup cells.
    const complaint = await fileCase(app, submitter, 'COMPLAINT', {
      serviceId: serviceA.id,
      complaintTypeId: typeA.id,
    });
    let c = await stepOk(app, manager, 'takeTriage', { caseId: complaint.id, version: complaint.version });
    c = await stepOk(app, manager, 'reclassifyCase', {
      caseId: c.id,
      version: c.version,
      complaintTypeId: typeB.id,
      serviceId: serviceB.id,
    });
    c = await stepOk(app, manager, 'decideComplaint', {
      caseId: c.id,
      version: c.version,
      outcome: 'JUSTIFIED',
      reason: 'The delivery was late.',
    });
    const handlerId = (await makePerson(orm.em.fork(), ['HANDLER'])).id;
    c = await stepOk(app, manager, 'assignHandler', { caseId: c.id, version: c.version, handlerId });
    await stepOk(app, manager, 'extendDeadline', {
      caseId: c.id,
      version: c.version,
      extraWorkingDays: 2,
      reason: 'Waiting for parts.',
      submitterInformedAt: '2026-03-02T09:00:00Z',
    });
    const unjustified = await fileCase(app, submitter, 'COMPLAINT', {
      serviceId: serviceA.id,
      complaintTypeId: typeA.id,
    });
    const triaged = await stepOk(app, manager, 'takeTriage', { caseId: unjustified.id, version: unjustified.version });
    await stepOk(app, manager, 'decideComplaint', {
      caseId: triaged.id,
      version: triaged.version,
      outcome: 'UNJUSTIFIED',
      reason: 'The delivery was on time.',
    });
    const suggestion = await fileCase(app, submitter, 'SUGGESTION');
    await stepOk(app, submitter, 'withdrawCase', { caseId: suggestion.id, version: suggestion.version });
    const compliment = await fileCase(app, submitter, 'COMPLIMENT');
    const passed = await stepOk(app, manager, 'passOnCompliment', {
      caseId: compliment.id,
      version: compliment.version,
      passedOnTo: 'The service desk team',
    });
    await stepOk(app, manager, 'closeCase', { caseId: passed.id, version: passed.version });
    const afterSteps = await expectRollupsExact();
    expect(afterSteps['lead_time_rollup']!.some((r) => r['extensions'] === 1 && r['extensions_in_time'] === 1)).toBe(
      true,
    );

    // A bulk import: many rows in one statement.
    const content = [
      'kind,receivedAt,description,submitterName,phone,service,complaintType,status,outcome,closedAt,reference',
      ...Array.from(
        { length: 40 },
        (_, i) =>
          `COMPLAINT,2025-0${1 + (i % 9)}-1${i % 10}T0${i % 10}:30:00+01:00,Imported complaint number ${i} about the printers.,Jan Jansen,070 348 4000,${i % 2 ? serviceA.code : serviceB.code},${i % 3 ? typeA.code : typeB.code},CLOSED,JUSTIFIED,2025-10-14T16:00:00+01:00,OLD-${i}`,
      ),
    ].join('\n');
    const imported = await app.execute<{ importCases: { acceptedCount: number } }>(
      `mutation($input: ImportCasesInput!) { importCases(input: $input) { acceptedCount } }`,
      { input: { format: 'CSV', content } },
      admin,
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importCases.acceptedCount).toBe(40);
    await expectRollupsExact();

    // Set-based writes straight in SQL (as a data fix would): reclassify many at once, delete some.
    await sql(
      `update feedback_case set complaint_type_id = '${typeA.id}', received_at = received_at + interval '20 days' where channel = 'IMPORT' and service_id = '${serviceB.id}'`,
    );
    await sql(
      `delete from feedback_case where channel = 'IMPORT' and service_id = '${serviceA.id}' and received_at < '2025-05-01'`,
    );
    await sql(`delete from deadline_extension`);
    const afterSql = await expectRollupsExact();
    expect(afterSql['case_rollup']!.length).toBeGreaterThan(10);
    expect(afterSql['lead_time_rollup']!.every((r) => r['extensions'] === 0)).toBe(true);

    await sql('truncate feedback_case cascade');
    expect(
      await sql(
        Object.keys(ROLLUPS)
          .map((table) => `select '${table}' from ${table}`)
          .join(' union all '),
      ),
    ).toEqual([]);
  });
});

describe('migration compact-rollups', () => {
  it('builds the compact rollups from the cases already there, and takes them away again', async () => {
    const em = orm.em.fork();
    const service = await makeService(em);
    const type = await makeComplaintType(em);
    await makeCase(em, { receivedAt: '2026-01-31T23:30:00Z', service, kind: 'COMPLIMENT' });
    await makeCase(em, { receivedAt: '2026-02-10T09:00:00Z', service, complaintType: type, kind: 'COMPLAINT' });
    const migrator = orm.getMigrator();
    // Down to and including this migration (umzug's `to` is inclusive), and up again.
    await migrator.down({ to: 'Migration20261202132000_compact-rollups' });
    expect(await sql(`select to_regclass('case_kind_rollup') as kind_rollup`)).toEqual([{ kind_rollup: null }]);
    // A case written while the compact rollups are gone is counted when the migration builds them.
    await makeCase(em, { receivedAt: '2026-02-11T09:00:00Z', service, complaintType: type, kind: 'COMPLAINT' });
    await migrator.up();
    const rows = await expectRollupsExact();
    expect(rows['case_kind_rollup']!.length).toBeGreaterThan(0);
    expect(rows['lead_time_group_rollup']!.length).toBeGreaterThan(0);
  });
});
