import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  acknowledgementDeadline,
  amsterdamDate,
  formatRegistrationNumber,
  resolutionDeadline,
  type WorkingDayCalendar,
} from '@klankbord/domain';
import { loadCalendar } from '../../modules/calendar/load-calendar.js';
import { ComplaintType, ComplaintTypeVersion } from '../../modules/catalog/complaint-type.entity.js';
import { Service } from '../../modules/catalog/service.entity.js';
import { takeStep, type CaseStep } from '../../modules/cases/case-step.js';
import { FeedbackCase } from '../../modules/cases/feedback-case.entity.js';
import { RegistrationCounter } from '../../modules/intake/registration-counter.entity.js';
import { PreventiveMeasure } from '../../modules/measures/preventive-measure.entity.js';
import { OrganisationUnit } from '../../modules/people/organisation-unit.entity.js';
import { Person } from '../../modules/people/person.entity.js';
import {
  planDemoHistory,
  type DemoWorld,
  type PlannedAct,
  type PlannedCase,
  type PlannedMeasure,
} from './demo-plan.js';

export interface DemoHistorySummary {
  cases: number;
  measures: number;
}

interface Options {
  seed: number;
  progress: (message: string) => void;
  /** The history ends here (default: now); open cases are those still running at this instant. */
  until?: Date;
  /** How many days of history (default about two years). */
  days?: number;
  /** Average number of submissions per working day (default 5). */
  perWorkingDay?: number;
}

/** Cases written per flush; the EntityManager is cleared between batches to keep memory flat. */
const BATCH = 250;

/**
 * Demo history, the same for the same seed: the plan (`planDemoHistory`, pure) says which cases
 * arrive when and what happens to each; the simulation here plays it through the product's own
 * paths — every case made by `FeedbackCase.receive`, every step taken by `takeStep` with the
 * planned actor and time — so the demo obeys the lifecycle and leaves the events a live case would.
 * It writes no outbox messages: they would be mail about the past to people who do not exist.
 */
export async function generateDemoHistory(em: EntityManager, options: Options): Promise<DemoHistorySummary> {
  const until = options.until ?? new Date();
  const days = options.days ?? 730;
  const calendar = await loadCalendar(em);
  const world = await loadWorld(em);

  options.progress(`  planning ${days} days of submissions…`);
  const plan = planDemoHistory(world, calendar, {
    seed: options.seed,
    until,
    days,
    perWorkingDay: options.perWorkingDay ?? 5,
  });

  const measureIds = plan.measures.map((planned) => {
    const measure = buildMeasure(em, planned);
    em.persist(measure);
    return measure.id;
  });
  await em.flush();

  options.progress(`  writing ${plan.cases.length} cases with their events…`);
  const counters = new Map<number, number>();
  for (let offset = 0; offset < plan.cases.length; offset += BATCH) {
    em.clear();
    const measures = await em.find(PreventiveMeasure, { id: { $in: measureIds } });
    const measureAt = (index: number) => measures.find((m) => m.id === measureIds[index])!;
    for (const planned of plan.cases.slice(offset, offset + BATCH)) {
      const year = Number(amsterdamDate(planned.receivedAt).slice(0, 4));
      const sequence = (counters.get(year) ?? 0) + 1;
      counters.set(year, sequence);
      simulateCase(em, planned, { year, sequence }, calendar, measureAt);
    }
    await em.flush();
    if ((offset / BATCH) % 4 === 3)
      options.progress(`  … ${Math.min(offset + BATCH, plan.cases.length)} of ${plan.cases.length}`);
  }
  em.clear();
  for (const [year, lastValue] of counters) em.persist(new RegistrationCounter(year, lastValue));
  await em.flush();
  return { cases: plan.cases.length, measures: plan.measures.length };
}

async function loadWorld(em: EntityManager): Promise<DemoWorld> {
  const [services, types, versions, units, people] = await Promise.all([
    em.find(Service, {}, { orderBy: { code: 'asc' } }),
    em.find(ComplaintType, {}, { orderBy: { code: 'asc' } }),
    em.find(ComplaintTypeVersion, { validTo: null }),
    em.find(OrganisationUnit, {}, { orderBy: { code: 'asc' } }),
    em.find(Person, { active: true }, { orderBy: { email: 'asc' } }),
  ]);
  if (services.length === 0 || types.length === 0 || units.length === 0) {
    throw new Error('Reference data is missing: run ensureReferenceData first.');
  }
  const withRole = (role: Person['roles'][number]) => people.filter((p) => p.roles.includes(role));
  return {
    services: services.map((s) => ({ id: s.id, code: s.code, nameNl: s.nameNl })),
    types: types.flatMap((type) => {
      const version = versions.find((v) => v.complaintType.id === type.id);
      return version
        ? [{ id: type.id, code: type.code, versionId: version.id, leadTimeWorkingDays: version.leadTimeWorkingDays }]
        : [];
    }),
    units: units.map((u) => ({ id: u.id, relationshipManagerId: u.relationshipManager?.id ?? null })),
    handlerIds: withRole('HANDLER').map((p) => p.id),
    relationshipManagerIds: withRole('RELATIONSHIP_MANAGER').map((p) => p.id),
    demoSubmitters: withRole('SUBMITTER').map((p) => ({
      id: p.id,
      displayName: p.displayName,
      phone: p.phone,
      email: p.email,
      unitId: p.organisationUnit?.id ?? null,
    })),
  };
}

function buildMeasure(em: EntityManager, planned: PlannedMeasure): PreventiveMeasure {
  const measure = new PreventiveMeasure({
    title: planned.title,
    description: planned.description,
    targetComplaintType: em.getReference(ComplaintType, planned.typeId, { wrapped: true }),
    owner: em.getReference(Person, planned.ownerId, { wrapped: true }),
    proposedAt: planned.proposedAt,
  });
  if (planned.serviceId) measure.targetService = em.getReference(Service, planned.serviceId, { wrapped: true });
  measure.status = planned.status;
  measure.implementedOn = planned.implementedOn;
  measure.communicatedOn = planned.communicatedOn;
  measure.evaluatedOn = planned.evaluatedOn;
  measure.evaluationNote = planned.evaluationNote;
  measure.expectedEffect = planned.expectedEffect;
  return measure;
}

/** One planned case: received through the creation path, then its planned steps through `takeStep`. */
function simulateCase(
  em: EntityManager,
  planned: PlannedCase,
  number: { year: number; sequence: number },
  calendar: WorkingDayCalendar,
  measureAt: (index: number) => PreventiveMeasure,
): void {
  const person = (id: string | null): Ref<Person> | null =>
    id ? em.getReference(Person, id, { wrapped: true }) : null;
  const leadTime = planned.type?.leadTimeWorkingDays ?? 5;
  const { feedbackCase, event } = FeedbackCase.receive(
    {
      kind: planned.kind,
      registrationYear: number.year,
      registrationSequence: number.sequence,
      registrationNumber: formatRegistrationNumber(number.year, number.sequence),
      receivedAt: planned.receivedAt,
      channel: planned.channel,
      description: planned.description,
      submitterName: planned.submitterName,
      submitterPhone: planned.phone,
      submitterEmail: planned.email,
      submitter: person(planned.submitterId),
      organisationUnit: em.getReference(OrganisationUnit, planned.unitId, { wrapped: true }),
      service: em.getReference(Service, planned.serviceId, { wrapped: true }),
      complaintType: planned.type ? em.getReference(ComplaintType, planned.type.id, { wrapped: true }) : null,
      complaintTypeVersion: planned.type
        ? em.getReference(ComplaintTypeVersion, planned.type.versionId, { wrapped: true })
        : null,
      leadTimeWorkingDays: leadTime,
      acknowledgementDueAt: acknowledgementDeadline(planned.receivedAt, calendar).dueAt,
      resolutionDueAt: resolutionDeadline(planned.receivedAt, leadTime, calendar).dueAt,
      relationshipManager: person(planned.relationshipManagerId),
      idempotencyKey: null,
      requestFingerprint: null,
      acknowledgedAt: planned.acknowledgedAt,
    },
    {
      actor: person(planned.filedById),
      data: {
        channel: planned.channel,
        relationshipManagerId: planned.relationshipManagerId,
        leadTimeWorkingDays: leadTime,
      },
    },
  );
  em.persist([feedbackCase, event]);
  for (const planStep of planned.steps) {
    const step = caseStep(planStep.act, calendar, (id) => em.getReference(Person, id, { wrapped: true }), measureAt);
    const result = takeStep(feedbackCase, step, {
      actor: person(planStep.actorId),
      at: planStep.at,
      note: planStep.note,
    });
    em.persist(result.event);
    if (result.extension) em.persist(result.extension);
  }
}

/** The step a planned act stands for, with the people, measures and calendar it needs. */
function caseStep(
  act: PlannedAct,
  calendar: WorkingDayCalendar,
  person: (id: string) => Ref<Person>,
  measureAt: (index: number) => PreventiveMeasure,
): CaseStep {
  switch (act.action) {
    case 'ASSIGN_HANDLER':
      return { action: 'ASSIGN_HANDLER', handler: person(act.handlerId) };
    case 'RESOLVE':
      return { action: 'RESOLVE', measuresTaken: act.measuresTaken, communicatedAt: null, calendar };
    case 'CLOSE': {
      const measures = act.measureIndex === null ? [] : [measureAt(act.measureIndex)];
      return { action: 'CLOSE', measureIds: measures.map((m) => m.id), measures, noMeasureReason: act.noMeasureReason };
    }
    default:
      return act;
  }
}
