import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { loadSettings } from './load-settings.js';

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

const UPDATE = `mutation($input: UpdateSettingsInput!) { updateSettings(input: $input) { liberationDayIsHoliday relationshipManagerScope minimumReportCellSize } }`;

describe('the organisation settings', () => {
  it('are changed by administrators only; a refusal writes nothing', async () => {
    const input = { liberationDayIsHoliday: true };
    expect((await app.execute(UPDATE, { input }, manager)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await app.execute(UPDATE, { input })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await loadSettings(orm.em.fork())).liberationDayIsHoliday).toBe(false);
  });

  it('keep the fields an update leaves out', async () => {
    const first = await app.execute(
      UPDATE,
      { input: { relationshipManagerScope: 'ALL', minimumReportCellSize: 3 } },
      admin,
    );
    expect(first.errors).toBeUndefined();
    const second = await app.execute(UPDATE, { input: { liberationDayIsHoliday: true } }, admin);
    expect(second.data).toEqual({
      updateSettings: { liberationDayIsHoliday: true, relationshipManagerScope: 'ALL', minimumReportCellSize: 3 },
    });
    const stored = await loadSettings(orm.em.fork());
    expect([stored.liberationDayIsHoliday, stored.relationshipManagerScope, stored.minimumReportCellSize]).toEqual([
      true,
      'ALL',
      3,
    ]);
  });
});
