import { Faker, base, en, nl } from '@faker-js/faker';
import {
  amsterdamDate,
  endOfAmsterdamDay,
  startOfAmsterdamDay,
  type CaseKind,
  type CaseOutcome,
  type MeasureStatus,
  type WorkingDayCalendar,
} from '@klankbord/domain';
import type { Channel } from '../../modules/cases/case-enums.js';

/** The reference data a plan draws from, as plain values (the simulation reads it from the database). */
export interface DemoWorld {
  services: Array<{ id: string; code: string; nameNl: string }>;
  /** Complaint types with the rules version valid now. */
  types: Array<{ id: string; code: string; versionId: string; leadTimeWorkingDays: number }>;
  units: Array<{ id: string; relationshipManagerId: string | null }>;
  handlerIds: string[];
  relationshipManagerIds: string[];
  /** The demo people who sign in as submitters; a few cases are theirs, so "my submissions" has content. */
  demoSubmitters: Array<{
    id: string;
    displayName: string;
    phone: string | null;
    email: string;
    unitId: string | null;
  }>;
}

export interface DemoPlanOptions {
  seed: number;
  /** The history ends here; steps planned later do not happen (those cases are still open). */
  until: Date;
  days: number;
  /** Average number of submissions per working day. */
  perWorkingDay: number;
}

/** What the plan says a step does, with ids for people and measures (the simulation makes them references). */
export type PlannedAct =
  | { action: 'TAKE_TRIAGE' | 'START_WORK' | 'CONSIDER' | 'WITHDRAW' }
  | { action: 'DECIDE'; outcome: CaseOutcome; reason: string }
  | { action: 'ASSIGN_HANDLER'; handlerId: string }
  | { action: 'EXTEND_DEADLINE'; newDueAt: Date; reason: string; submitterInformedAt: Date }
  | { action: 'RESOLVE'; measuresTaken: string }
  /** `measureIndex`: the planned measure (index in `DemoPlan.measures`) the complaint is linked to when closed. */
  | { action: 'CLOSE'; measureIndex: number | null; noMeasureReason: string | null }
  | { action: 'ADOPT' | 'DECLINE'; response: string }
  | { action: 'PASS_ON'; passedOnTo: string };

/** One step of a planned case: who, when, what. Steps are in time order, none before receipt. */
export interface PlannedStep {
  at: Date;
  actorId: string | null;
  note: string | null;
  act: PlannedAct;
}

export interface PlannedCase {
  kind: CaseKind;
  receivedAt: Date;
  channel: Channel;
  serviceId: string;
  type: DemoWorld['types'][number] | null;
  unitId: string;
  relationshipManagerId: string | null;
  /** Who filed it: the demo submitter through the portal, or the relationship manager for e-mail and phone. */
  filedById: string | null;
  submitterId: string | null;
  submitterName: string;
  phone: string | null;
  email: string;
  description: string;
  acknowledgedAt: Date;
  steps: PlannedStep[];
}

/** A preventive measure, written before the cases so that closing complaints can link it. */
export interface PlannedMeasure {
  title: string;
  description: string;
  typeId: string;
  serviceId: string | null;
  ownerId: string;
  proposedAt: Date;
  status: MeasureStatus;
  implementedOn: string | null;
  communicatedOn: string | null;
  evaluatedOn: string | null;
  evaluationNote: string | null;
  expectedEffect: string;
}

export interface DemoPlan {
  cases: PlannedCase[];
  measures: PlannedMeasure[];
}

/** The dates that give the demo its statistical shape. */
interface Shape {
  /** Telephony reachability recurs over the last eight weeks (a planted spike). */
  reachabilitySpikeFrom: string;
  /** A network outage wave 14 to 10 months ago. */
  outageWave: readonly [string, string];
  /** The lead-time measure on workplace delivery took effect 11 months ago and halved the rate. */
  leadTimeMeasureOn: string;
}

const DAY = 86_400_000;
/** Complaints received this long before a measure was proposed count as having prompted it. */
const PROMPTING_WINDOW_DAYS = 60;

/**
 * About two years of history as a plan, the same for the same seed and nothing written: which cases
 * arrive when (seasonality: quiet summers and Christmas), what happens to each and when. The shape
 * management must see is planted: telephony reachability recurring lately, a network outage wave a
 * year ago, a measure that visibly halves its target's rate, extensions (some told to the submitter
 * late), lead times that vary, suggestions and compliments. Every case's steps follow its lifecycle
 * in time order, none before receipt.
 */
export function planDemoHistory(world: DemoWorld, calendar: WorkingDayCalendar, options: DemoPlanOptions): DemoPlan {
  const faker = new Faker({ locale: [nl, en, base] });
  faker.seed(options.seed);
  const random = () => faker.number.float({ min: 0, max: 1 });
  const endDate = amsterdamDate(options.until);
  const monthsAgo = (months: number) => shiftDate(endDate, -Math.round(months * 30.4));
  const shape: Shape = {
    reachabilitySpikeFrom: shiftDate(endDate, -56),
    outageWave: [monthsAgo(14), monthsAgo(10)],
    leadTimeMeasureOn: monthsAgo(11),
  };
  const measures = planMeasures(world, shape, calendar, options.until);

  const cases: PlannedCase[] = [];
  for (let date = shiftDate(endDate, -options.days); date <= endDate; date = shiftDate(date, 1)) {
    const expected =
      (calendar.isWorkingDay(date) ? options.perWorkingDay : options.perWorkingDay * 0.08) * seasonality(date);
    const count = poisson(expected, random);
    for (let i = 0; i < count; i++) {
      const planned = planCase(date, world, shape, measures, calendar, options.until, faker, random);
      if (planned.receivedAt.getTime() <= options.until.getTime()) cases.push(planned);
    }
  }
  cases.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  return { cases, measures };
}

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

function planCase(
  date: string,
  world: DemoWorld,
  shape: Shape,
  measures: PlannedMeasure[],
  calendar: WorkingDayCalendar,
  until: Date,
  faker: Faker,
  random: () => number,
): PlannedCase {
  const roll = random();
  const kind: CaseKind = roll < 0.62 ? 'COMPLAINT' : roll < 0.8 ? 'SUGGESTION' : 'COMPLIMENT';
  const service = weighted(world.services, (s) => SERVICE_WEIGHTS[s.code] ?? 1, random);
  let type: PlannedCase['type'] = null;
  if (kind === 'COMPLAINT') {
    type = weighted(
      world.types,
      (t) => {
        let weight = TYPE_WEIGHTS[t.code] ?? 1;
        if (t.code === 'REACHABILITY' && service.code === 'TELEPHONY' && date >= shape.reachabilitySpikeFrom)
          weight *= 6;
        if (
          t.code === 'AVAILABILITY' &&
          service.code === 'NETWORK' &&
          date >= shape.outageWave[0] &&
          date <= shape.outageWave[1]
        )
          weight *= 5;
        if (t.code === 'LEAD_TIME' && service.code === 'WORKPLACE') weight *= date >= shape.leadTimeMeasureOn ? 0.5 : 2;
        return weight;
      },
      random,
    );
  }
  const fate = random();
  const channel: Channel = fate < 0.9 ? 'PORTAL' : fate < 0.95 ? 'EMAIL' : 'PHONE';
  const anyUnit = faker.helpers.arrayElement(world.units);
  // Demo people file on the portal, signed in (as intake records them).
  const demo =
    channel === 'PORTAL' && random() < 0.04 && world.demoSubmitters.length > 0
      ? faker.helpers.arrayElement(world.demoSubmitters)
      : null;
  const unit = (demo?.unitId && world.units.find((u) => u.id === demo.unitId)) || anyUnit;
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  const minutes = 8 * 60 + Math.floor(random() * 9 * 60);
  const receivedAt = new Date(startOfAmsterdamDay(date).getTime() + minutes * 60_000);
  const relationshipManagerId = unit.relationshipManagerId;
  // Most acknowledgements go out at once; a few slip past the 1st working day.
  const acknowledgedAt = fate > 0.97 ? atWorkingHour(calendar.addWorkingDays(date, 2).date, 10) : receivedAt;
  const life = planLife({
    kind,
    fate,
    receivedAt,
    type,
    serviceId: service.id,
    relationshipManagerId,
    world,
    measures,
    calendar,
    faker,
    random,
  });
  return {
    kind,
    receivedAt,
    channel,
    serviceId: service.id,
    type,
    unitId: unit.id,
    relationshipManagerId,
    // Staff register e-mail and phone intake; on the portal the submitter files it (signed in or not).
    filedById:
      channel === 'PORTAL' ? (demo?.id ?? null) : (relationshipManagerId ?? world.relationshipManagerIds[0] ?? null),
    submitterId: demo?.id ?? null,
    submitterName: demo?.displayName ?? `${first} ${last}`,
    phone: demo?.phone ?? (kind === 'COMPLAINT' || random() < 0.3 ? `+316${faker.string.numeric(8)}` : null),
    email:
      demo?.email ??
      faker.internet.email({ firstName: first, lastName: last, provider: 'minbuza.example' }).toLowerCase(),
    description: describe(kind, service.nameNl, type?.code ?? null, faker),
    acknowledgedAt,
    steps: life.filter((step) => step.at.getTime() <= until.getTime()),
  };
}

interface LifeInput {
  kind: CaseKind;
  fate: number;
  receivedAt: Date;
  type: PlannedCase['type'];
  serviceId: string;
  relationshipManagerId: string | null;
  world: DemoWorld;
  measures: PlannedMeasure[];
  calendar: WorkingDayCalendar;
  faker: Faker;
  random: () => number;
}

/**
 * What happens to one case, step by step. Steps are planned on working days after receipt at
 * office hours; each happens no earlier than receipt and than the step before it (a case received
 * at 16:30 is taken into triage just after, not at 15:00 that day).
 */
function planLife({
  kind,
  fate,
  receivedAt,
  type,
  serviceId,
  relationshipManagerId,
  world,
  measures,
  calendar,
  faker,
  random,
}: LifeInput): PlannedStep[] {
  const received = amsterdamDate(receivedAt);
  const dayAt = (workingDays: number, hour: number) =>
    atWorkingHour(calendar.addWorkingDays(received, workingDays).date, hour);
  // Whoever takes triage keeps the case: its own relationship manager, or the first one for an unassigned case.
  const manager = relationshipManagerId ?? world.relationshipManagerIds[0] ?? null;
  const steps: PlannedStep[] = [];
  let last = receivedAt;
  const add = (planned: Date, actorId: string | null, act: PlannedAct, note: string | null = null) => {
    last = new Date(Math.max(planned.getTime(), last.getTime() + 60_000));
    steps.push({ at: last, actorId, note, act });
  };

  if (kind === 'SUGGESTION') {
    add(dayAt(1, 10), manager, { action: 'CONSIDER' });
    const adopted = fate < 0.35;
    const response = adopted ? 'Wordt meegenomen in de volgende release.' : 'Past niet in de huidige dienstverlening.';
    add(dayAt(8, 11), manager, { action: adopted ? 'ADOPT' : 'DECLINE', response }, response);
    add(dayAt(9, 11), manager, { action: 'CLOSE', measureIndex: null, noMeasureReason: null });
    return steps;
  }
  if (kind === 'COMPLIMENT') {
    add(dayAt(1, 10), manager, { action: 'PASS_ON', passedOnTo: 'Het team' }, 'Doorgegeven aan het team.');
    add(dayAt(2, 10), manager, { action: 'CLOSE', measureIndex: null, noMeasureReason: null });
    return steps;
  }

  add(dayAt(0, 15), manager, { action: 'TAKE_TRIAGE' });
  if (fate < 0.2) {
    const reason = 'Na gesprek met de indiener: de levering was volgens afspraak.';
    add(dayAt(1, 11), manager, { action: 'DECIDE', outcome: 'UNJUSTIFIED', reason }, reason);
    return steps;
  }
  if (fate < 0.23) {
    add(dayAt(1, 9), manager, { action: 'WITHDRAW' }, 'Indiener trekt de klacht in na telefonisch contact.');
    return steps;
  }
  if (fate < 0.25) {
    const reason = 'Valt buiten de klachtenprocedure; doorverwezen.';
    add(dayAt(1, 11), manager, { action: 'DECIDE', outcome: 'NOT_HANDLED', reason }, reason);
    return steps;
  }
  add(
    dayAt(1, 10),
    manager,
    { action: 'DECIDE', outcome: fate < 0.35 ? 'PARTLY_JUSTIFIED' : 'JUSTIFIED', reason: 'Klacht is terecht.' },
    'Klacht is terecht.',
  );
  const handlerId = world.handlerIds.length > 0 ? faker.helpers.arrayElement(world.handlerIds) : null;
  if (!handlerId) return steps;
  add(dayAt(1, 11), manager, { action: 'ASSIGN_HANDLER', handlerId });
  add(dayAt(1, 14), handlerId, { action: 'START_WORK' });

  // Most are resolved within the lead time; about one in eight needs an extension, agreed before
  // the work is done (a quarter of those tell the submitter only after the old deadline passed).
  const lead = type?.leadTimeWorkingDays ?? 5;
  const extended = random() < 0.12;
  let resolveDay = Math.max(2, Math.round(lead * (0.4 + random() * (extended ? 1.6 : 0.75))));
  if (extended) {
    const informedLate = random() < 0.25;
    const informDay = informedLate ? lead + 1 : Math.max(2, lead - 1);
    resolveDay = Math.min(Math.max(resolveDay, informDay + 1), lead + 5);
    const reason = 'Levering van onderdelen vertraagd.';
    const informedAt = dayAt(informDay, 9);
    const newDueAt = endOfAmsterdamDay(calendar.addWorkingDays(received, lead + 5).date);
    add(informedAt, manager, { action: 'EXTEND_DEADLINE', newDueAt, reason, submitterInformedAt: informedAt }, reason);
  }
  add(dayAt(resolveDay, 16), handlerId, {
    action: 'RESOLVE',
    measuresTaken: 'Oorzaak verholpen en indiener via de relatiemanager geïnformeerd.',
  });

  const closeAt = dayAt(resolveDay + 3, 12);
  const measureIndex = measures.findIndex((m) =>
    prompted(m, { typeId: type?.id ?? null, serviceId, receivedAt, closeAt }),
  );
  const measure = measures[measureIndex];
  if (measure) {
    add(
      closeAt,
      manager,
      { action: 'CLOSE', measureIndex, noMeasureReason: null },
      `Gekoppeld aan maatregel: ${measure.title}`,
    );
  } else {
    const reason = 'Geen preventieve maatregel nodig: incident.';
    add(closeAt, manager, { action: 'CLOSE', measureIndex: null, noMeasureReason: reason }, reason);
  }
  return steps;
}

/**
 * A complaint is closed with a measure when it is of the measure's type (and service, if the measure
 * names one), arrived in the weeks before the measure was proposed or while it was being put in
 * place, and is closed once the measure exists.
 */
function prompted(
  m: PlannedMeasure,
  c: { typeId: string | null; serviceId: string; receivedAt: Date; closeAt: Date },
): boolean {
  if (m.typeId !== c.typeId || (m.serviceId && m.serviceId !== c.serviceId)) return false;
  if (c.closeAt.getTime() < m.proposedAt.getTime()) return false;
  if (c.receivedAt.getTime() < m.proposedAt.getTime() - PROMPTING_WINDOW_DAYS * DAY) return false;
  return !m.implementedOn || amsterdamDate(c.receivedAt) <= m.implementedOn;
}

function planMeasures(world: DemoWorld, shape: Shape, calendar: WorkingDayCalendar, until: Date): PlannedMeasure[] {
  const typeByCode = (code: string) => world.types.find((t) => t.code === code);
  const serviceByCode = (code: string) => world.services.find((s) => s.code === code);
  const definitions = [
    {
      title: 'Buffervoorraad laptops',
      description:
        'Een voorraad van 40 geconfigureerde laptops zodat nieuwe werkplekken binnen vijf werkdagen geleverd worden.',
      type: 'LEAD_TIME',
      service: 'WORKPLACE',
      implementedOn: shape.leadTimeMeasureOn,
      status: 'EVALUATED' as const,
      effect: 'Halvering van klachten over levertijd werkplekken.',
    },
    {
      title: 'Redundante VPN-concentrator',
      description: 'Tweede VPN-concentrator in een ander datacenter na de storingsgolf.',
      type: 'AVAILABILITY',
      service: 'NETWORK',
      implementedOn: shiftDate(shape.outageWave[1], 10),
      status: 'IMPLEMENTED' as const,
      effect: 'Geen landelijke uitval van thuiswerken meer.',
    },
    {
      title: 'Terugbelservice servicedesk',
      description: 'Wie langer dan 5 minuten wacht, kan een terugbelverzoek achterlaten.',
      type: 'REACHABILITY',
      service: 'SERVICE_DESK',
      implementedOn: shiftDate(shape.reachabilitySpikeFrom, -200),
      status: 'EVALUATED' as const,
      effect: 'Minder klachten over bereikbaarheid van de servicedesk.',
    },
    {
      title: 'Statusmail bij elke stap',
      description: 'Indieners krijgen automatisch bericht bij elke statuswijziging van hun melding.',
      type: 'COMMUNICATION',
      service: null,
      implementedOn: shiftDate(shape.leadTimeMeasureOn, 60),
      status: 'IMPLEMENTED' as const,
      effect: 'Minder klachten over communicatie.',
    },
    {
      title: 'Training klantgericht werken',
      description: 'Training voor alle medewerkers van de servicedesk.',
      type: 'TREATMENT',
      service: 'SERVICE_DESK',
      implementedOn: null,
      status: 'PROPOSED' as const,
      effect: 'Minder klachten over bejegening.',
    },
    {
      title: 'Extra capaciteit telefonie',
      description: 'Tijdelijk twee extra medewerkers op de telefonielijn.',
      type: 'REACHABILITY',
      service: 'TELEPHONY',
      implementedOn: null,
      status: 'PROPOSED' as const,
      effect: 'Wachttijd onder de 3 minuten.',
    },
  ];
  const plans: PlannedMeasure[] = [];
  definitions.forEach((d, index) => {
    const type = typeByCode(d.type);
    const ownerId = world.handlerIds[index % Math.max(1, world.handlerIds.length)];
    if (!type || !ownerId) return;
    const implemented = d.implementedOn && d.implementedOn <= amsterdamDate(until) ? d.implementedOn : null;
    const proposedOn = implemented ? shiftDate(implemented, -30) : shiftDate(amsterdamDate(until), -10);
    const evaluated = implemented && d.status === 'EVALUATED';
    plans.push({
      title: d.title,
      description: d.description,
      typeId: type.id,
      serviceId: d.service ? (serviceByCode(d.service)?.id ?? null) : null,
      ownerId,
      proposedAt: atWorkingHour(proposedOn, 10),
      status: implemented ? (d.status === 'PROPOSED' ? 'IMPLEMENTED' : d.status) : 'PROPOSED',
      implementedOn: implemented,
      communicatedOn: implemented ? calendar.addWorkingDays(implemented, 2).date : null,
      evaluatedOn: evaluated ? shiftDate(implemented, 120) : null,
      evaluationNote: evaluated ? 'Na vier maanden duidelijk minder klachten van dit type.' : null,
      expectedEffect: d.effect,
    });
  });
  return plans;
}

function describe(kind: CaseKind, serviceNameNl: string, typeCode: string | null, faker: Faker): string {
  const subject = serviceNameNl.toLowerCase();
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
    LEAD_TIME: [
      `Mijn aanvraag bij ${subject} loopt al drie weken zonder resultaat.`,
      `De afgesproken levertermijn voor ${subject} is ruim overschreden.`,
    ],
    REACHABILITY: [
      `Ik kan ${subject} telefonisch niet bereiken; ik hang steeds een half uur in de wacht.`,
      `Niemand neemt op bij ${subject} en terugbellen gebeurt niet.`,
    ],
    TREATMENT: [`Ik ben onvriendelijk te woord gestaan door een medewerker van ${subject}.`],
    QUALITY: [`Het geleverde werk van ${subject} werkt niet goed; het probleem komt steeds terug.`],
    COMMUNICATION: [
      `Ik heb niets gehoord over de voortgang van mijn melding bij ${subject}.`,
      `Tegenstrijdige informatie gekregen van ${subject}.`,
    ],
    AVAILABILITY: [`Al dagen storing bij ${subject}; ik kan mijn werk niet doen.`],
  };
  return faker.helpers.arrayElement(reasons[typeCode ?? 'QUALITY'] ?? [`Ontevreden over ${subject}.`]);
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
