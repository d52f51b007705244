import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplaintType, ComplaintTypeVersion } from '../src/modules/catalog/complaint-type.entity.js';
import { Service } from '../src/modules/catalog/service.entity.js';
import { OrganisationUnit } from '../src/modules/people/organisation-unit.entity.js';
import { Person } from '../src/modules/people/person.entity.js';
import type { Role } from '../src/modules/people/role.js';
import { personViewer, type Viewer } from '../src/modules/auth/viewer.js';

/** Factories: each test makes the rows it needs, with unique codes, so tests never share state. */
const unique = () => randomUUID().slice(0, 8);

export async function makePerson(em: EntityManager, roles: Role[], props: Partial<Pick<Person, 'displayName' | 'phone'>> & { unit?: OrganisationUnit } = {}) {
  const person = new Person({ displayName: props.displayName ?? `Person ${unique()}`, email: `${unique()}@test.example`, roles });
  person.phone = props.phone ?? null;
  if (props.unit) person.organisationUnit = em.getReference(OrganisationUnit, props.unit.id, { wrapped: true });
  await em.persistAndFlush(person);
  return person;
}

export const viewerOf = (person: Person): Viewer => personViewer(person.id, person.roles);

export async function makeUnit(em: EntityManager, relationshipManager?: Person) {
  const unit = new OrganisationUnit({ code: `U-${unique()}`, name: `Unit ${unique()}` });
  if (relationshipManager) unit.relationshipManager = em.getReference(Person, relationshipManager.id, { wrapped: true });
  await em.persistAndFlush(unit);
  return unit;
}

export async function makeService(em: EntityManager) {
  const service = new Service({ code: `S-${unique()}`, name: 'Workplace', nameNl: 'Werkplek' });
  await em.persistAndFlush(service);
  return service;
}

export async function makeComplaintType(em: EntityManager, leadTimeWorkingDays = 5) {
  const type = new ComplaintType({ code: `T-${unique()}`, name: 'Lead time', nameNl: 'Doorlooptijd' });
  const version = new ComplaintTypeVersion({
    complaintType: em.getReference(ComplaintType, type.id, { wrapped: true }),
    version: 1,
    leadTimeWorkingDays,
    validFrom: new Date('2020-01-01T00:00:00Z'),
  });
  await em.persistAndFlush([type, version]);
  return type;
}
