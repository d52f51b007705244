import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplaintType, ComplaintTypeVersion } from '../src/modules/catalog/complaint-type.entity.js';
import { Service } from '../src/modules/catalog/service.entity.js';
import { FeedbackCase } from '../src/modules/cases/feedback-case.entity.js';
import { OrganisationUnit } from '../src/modules/people/organisation-unit.entity.js';
import { Person } from '../src/modules/people/person.entity.js';
import type { Role } from '../src/modules/people/role.js';
import { personViewer, type Viewer } from '../src/modules/auth/viewer.js';

/** Factories: each test makes the rows it needs, with unique codes, so tests never share state. */
const unique = () => randomUUID().slice(0, 8);

export async function makePerson(
  em: EntityManager,
  roles: Role[],
  props: Partial<Pick<Person, 'displayName' | 'phone'>> & { unit?: OrganisationUnit } = {},
) {
  const person = new Person({
    displayName: props.displayName ?? `Person ${unique()}`,
    email: `${unique()}@test.example`,
    roles,
  });
  person.phone = props.phone ?? null;
  if (props.unit) person.organisationUnit = em.getReference(OrganisationUnit, props.unit.id, { wrapped: true });
  await em.persistAndFlush(person);
  return person;
}

export const viewerOf = (person: Person): Viewer => personViewer(person.id, person.roles);

export async function makeUnit(em: EntityManager, relationshipManager?: Person) {
  const unit = new OrganisationUnit({ code: `U-${unique()}`, name: `Unit ${unique()}` });
  if (relationshipManager)
    unit.relationshipManager = em.getReference(Person, relationshipManager.id, { wrapped: true });
  await em.persistAndFlush(unit);
  return unit;
}

export async function makeService(em: EntityManager) {
  const service = new Service({ code: `S-${unique()}`, name: 'Workplace', nameNl: 'Werkplek' });
  await em.persistAndFlush(service);
  return service;
}

export async function makeComplaintType(
  em: EntityManager,
  leadTimeWorkingDays = 5,
  pausesClockOnInformationRequest = false,
) {
  const type = new ComplaintType({ code: `T-${unique()}`, name: 'Lead time', nameNl: 'Doorlooptijd' });
  const version = new ComplaintTypeVersion({
    complaintType: em.getReference(ComplaintType, type.id, { wrapped: true }),
    version: 1,
    leadTimeWorkingDays,
    validFrom: new Date('2020-01-01T00:00:00Z'),
  });
  version.pausesClockOnInformationRequest = pausesClockOnInformationRequest;
  await em.persistAndFlush([type, version]);
  return type;
}

let sequence = 900_000;

/**
 * A case written directly with chosen dates and state, for report tests with known answers
 * (intake would stamp "now"). Deadlines default to receipt + 1 and + 7 calendar days.
 */
export async function makeCase(
  em: EntityManager,
  props: {
    kind?: 'COMPLAINT' | 'SUGGESTION' | 'COMPLIMENT';
    receivedAt: string;
    complaintType?: ComplaintType | null;
    service?: Service | null;
    unit?: OrganisationUnit | null;
    relationshipManager?: Person | null;
    handler?: Person | null;
    status?: FeedbackCase['status'];
    outcome?: FeedbackCase['outcome'];
    acknowledgedAt?: string | null;
    resolvedAt?: string | null;
    resolutionWorkingDays?: number | null;
    acknowledgementDueAt?: string;
    resolutionDueAt?: string;
    leadTimeWorkingDays?: number;
  },
): Promise<FeedbackCase> {
  const receivedAt = new Date(props.receivedAt);
  const day = 86_400_000;
  sequence += 1;
  const c = new FeedbackCase({
    kind: props.kind ?? 'COMPLAINT',
    registrationYear: 1999,
    registrationSequence: sequence,
    registrationNumber: `SKC-1999-${sequence}`,
    receivedAt,
    channel: 'PORTAL',
    description: 'A case made by a test factory.',
    submitterName: 'Test Submitter',
    submitterPhone: null,
    submitterEmail: null,
    submitter: null,
    organisationUnit: props.unit ? em.getReference(OrganisationUnit, props.unit.id, { wrapped: true }) : null,
    service: props.service ? em.getReference(Service, props.service.id, { wrapped: true }) : null,
    complaintType: props.complaintType
      ? em.getReference(ComplaintType, props.complaintType.id, { wrapped: true })
      : null,
    complaintTypeVersion: null,
    leadTimeWorkingDays: props.leadTimeWorkingDays ?? 5,
    acknowledgementDueAt: new Date(props.acknowledgementDueAt ?? receivedAt.getTime() + day),
    resolutionDueAt: new Date(props.resolutionDueAt ?? receivedAt.getTime() + 7 * day),
    relationshipManager: props.relationshipManager
      ? em.getReference(Person, props.relationshipManager.id, { wrapped: true })
      : null,
    idempotencyKey: null,
    requestFingerprint: null,
  });
  if (props.handler) c.handler = em.getReference(Person, props.handler.id, { wrapped: true });
  c.status = props.status ?? (props.resolvedAt ? 'RESOLVED' : 'RECEIVED');
  c.outcome = props.outcome ?? null;
  c.acknowledgedAt =
    props.acknowledgedAt === undefined
      ? receivedAt
      : props.acknowledgedAt === null
        ? null
        : new Date(props.acknowledgedAt);
  c.resolvedAt = props.resolvedAt ? new Date(props.resolvedAt) : null;
  c.resolutionWorkingDays = props.resolutionWorkingDays ?? null;
  await em.persistAndFlush(c);
  return c;
}
