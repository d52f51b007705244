import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplaintType, ComplaintTypeVersion } from '../../modules/catalog/complaint-type.entity.js';
import { Service } from '../../modules/catalog/service.entity.js';
import { OrganisationUnit } from '../../modules/people/organisation-unit.entity.js';
import { Person } from '../../modules/people/person.entity.js';
import type { Role } from '../../modules/people/role.js';
import { OrganisationSettings } from '../../modules/settings/organisation-settings.entity.js';

export const DEMO_EMAIL_DOMAIN = 'demo.klankbord.example';

export const SERVICES = [
  { code: 'WORKPLACE', name: 'Workplace', nameNl: 'Werkplek' },
  { code: 'ACCOUNTS', name: 'Accounts and access', nameNl: 'Accounts en toegang' },
  { code: 'TELEPHONY', name: 'Telephony', nameNl: 'Telefonie' },
  { code: 'PRINTING', name: 'Printing', nameNl: 'Printen' },
  { code: 'SERVICE_DESK', name: 'Service desk', nameNl: 'Servicedesk' },
  { code: 'APPLICATIONS', name: 'Applications', nameNl: 'Applicaties' },
  { code: 'NETWORK', name: 'Network and remote access', nameNl: 'Netwerk en thuiswerken' },
] as const;

/** Complaint types with their lead time in working days (PROCEDURE.md: 5 unless the type says so). */
export const COMPLAINT_TYPES = [
  { code: 'LEAD_TIME', name: 'Lead time', nameNl: 'Doorlooptijd', leadTime: 5 },
  { code: 'REACHABILITY', name: 'Reachability', nameNl: 'Bereikbaarheid', leadTime: 3 },
  { code: 'TREATMENT', name: 'Treatment by staff', nameNl: 'Bejegening', leadTime: 5 },
  { code: 'QUALITY', name: 'Quality of delivery', nameNl: 'Kwaliteit van de levering', leadTime: 10 },
  { code: 'COMMUNICATION', name: 'Communication', nameNl: 'Communicatie', leadTime: 5 },
  { code: 'AVAILABILITY', name: 'Outage or availability', nameNl: 'Storing of beschikbaarheid', leadTime: 5 },
] as const;

export const ORGANISATION_UNITS = [
  { code: 'DGB', name: 'Directorate-General for Bilateral Relations' },
  { code: 'DGES', name: 'Directorate-General for European Cooperation' },
  { code: 'DGIS', name: 'Directorate-General for International Cooperation' },
  { code: 'BSG', name: 'Secretary-General’s Office' },
  { code: 'DCO', name: 'Consular Affairs' },
  { code: 'FEZ', name: 'Financial and Economic Affairs' },
  { code: 'HDPO', name: 'Human Resources' },
  { code: 'POST', name: 'Embassies and consulates' },
] as const;

/** Fictional demo people, one or more per role (dev sign-in offers them). */
export const DEMO_PEOPLE: ReadonlyArray<{
  key: string;
  displayName: string;
  roles: Role[];
  unit?: string;
  phone?: string;
}> = [
  { key: 'admin', displayName: 'Anouk Beheer', roles: ['ADMINISTRATOR'] },
  { key: 'rm.jansen', displayName: 'Ruud Jansen', roles: ['RELATIONSHIP_MANAGER'], phone: '+31703480001' },
  { key: 'rm.visser', displayName: 'Rianne Visser', roles: ['RELATIONSHIP_MANAGER'], phone: '+31703480002' },
  { key: 'handler.bakker', displayName: 'Hamid Bakker', roles: ['HANDLER'] },
  { key: 'handler.devries', displayName: 'Hanna de Vries', roles: ['HANDLER'] },
  { key: 'handler.mulder', displayName: 'Henk Mulder', roles: ['HANDLER'] },
  { key: 'management', displayName: 'Marit de Boer', roles: ['MANAGEMENT'] },
  { key: 'submitter.smit', displayName: 'Sanne Smit', roles: ['SUBMITTER'], unit: 'DGB', phone: '+31612345678' },
  { key: 'submitter.meijer', displayName: 'Sem Meijer', roles: ['SUBMITTER'], unit: 'FEZ', phone: '+31687654321' },
  { key: 'submitter.bos', displayName: 'Sophie Bos', roles: ['SUBMITTER'], unit: 'POST' },
];

/**
 * Services, complaint types (with lead times), organisation units, settings and the demo people.
 * Idempotent: rows that exist (by code or e-mail) are left as they are.
 */
export async function ensureReferenceData(
  em: EntityManager,
  validFrom = new Date('2024-01-01T00:00:00Z'),
): Promise<void> {
  await em.transactional(async (tx) => {
    if (!(await tx.findOne(OrganisationSettings, { id: 1 }))) tx.persist(new OrganisationSettings());
    for (const s of SERVICES) {
      if (!(await tx.findOne(Service, { code: s.code }))) tx.persist(new Service(s));
    }
    for (const t of COMPLAINT_TYPES) {
      if (await tx.findOne(ComplaintType, { code: t.code })) continue;
      const type = new ComplaintType(t);
      tx.persist(type);
      tx.persist(
        new ComplaintTypeVersion({
          complaintType: tx.getReference(ComplaintType, type.id, { wrapped: true }),
          version: 1,
          leadTimeWorkingDays: t.leadTime,
          validFrom,
        }),
      );
    }
    const units = new Map<string, OrganisationUnit>();
    for (const u of ORGANISATION_UNITS) {
      const unit = (await tx.findOne(OrganisationUnit, { code: u.code })) ?? new OrganisationUnit(u);
      tx.persist(unit);
      units.set(u.code, unit);
    }
    const people = new Map<string, Person>();
    for (const p of DEMO_PEOPLE) {
      const email = `${p.key}@${DEMO_EMAIL_DOMAIN}`;
      let person = await tx.findOne(Person, { email });
      if (!person) {
        person = new Person({ displayName: p.displayName, email, roles: p.roles });
        person.phone = p.phone ?? null;
        const unit = p.unit ? units.get(p.unit) : undefined;
        if (unit) person.organisationUnit = tx.getReference(OrganisationUnit, unit.id, { wrapped: true });
        tx.persist(person);
      }
      people.set(p.key, person);
    }
    // Portfolios: the two relationship managers split the units between them.
    const managers = [people.get('rm.jansen'), people.get('rm.visser')];
    ORGANISATION_UNITS.forEach((u, index) => {
      const unit = units.get(u.code);
      const manager = managers[index % 2];
      if (unit && manager && !unit.relationshipManager)
        unit.relationshipManager = tx.getReference(Person, manager.id, { wrapped: true });
    });
  });
}
