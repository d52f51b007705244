import type { EntityManager } from '@mikro-orm/postgresql';
import { Faker, base, en, nl } from '@faker-js/faker';
import {
  acknowledgementDeadline,
  amsterdamDate,
  endOfAmsterdamDay,
  formatRegistrationNumber,
  resolutionDeadline,
  startOfAmsterdamDay,
  transition,
  type CaseAction,
  type CaseKind,
  type CaseOutcome,
  type CaseStatus,
  type WorkingDayCalendar,
} from '@klankbord/domain';
import { loadCalendar } from '../../modules/calendar/load-calendar.js';
import { ComplaintType, ComplaintTypeVersion } from '../../modules/catalog/complaint-type.entity.js';
import { Service } from '../../modules/catalog/service.entity.js';
import { CaseEvent } from '../../modules/cases/case-event.entity.js';
import { DeadlineExtension } from '../../modules/cases/deadline-extension.entity.js';
import { FeedbackCase } from '../../modules/cases/feedback-case.entity.js';
import { RegistrationCounter } from '../../modules/intake/registration-counter.entity.js';
import { PreventiveMeasure } from '../../modules/measures/preventive-measure.entity.js';
import { OrganisationUnit } from '../../modules/people/organisation-unit.entity.js';
import { Person } from '../../modules/people/person.entity.js';

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

/** A step of a simulated case, applied in order until the history's end. */
interface Step {
  action: CaseAction;
  at: Date;
  actor: 'relationshipManager' | 'handler';
  outcome?: CaseOutcome;
  note?: string;
  apply?: (c: FeedbackCase) => void;
}

const DAY = 86_400_000;

/**
 * About two years of realistic history, the same for the same seed: seasonality (quiet summers and
 * Christmas), a few complaint types that visibly recur (telephony reachability lately, a network
 * outage wave a year ago), outcomes, extensions (some told to the submitter late), suggestions,
 * compliments and preventive measures — one of which visibly halves its target's rate. Every case
 * walks the real lifecycle (`transition` from the domain package) and gets its events.
 */
export async function generateDemoHistory(em: EntityManager, options: Options): Promise<DemoHistorySummary> {
  const faker = new Faker({ locale: [nl, en, base] });
  faker.seed(options.seed);
  const random = () => faker.number.float({ min: 0, max: 1 });
  const until = options.until ?? new Date();
  const days = options.days ?? 730;
  const perDay = options.perWorkingDay ?? 5;

  const calendar = await loadCalendar(em);
  const world = await loadWorld(em);
  const endDate = amsterdamDate(until);
  const startDate = shiftDate(endDate, -days);
  const monthsAgo = (months: number) => shiftDate(endDate, -Math.round(months * 30.4));

  const plan = {
    // Telephony reachability recurs over the last eight weeks (a planted spike).
    reachabilitySpikeFrom: shiftDate(endDate, -56),
    // A network outage wave 14 to 10 months ago.
    outageWave: [monthsAgo(14), monthsAgo(10)] as const,
    // The lead-time measure on workplace delivery took effect 11 months ago and halved the rate.
    leadTimeMeasureOn: monthsAgo(11),
  };

  options.progress(`  generating ${days} days of submissions…`);
  const specs: CaseSpec[] = [];
  for (let date = startDate; date <= endDate; date = shiftDate(date, 1)) {
    const working = calendar.isWorkingDay(date);
    const expected = (working ? perDay : perDay * 0.08) * seasonality(date);
    const count = poisson(expected, random);
    for (let i = 0; i < count; i++) {
      const spec = drawCase(date, world, plan, faker, random);
      if (spec && spec.receivedAt.getTime() <= until.getTime()) specs.push(spec);
    }
  }
  specs.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());

  options.progress(`  writing ${specs.length} cases with their events…`);
  const counters = new Map<number, number>();
  const measures = makeMeasures(world, plan, calendar, until);
  const batch = 250;
  for (let offset = 0; offset < specs.length; offset += batch) {
    for (const spec of specs.slice(offset, offset + batch)) {
      const year = Number(amsterdamDate(spec.receivedAt).slice(0, 4));
      const sequence = (counters.get(year) ?? 0) + 1;
      counters.set(year, sequence);
      const feedbackCase = buildCase(em, spec, year, sequence, calendar);
      em.persist(feedbackCase);
      simulate(em, feedbackCase, spec, world, calendar, until, faker, random, measures);
    }
    await em.flush();
    em.clear();
    if ((offset / batch) % 4 === 3) options.progress(`  … ${Math.min(offset + batch, specs.length)} of ${specs.length}`);
  }

  for (const plan of measures) {
    const measure = new PreventiveMeasure({
      title: plan.title,
      description: plan.description,
      targetComplaintType: em.getReference(ComplaintType, plan.typeId, { wrapped: true }),
      owner: em.getReference(Person, plan.ownerId, { wrapped: true }),
      proposedAt: plan.proposedAt,
    });
    Object.assign(measure, plan.fields);
    if (plan.serviceId) measure.targetService = em.getReference(Service, plan.serviceId, { wrapped: true });
    const linked = await em.find(
      FeedbackCase,
      {
        complaintType: plan.typeId,
        ...(plan.serviceId ? { service: plan.serviceId } : {}),
        receivedAt: { $lt: plan.proposedAt },
      },
      { orderBy: { receivedAt: 'desc' }, limit: 4 },
    );
    for (const c of linked) measure.linkedCases.add(c);
    em.persist(measure);
  }
  for (const [year, lastValue] of counters) em.persist(new RegistrationCounter(year, lastValue));
  await em.flush();
  return { cases: specs.length, measures: measures.length };
}

interface World {
  services: Service[];
  types: Array<{ type: ComplaintType; version: ComplaintTypeVersion }>;
  units: OrganisationUnit[];
  handlers: Person[];
  relationshipManagers: Person[];
  demoSubmitters: Person[];
}

async function loadWorld(em: EntityManager): Promise<World> {
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
    services,
    types: types.map((type) => ({ type, version: versions.find((v) => v.complaintType.id === type.id)! })),
    units,
    handlers: withRole('HANDLER'),
    relationshipManagers: withRole('RELATIONSHIP_MANAGER'),
    demoSubmitters: withRole('SUBMITTER'),
  };
}

interface CaseSpec {
  kind: CaseKind;
  receivedAt: Date;
  service: Service;
  type: { type: ComplaintType; version: ComplaintTypeVersion } | null;
  unit: OrganisationUnit;
  submitter: Person | null;
  submitterName: string;
  phone: string | null;
  email: string;
  description: string;
  fate: number;
}

type Plan = { reachabilitySpikeFrom: string; outageWave: readonly [string, string]; leadTimeMeasureOn: string };

const SERVICE_WEIGHTS: Record<string, number> = {
  WORKPLACE: 5,
  ACCOUNTS: 3,
  TELEPHONY: 3,
  PRINTING: 2,
  SERVICE_DESK: 4,
  APPLICATIONS: 3,
  NETWORK: 2,
};

const TYPE_WEIGHTS: Record<string, number> = {
  LEAD_TIME: 5,
  REACHABILITY: 3,
  TREATMENT: 1.5,
  QUALITY: 3,
  COMMUNICATION: 2.5,
  AVAILABILITY: 2,
};

function drawCase(date: string, world: World, plan: Plan, faker: Faker, random: () => number): CaseSpec | null {
  const roll = random();
  const kind: CaseKind = roll < 0.62 ? 'COMPLAINT' : roll < 0.8 ? 'SUGGESTION' : 'COMPLIMENT';
  const service = weighted(world.services, (s) => SERVICE_WEIGHTS[s.code] ?? 1, random);
  let type: CaseSpec['type'] = null;
  if (kind === 'COMPLAINT') {
    type = weighted(world.types, ({ type: t }) => {
      let weight = TYPE_WEIGHTS[t.code] ?? 1;
      if (t.code === 'REACHABILITY' && service.code === 'TELEPHONY' && date >= plan.reachabilitySpikeFrom) weight *= 6;
      if (t.code === 'AVAILABILITY' && service.code === 'NETWORK' && date >= plan.outageWave[0] && date <= plan.outageWave[1]) weight *= 5;
      if (t.code === 'LEAD_TIME' && service.code === 'WORKPLACE') weight *= date >= plan.leadTimeMeasureOn ? 0.5 : 2;
      return weight;
    }, random);
  }
  const unit = faker.helpers.arrayElement(world.units);
  const demo = random() < 0.04 && world.demoSubmitters.length > 0 ? faker.helpers.arrayElement(world.demoSubmitters) : null;
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  const minutes = 8 * 60 + Math.floor(random() * 9 * 60);
  return {
    kind,
    receivedAt: new Date(startOfAmsterdamDay(date).getTime() + minutes * 60_000),
    service,
    type,
    unit: demo?.organisationUnit ? (world.units.find((u) => u.id === demo.organisationUnit?.id) ?? unit) : unit,
    submitter: demo,
    submitterName: demo?.displayName ?? `${first} ${last}`,
    phone: demo?.phone ?? (kind === 'COMPLAINT' || random() < 0.3 ? `+316${faker.string.numeric(8)}` : null),
    email: demo?.email ?? faker.internet.email({ firstName: first, lastName: last, provider: 'minbuza.example' }).toLowerCase(),
    description: describe(kind, service, type?.type ?? null, faker),
    fate: random(),
  };
}

function describe(kind: CaseKind, service: Service, type: ComplaintType | null, faker: Faker): string {
  const subject = service.nameNl.toLowerCase();
  if (kind === 'COMPLIMENT') {
    return faker.helpers.arrayElement([
      `Ik wil de collega's van ${subject} bedanken: mijn probleem was binnen een uur opgelost.`,
      `Heel vriendelijk en snel geholpen door ${subject}. Complimenten!`,
      `Top service van ${subject}, duidelijk uitgelegd en netjes teruggebeld.`,
    ]);
  }
  if (kind === 'SUGGESTION') {
    return faker.helpers.arrayElement([
      `Suggestie voor ${subject}: laat in het portaal zien hoe ver mijn melding is.`,
      `Zou ${subject} ook buiten kantoortijden bereikbaar kunnen zijn voor posten in andere tijdzones?`,
      `Graag een korte handleiding bij ${subject}, dan hoef ik minder vaak te bellen.`,
    ]);
  }
  const reasons: Record<string, string[]> = {
    LEAD_TIME: [`Mijn aanvraag bij ${subject} loopt al drie weken zonder resultaat.`, `De afgesproken levertermijn voor ${subject} is ruim overschreden.`],
    REACHABILITY: [`Ik kan ${subject} telefonisch niet bereiken; ik hang steeds een half uur in de wacht.`, `Niemand neemt op bij ${subject} en terugbellen gebeurt niet.`],
    TREATMENT: [`Ik ben onvriendelijk te woord gestaan door een medewerker van ${subject}.`],
    QUALITY: [`Het geleverde werk van ${subject} werkt niet goed; het probleem komt steeds terug.`],
    COMMUNICATION: [`Ik heb niets gehoord over de voortgang van mijn melding bij ${subject}.`, `Tegenstrijdige informatie gekregen van ${subject}.`],
    AVAILABILITY: [`Al dagen storing bij ${subject}; ik kan mijn werk niet doen.`],
  };
  return faker.helpers.arrayElement(reasons[type?.code ?? 'QUALITY'] ?? [`Ontevreden over ${subject}.`]);
}

function buildCase(em: EntityManager, spec: CaseSpec, year: number, sequence: number, calendar: WorkingDayCalendar): FeedbackCase {
  const leadTime = spec.type?.version.leadTimeWorkingDays ?? 5;
  const relationshipManager = spec.unit.relationshipManager;
  const feedbackCase = new FeedbackCase({
    kind: spec.kind,
    registrationYear: year,
    registrationSequence: sequence,
    registrationNumber: formatRegistrationNumber(year, sequence),
    receivedAt: spec.receivedAt,
    channel: spec.fate < 0.9 ? 'PORTAL' : spec.fate < 0.95 ? 'EMAIL' : 'PHONE',
    description: spec.description,
    submitterName: spec.submitterName,
    submitterPhone: spec.phone,
    submitterEmail: spec.email,
    submitter: spec.submitter ? em.getReference(Person, spec.submitter.id, { wrapped: true }) : null,
    organisationUnit: em.getReference(OrganisationUnit, spec.unit.id, { wrapped: true }),
    service: em.getReference(Service, spec.service.id, { wrapped: true }),
    complaintType: spec.type ? em.getReference(ComplaintType, spec.type.type.id, { wrapped: true }) : null,
    complaintTypeVersion: spec.type ? em.getReference(ComplaintTypeVersion, spec.type.version.id, { wrapped: true }) : null,
    leadTimeWorkingDays: leadTime,
    acknowledgementDueAt: acknowledgementDeadline(spec.receivedAt, calendar).dueAt,
    resolutionDueAt: resolutionDeadline(spec.receivedAt, leadTime, calendar).dueAt,
    relationshipManager: relationshipManager ? em.getReference(Person, relationshipManager.id, { wrapped: true }) : null,
    idempotencyKey: null,
    requestFingerprint: null,
  });
  // Most acknowledgements go out the same day; a few slip past the 1st working day.
  const ackDelayDays = spec.fate > 0.97 ? 2 : 0;
  feedbackCase.acknowledgedAt = ackDelayDays === 0 ? spec.receivedAt : atWorkingHour(calendar.addWorkingDays(amsterdamDate(spec.receivedAt), ackDelayDays).date, 10);
  return feedbackCase;
}

/** Walks the case through the lifecycle, step by step, up to the history's end. */
function simulate(
  em: EntityManager,
  c: FeedbackCase,
  spec: CaseSpec,
  world: World,
  calendar: WorkingDayCalendar,
  until: Date,
  faker: Faker,
  random: () => number,
  measures: MeasurePlan[],
): void {
  const caseRef = em.getReference(FeedbackCase, c.id, { wrapped: true });
  const received = amsterdamDate(spec.receivedAt);
  const dayAt = (workingDays: number, hour: number) => atWorkingHour(calendar.addWorkingDays(received, workingDays).date, hour);
  const handler = faker.helpers.arrayElement(world.handlers);
  const actors = {
    relationshipManager: c.relationshipManager ?? (world.relationshipManagers[0] ? em.getReference(Person, world.relationshipManagers[0].id, { wrapped: true }) : null),
    handler: em.getReference(Person, handler.id, { wrapped: true }),
  };
  em.persist(new CaseEvent({ case: caseRef, actor: null, type: 'RECEIVED', fromStatus: null, toStatus: c.status, data: { channel: c.channel }, occurredAt: spec.receivedAt }));

  const steps: Step[] = [];
  const lead = c.leadTimeWorkingDays;
  if (spec.kind === 'COMPLAINT') {
    steps.push({ action: 'TAKE_TRIAGE', at: dayAt(0, 15), actor: 'relationshipManager' });
    const fate = spec.fate;
    if (fate < 0.2) {
      steps.push({ action: 'DECIDE', outcome: 'UNJUSTIFIED', at: dayAt(1, 11), actor: 'relationshipManager', note: 'Na gesprek met de indiener: de levering was volgens afspraak.' });
    } else if (fate < 0.23) {
      steps.push({ action: 'WITHDRAW', at: dayAt(1, 9), actor: 'relationshipManager', note: 'Indiener trekt de klacht in na telefonisch contact.' });
    } else if (fate < 0.25) {
      steps.push({ action: 'DECIDE', outcome: 'NOT_HANDLED', at: dayAt(1, 11), actor: 'relationshipManager', note: 'Valt buiten de klachtenprocedure; doorverwezen.' });
    } else {
      steps.push({ action: 'DECIDE', outcome: fate < 0.35 ? 'PARTLY_JUSTIFIED' : 'JUSTIFIED', at: dayAt(1, 10), actor: 'relationshipManager', note: 'Klacht is terecht.' });
      steps.push({ action: 'ASSIGN_HANDLER', at: dayAt(1, 11), actor: 'relationshipManager', apply: (x) => (x.handler = actors.handler) });
      steps.push({ action: 'START_WORK', at: dayAt(1, 14), actor: 'handler' });
      // Most are resolved within the lead time; about one in eight needs an extension.
      const extended = random() < 0.12;
      let resolveDay = Math.max(2, Math.round(lead * (0.4 + random() * (extended ? 1.6 : 0.75))));
      if (extended) {
        const informedLate = random() < 0.25;
        const informDay = informedLate ? lead + 1 : Math.max(2, lead - 1);
        const newDue = endOfAmsterdamDay(calendar.addWorkingDays(received, lead + 5).date);
        resolveDay = Math.min(resolveDay, lead + 5);
        steps.push({
          action: 'EXTEND_DEADLINE',
          at: dayAt(informDay, 9),
          actor: 'relationshipManager',
          note: 'Levering van onderdelen vertraagd.',
          apply: (x) => {
            em.persist(
              new DeadlineExtension({
                case: caseRef,
                previousDueAt: x.resolutionDueAt,
                newDueAt: newDue,
                reason: 'Levering van onderdelen vertraagd.',
                submitterInformedAt: dayAt(informDay, 9),
                createdBy: actors.relationshipManager,
                createdAt: dayAt(informDay, 9),
              }),
            );
            x.resolutionDueAt = newDue;
          },
        });
      }
      const resolvedAt = dayAt(resolveDay, 16);
      steps.push({
        action: 'RESOLVE',
        at: resolvedAt,
        actor: 'handler',
        note: 'Oorzaak verholpen en indiener via de relatiemanager geïnformeerd.',
        apply: (x) => {
          x.resolvedAt = resolvedAt;
          x.resolutionWorkingDays = calendar.workingDaysBetween(received, amsterdamDate(resolvedAt));
        },
      });
      const measure = measures.find((m) => m.typeId === spec.type?.type.id && m.fields.implementedOn && m.fields.implementedOn > received);
      const closedAt = dayAt(resolveDay + 3, 12);
      steps.push({
        action: 'CLOSE',
        at: closedAt,
        actor: 'relationshipManager',
        note: measure ? `Gekoppeld aan maatregel: ${measure.title}` : 'Geen preventieve maatregel nodig: incident.',
        apply: (x) => (x.closedAt = closedAt),
      });
    }
  } else if (spec.kind === 'SUGGESTION') {
    steps.push({ action: 'CONSIDER', at: dayAt(1, 10), actor: 'relationshipManager' });
    const adopted = spec.fate < 0.35;
    steps.push({ action: adopted ? 'ADOPT' : 'DECLINE', at: dayAt(8, 11), actor: 'relationshipManager', outcome: adopted ? 'ADOPTED' : 'DECLINED', note: adopted ? 'Wordt meegenomen in de volgende release.' : 'Past niet in de huidige dienstverlening.' });
    steps.push({ action: 'CLOSE', at: dayAt(9, 11), actor: 'relationshipManager', apply: (x) => (x.closedAt = dayAt(9, 11)) });
  } else {
    steps.push({ action: 'PASS_ON', at: dayAt(1, 10), actor: 'relationshipManager', outcome: 'PASSED_ON', note: 'Doorgegeven aan het team.' });
    steps.push({ action: 'CLOSE', at: dayAt(2, 10), actor: 'relationshipManager', apply: (x) => (x.closedAt = dayAt(2, 10)) });
  }

  for (const step of steps) {
    if (step.at.getTime() > until.getTime()) break;
    const from: CaseStatus = c.status;
    const to = transition({ kind: c.kind, status: from, action: step.action, outcome: step.outcome });
    step.apply?.(c);
    c.status = to;
    if (step.outcome) {
      c.outcome = step.outcome;
      c.outcomeReason = step.note ?? null;
    }
    if (step.action === 'WITHDRAW') {
      c.outcome = 'WITHDRAWN';
      c.closedAt = step.at;
    }
    if (to === 'CLOSED' && !c.closedAt) c.closedAt = step.at;
    em.persist(new CaseEvent({ case: caseRef, actor: actors[step.actor], type: step.action, fromStatus: from, toStatus: to, note: step.note ?? null, data: step.outcome ? { outcome: step.outcome } : null, occurredAt: step.at }));
  }
}

/** A preventive measure to write once the cases exist (so it can link the complaints that prompted it). */
interface MeasurePlan {
  title: string;
  description: string;
  typeId: string;
  serviceId: string | null;
  ownerId: string;
  proposedAt: Date;
  fields: Pick<PreventiveMeasure, 'status' | 'implementedOn' | 'communicatedOn' | 'evaluatedOn' | 'evaluationNote' | 'expectedEffect'>;
}

function makeMeasures(world: World, plan: Plan, calendar: WorkingDayCalendar, until: Date): MeasurePlan[] {
  const typeByCode = (code: string) => world.types.find((t) => t.type.code === code)?.type;
  const serviceByCode = (code: string) => world.services.find((s) => s.code === code);
  const definitions = [
    { title: 'Buffervoorraad laptops', description: 'Een voorraad van 40 geconfigureerde laptops zodat nieuwe werkplekken binnen vijf werkdagen geleverd worden.', type: 'LEAD_TIME', service: 'WORKPLACE', implementedOn: plan.leadTimeMeasureOn, status: 'EVALUATED' as const, effect: 'Halvering van klachten over levertijd werkplekken.' },
    { title: 'Redundante VPN-concentrator', description: 'Tweede VPN-concentrator in een ander datacenter na de storingsgolf.', type: 'AVAILABILITY', service: 'NETWORK', implementedOn: shiftDate(plan.outageWave[1], 10), status: 'IMPLEMENTED' as const, effect: 'Geen landelijke uitval van thuiswerken meer.' },
    { title: 'Terugbelservice servicedesk', description: 'Wie langer dan 5 minuten wacht, kan een terugbelverzoek achterlaten.', type: 'REACHABILITY', service: 'SERVICE_DESK', implementedOn: shiftDate(plan.reachabilitySpikeFrom, -200), status: 'EVALUATED' as const, effect: 'Minder klachten over bereikbaarheid van de servicedesk.' },
    { title: 'Statusmail bij elke stap', description: 'Indieners krijgen automatisch bericht bij elke statuswijziging van hun melding.', type: 'COMMUNICATION', service: null, implementedOn: shiftDate(plan.leadTimeMeasureOn, 60), status: 'IMPLEMENTED' as const, effect: 'Minder klachten over communicatie.' },
    { title: 'Training klantgericht werken', description: 'Training voor alle medewerkers van de servicedesk.', type: 'TREATMENT', service: 'SERVICE_DESK', implementedOn: null, status: 'PROPOSED' as const, effect: 'Minder klachten over bejegening.' },
    { title: 'Extra capaciteit telefonie', description: 'Tijdelijk twee extra medewerkers op de telefonielijn.', type: 'REACHABILITY', service: 'TELEPHONY', implementedOn: null, status: 'PROPOSED' as const, effect: 'Wachttijd onder de 3 minuten.' },
  ];
  const plans: MeasurePlan[] = [];
  definitions.forEach((d, index) => {
    const type = typeByCode(d.type);
    const owner = world.handlers[index % Math.max(1, world.handlers.length)];
    if (!type || !owner) return;
    const implemented = d.implementedOn && d.implementedOn <= amsterdamDate(until) ? d.implementedOn : null;
    const proposedOn = implemented ? shiftDate(implemented, -30) : shiftDate(amsterdamDate(until), -10);
    const evaluated = implemented && d.status === 'EVALUATED';
    plans.push({
      title: d.title,
      description: d.description,
      typeId: type.id,
      serviceId: d.service ? (serviceByCode(d.service)?.id ?? null) : null,
      ownerId: owner.id,
      proposedAt: atWorkingHour(proposedOn, 10),
      fields: {
        status: implemented ? d.status === 'PROPOSED' ? 'IMPLEMENTED' : d.status : 'PROPOSED',
        implementedOn: implemented,
        communicatedOn: implemented ? calendar.addWorkingDays(implemented, 2).date : null,
        evaluatedOn: evaluated ? shiftDate(implemented, 120) : null,
        evaluationNote: evaluated ? 'Na vier maanden duidelijk minder klachten van dit type.' : null,
        expectedEffect: d.effect,
      },
    });
  });
  return plans;
}

/** A working-hours instant on a calendar day in Amsterdam. */
function atWorkingHour(date: string, hour: number): Date {
  return new Date(startOfAmsterdamDay(date).getTime() + hour * 3_600_000);
}

/** Calendar arithmetic on YYYY-MM-DD strings (UTC midnight is only a vehicle; no time zone involved). */
function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** More complaints in January and September, fewer in summer and around Christmas. */
function seasonality(date: string): number {
  const month = Number(date.slice(5, 7));
  const factors = [1.25, 1.1, 1.0, 1.0, 0.95, 0.9, 0.65, 0.6, 1.2, 1.1, 1.05, 0.75];
  return factors[month - 1] ?? 1;
}

function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let product = random();
  while (product > limit) {
    k++;
    product *= random();
  }
  return k;
}

function weighted<T>(items: readonly T[], weight: (item: T) => number, random: () => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let pick = random() * total;
  for (const item of items) {
    pick -= weight(item);
    if (pick <= 0) return item;
  }
  return items[items.length - 1]!;
}
