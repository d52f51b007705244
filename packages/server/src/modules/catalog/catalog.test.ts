import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase } from '../../../test/case-steps.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { ComplaintTypeVersion } from './complaint-type.entity.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-05-11T08:00:00Z'));
let orm: MikroORM;
let admin: Viewer;
let manager: Viewer;

beforeAll(async () => {
  orm = db.orm;
  admin = viewerOf(await makePerson(orm.em.fork(), ['ADMINISTRATOR']));
  manager = viewerOf(await makePerson(orm.em.fork(), ['RELATIONSHIP_MANAGER']));
});

const SAVE_TYPE = `mutation($input: SaveComplaintTypeInput!) { saveComplaintType(input: $input) { id code leadTimeWorkingDays versions { version leadTimeWorkingDays validTo } } }`;

describe('the catalog (services and complaint types)', () => {
  it('is kept by administrators only', async () => {
    const input = { code: 'PRIVACY', name: 'Privacy', nameNl: 'Privacy', leadTimeWorkingDays: 5 };
    expect((await app.execute(SAVE_TYPE, { input }, manager)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await app.execute(SAVE_TYPE, { input })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('a new lead time starts a new version; cases received before keep theirs', async () => {
    type Saved = {
      saveComplaintType: {
        id: string;
        leadTimeWorkingDays: number;
        versions: Array<{ version: number; leadTimeWorkingDays: number; validTo: string | null }>;
      };
    };
    const created = await app.execute<Saved>(
      SAVE_TYPE,
      { input: { code: 'HARDWARE', name: 'Hardware', nameNl: 'Hardware', leadTimeWorkingDays: 5 } },
      admin,
    );
    const typeId = created.data!.saveComplaintType.id;
    const submitter = viewerOf(await makePerson(orm.em.fork(), ['SUBMITTER']));
    const before = await fileCase(app, submitter, 'COMPLAINT', { complaintTypeId: typeId });

    app.setNow(new Date('2026-05-12T08:00:00Z'));
    const changed = await app.execute<Saved>(
      SAVE_TYPE,
      { input: { id: typeId, code: 'HARDWARE', name: 'Hardware', nameNl: 'Hardware', leadTimeWorkingDays: 10 } },
      admin,
    );
    expect(changed.data!.saveComplaintType.leadTimeWorkingDays).toBe(10);
    expect(
      changed.data!.saveComplaintType.versions.map((v) => [v.version, v.leadTimeWorkingDays, v.validTo !== null]),
    ).toEqual([
      [1, 5, true],
      [2, 10, false],
    ]);
    const after = await fileCase(app, submitter, 'COMPLAINT', { complaintTypeId: typeId });
    const em = orm.em.fork();
    expect((await em.findOneOrFail(FeedbackCase, before.id)).leadTimeWorkingDays).toBe(5);
    expect((await em.findOneOrFail(FeedbackCase, after.id)).leadTimeWorkingDays).toBe(10);
    expect(await em.count(ComplaintTypeVersion, { complaintType: typeId })).toBe(2);
  });

  it('refuses a duplicate code with CONFLICT', async () => {
    const input = { code: 'DUPLICATE', name: 'A', nameNl: 'A', leadTimeWorkingDays: 5 };
    await app.execute(SAVE_TYPE, { input }, admin);
    const again = await app.execute(SAVE_TYPE, { input }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });
});
