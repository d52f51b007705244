import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { AdminEvent } from './admin-event.entity.js';

const db = setupTestDatabase();
const NOW = new Date('2026-04-24T10:00:00Z');
const app = setupTestApp(db, NOW);
let orm: MikroORM;
let admin: Viewer;

beforeAll(async () => {
  orm = db.orm;
  admin = viewerOf(await makePerson(orm.em.fork(), ['ADMINISTRATOR']));
});

const EVENTS = `query($first: Int!, $after: String, $entityType: AdminEntityType) {
  adminEvents(first: $first, after: $after, entityType: $entityType) {
    nodes { entityType entityId action channel occurredAt actor { id } changes { field from to } }
    endCursor hasNextPage
  }
}`;
interface Events {
  adminEvents: {
    nodes: Array<{
      entityType: string;
      entityId: string;
      action: string;
      channel: string;
      occurredAt: string;
      actor: { id: string } | null;
      changes: Array<{ field: string; from: string | null; to: string | null }>;
    }>;
    endCursor: string | null;
    hasNextPage: boolean;
  };
}

const eventsOf = (entityId: string) =>
  orm.em.fork().find(AdminEvent, { entityId }, { orderBy: { id: 'asc' }, populate: ['actor'] });

describe('the trail of administrative changes', () => {
  it('is read by administrators only', async () => {
    const manager = viewerOf(await makePerson(orm.em.fork(), ['MANAGEMENT']));
    expect((await app.execute(EVENTS, { first: 5 }, manager)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await app.execute(EVENTS, { first: 5 })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('records who changed a lead time, from what to what, and when', async () => {
    const input = { code: 'TRAIL-TYPE', name: 'Reachability', nameNl: 'Bereikbaarheid', leadTimeWorkingDays: 5 };
    const created = await app.execute<{ saveComplaintType: { id: string } }>(
      `mutation($input: SaveComplaintTypeInput!) { saveComplaintType(input: $input) { id } }`,
      { input },
      admin,
    );
    const id = created.data!.saveComplaintType.id;
    await app.execute(
      `mutation($input: SaveComplaintTypeInput!) { saveComplaintType(input: $input) { id } }`,
      { input: { ...input, id, leadTimeWorkingDays: 8 } },
      admin,
    );
    const events = await eventsOf(id);
    expect(events.map((e) => [e.entityType, e.action, e.actor?.id, e.occurredAt])).toEqual([
      ['COMPLAINT_TYPE', 'CREATED', admin.personId, NOW],
      ['COMPLAINT_TYPE', 'CHANGED', admin.personId, NOW],
    ]);
    expect(events[1]!.changes).toEqual([{ field: 'leadTimeWorkingDays', from: '5', to: '8' }]);
  });

  it('records a person’s changed roles, but never their name, e-mail address or phone number', async () => {
    const input = {
      displayName: 'Henk Handler',
      email: 'henk.trail@test.example',
      phone: '0612345678',
      roles: ['SUBMITTER'],
    };
    const created = await app.execute<{ savePerson: { id: string } }>(
      `mutation($input: SavePersonInput!) { savePerson(input: $input) { id } }`,
      { input },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.savePerson.id;
    const changed = await app.execute(
      `mutation($input: SavePersonInput!) { savePerson(input: $input) { id } }`,
      { input: { ...input, id, roles: ['HANDLER'], phone: '0703484000' } },
      admin,
    );
    expect(changed.errors).toBeUndefined();
    const events = await eventsOf(id);
    expect(events[1]!.changes).toEqual([
      { field: 'phone', from: null, to: null },
      { field: 'roles', from: 'SUBMITTER', to: 'HANDLER' },
    ]);
    const written = JSON.stringify(events.map((e) => e.changes));
    for (const personal of ['Henk', 'henk.trail', '612345678', '703484000']) expect(written).not.toContain(personal);
  });

  it('records closure days added and removed, and settings changed; an unchanged save records nothing', async () => {
    await app.execute(
      `mutation { saveClosureDay(input: { date: "2031-05-02", name: "Bridge day" }) { date } }`,
      {},
      admin,
    );
    await app.execute(`mutation { removeClosureDay(date: "2031-05-02") }`, {}, admin);
    expect((await eventsOf('2031-05-02')).map((e) => e.action)).toEqual(['CREATED', 'REMOVED']);

    const before = await orm.em.fork().count(AdminEvent, { entityType: 'SETTINGS' });
    const SETTINGS = `mutation($input: UpdateSettingsInput!) { updateSettings(input: $input) { liberationDayIsHoliday } }`;
    await app.execute(SETTINGS, { input: { liberationDayIsHoliday: true, defaultLanguage: 'en' } }, admin);
    await app.execute(SETTINGS, { input: { liberationDayIsHoliday: true } }, admin);
    const settings = await orm.em.fork().find(AdminEvent, { entityType: 'SETTINGS' }, { orderBy: { id: 'asc' } });
    expect(settings.length - before).toBe(1);
    expect(settings.at(-1)!.changes).toEqual([
      { field: 'liberationDayIsHoliday', from: 'false', to: 'true' },
      { field: 'defaultLanguage', from: 'nl', to: 'en' },
    ]);
  });

  it('pages newest first', async () => {
    for (const n of [1, 2, 3]) {
      await app.execute(
        `mutation($input: SaveServiceInput!) { saveService(input: $input) { id } }`,
        { input: { code: `TRAIL-${n}`, name: `Service ${n}`, nameNl: `Dienst ${n}` } },
        admin,
      );
    }
    const first = await app.execute<Events>(EVENTS, { first: 2 }, admin);
    expect(first.data!.adminEvents.nodes.map((n) => n.changes.find((c) => c.field === 'code')?.to)).toEqual([
      'TRAIL-3',
      'TRAIL-2',
    ]);
    expect(first.data!.adminEvents.nodes[0]).toMatchObject({ channel: 'API', actor: { id: admin.personId } });
    expect(first.data!.adminEvents.hasNextPage).toBe(true);
    const second = await app.execute<Events>(EVENTS, { first: 1, after: first.data!.adminEvents.endCursor }, admin);
    expect(second.data!.adminEvents.nodes[0]!.changes.find((c) => c.field === 'code')?.to).toBe('TRAIL-1');
  });

  it('filters by the kind of thing changed, paging within the filter', async () => {
    for (const n of [1, 2]) {
      await app.execute(
        `mutation($input: SaveOrganisationUnitInput!) { saveOrganisationUnit(input: $input) { id } }`,
        { input: { code: `TRAIL-UNIT-${n}`, name: `Unit ${n}` } },
        admin,
      );
    }
    await app.execute(
      `mutation($input: SaveServiceInput!) { saveService(input: $input) { id } }`,
      { input: { code: 'TRAIL-AFTER-UNITS', name: 'Later', nameNl: 'Later' } },
      admin,
    );
    const first = await app.execute<Events>(EVENTS, { first: 1, entityType: 'ORGANISATION_UNIT' }, admin);
    expect(
      first.data!.adminEvents.nodes.map((n) => [n.entityType, n.changes.find((c) => c.field === 'code')?.to]),
    ).toEqual([['ORGANISATION_UNIT', 'TRAIL-UNIT-2']]);
    const second = await app.execute<Events>(
      EVENTS,
      { first: 1, after: first.data!.adminEvents.endCursor, entityType: 'ORGANISATION_UNIT' },
      admin,
    );
    expect(second.data!.adminEvents.nodes[0]!.changes.find((c) => c.field === 'code')?.to).toBe('TRAIL-UNIT-1');
    const unknown = await app.execute(EVENTS, { first: 1, entityType: 'NOTHING' }, admin);
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
