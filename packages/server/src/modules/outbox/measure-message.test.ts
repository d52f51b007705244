import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { startSmtpReceiver, type SmtpReceiver } from '@klankbord/test-support';
import type { Person } from '../people/person.entity.js';
import { smtpTransport } from './mail-transport.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { createOutboxRelay } from './outbox-relay.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-05-04T10:00:00Z'));
let orm: MikroORM;
let smtp: SmtpReceiver;
let handler: Person;
let managers: Person[];
let retired: Person;
let typeId: string;
let caseNumber: string;
let caseId: string;

const PROPOSE = `mutation($input: ProposeMeasureInput!) { proposeMeasure(input: $input) { measure { id version } } }`;
const IMPLEMENT = `mutation($input: ImplementMeasureInput!) { implementMeasure(input: $input) { measure { id version status } } }`;

beforeAll(async () => {
  orm = db.orm;
  smtp = await startSmtpReceiver();
  const em = orm.em.fork();
  handler = await makePerson(em, ['HANDLER']);
  managers = [await makePerson(em, ['RELATIONSHIP_MANAGER']), await makePerson(em, ['RELATIONSHIP_MANAGER'])];
  retired = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  retired.active = false;
  await em.flush();
  const type = await makeComplaintType(em);
  typeId = type.id;
  const c = await makeCase(em, { receivedAt: '2026-04-20T10:00:00Z', complaintType: type, handler });
  caseNumber = c.registrationNumber;
  caseId = c.id;
});
afterAll(async () => {
  await smtp.close();
});

async function proposeAndImplement(communicatedOn: string | null): Promise<string> {
  const proposed = await app.execute<{ proposeMeasure: { measure: { id: string; version: number } } }>(
    PROPOSE,
    {
      input: {
        title: 'Callback service',
        description: 'Offer a callback after five minutes.',
        targetComplaintTypeId: typeId,
        caseIds: [caseId],
      },
    },
    viewerOf(handler),
  );
  const { id, version } = proposed.data!.proposeMeasure.measure;
  const implemented = await app.execute(
    IMPLEMENT,
    { input: { measureId: id, version, implementedOn: '2026-05-01', communicatedOn } },
    viewerOf(handler),
  );
  expect(implemented.errors).toBeUndefined();
  return id;
}

describe('step 5: preventive measures reach the relationship managers', () => {
  it('queues a message when a measure is implemented and communicated, and the relay mails every active relationship manager', async () => {
    const measureId = await proposeAndImplement('2026-05-04');
    const [message, ...more] = await orm.em.fork().find(OutboxMessage, { measure: measureId });
    expect(more).toEqual([]);
    expect(message).toMatchObject({
      template: 'MEASURE_COMMUNICATED',
      recipient: 'RELATIONSHIP_MANAGERS',
      locale: 'nl',
      case: null,
      status: DeliveryStatus.QUEUED,
    });

    const relay = createOutboxRelay(
      { ...app.services, now: () => new Date('2026-05-04T10:00:01Z') },
      smtpTransport(smtp.url, 'kb@test.example'),
      { maxAttempts: 3, leaseMs: 60_000, pollIntervalMs: 50, retryBaseMs: 1000, batchSize: 10 },
    );
    expect(await relay.runOnce()).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = smtp.received;
    expect(mail!.subject).toBe('Preventieve maatregel: Callback service');
    expect(mail!.text).toContain('Offer a callback after five minutes.');
    expect(mail!.text).toContain(`Naar aanleiding van: ${caseNumber}`);
    expect(mail!.html).toContain('<p>Beste relatiemanager,</p>');
    const to = (Array.isArray(mail!.to) ? mail!.to : [mail!.to]).flatMap((a) => a!.value.map((v) => v.address));
    // Every active relationship manager of this database (other tests' ones too), not the retired one.
    for (const manager of managers) expect(to).toContain(manager.email);
    expect(to).not.toContain(handler.email);
    expect(to).not.toContain(retired.email);

    // A relationship manager sees, with the measure, that it was sent to them.
    const seen = await app.execute<{ measure: { messageDeliveries: Array<Record<string, unknown>> } }>(
      `query($id: ID!) { measure(id: $id) { messageDeliveries { template recipient status } } }`,
      { id: measureId },
      viewerOf(managers[0]!),
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.measure.messageDeliveries).toEqual([
      { template: 'MEASURE_COMMUNICATED', recipient: 'RELATIONSHIP_MANAGERS', status: 'SENT' },
    ]);
  });

  it('queues nothing while the measure is not yet communicated', async () => {
    const measureId = await proposeAndImplement(null);
    expect(await orm.em.fork().count(OutboxMessage, { measure: measureId })).toBe(0);
  });
});
