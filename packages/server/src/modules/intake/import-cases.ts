import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  acknowledgementDeadline,
  amsterdamDate,
  CASE_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  checkText,
  EARLIEST_DATE,
  DEFAULT_LEAD_TIME_WORKING_DAYS,
  DomainError,
  FEEDBACK_LIMITS,
  initialStatus,
  normalisePhoneNumber,
  outcomesOf,
  resolutionDeadline,
  formatRegistrationNumber,
  statusesOf,
  type TextRules,
  type WorkingDayCalendar,
} from '@klankbord/domain';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden, InputError, unauthenticated } from '../../shared/errors.js';
import { hasRole, hasScope, isAuthenticated } from '../auth/viewer.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { ComplaintType, ComplaintTypeVersion } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import type { CaseEvent } from '../cases/case-event.entity.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import type { ImportCasesInput, ImportCasesPayload, ImportRowProblem } from './import-cases.input.js';

/** At most this many rows per import. */
export const MAX_IMPORT_ROWS = 50_000;

/** A text column, normalised and checked by the same rule as every text input (`checkText`). */
const text = (rules: TextRules) =>
  z.string().transform((raw, ctx) => {
    const checked = checkText(raw, rules, 'the text');
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.message.replace(/^the text /, '') });
    return z.NEVER;
  });
const optionalText = (max: number) => text({ max }).optional();
const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 date-time with offset, e.g. 2025-03-04T09:30:00+01:00',
});

const rowSchema = z.object({
  kind: z.enum(CASE_KINDS),
  receivedAt: instant,
  description: text({ ...FEEDBACK_LIMITS.description, multiline: true }),
  submitterName: text(FEEDBACK_LIMITS.name),
  phone: optionalText(40),
  email: z.email().max(FEEDBACK_LIMITS.email.max).optional(),
  organisationUnit: optionalText(50),
  service: optionalText(50),
  complaintType: optionalText(50),
  status: z.enum(CASE_STATUSES).optional(),
  outcome: z.enum(CASE_OUTCOMES).optional(),
  acknowledgedAt: instant.optional(),
  resolvedAt: instant.optional(),
  closedAt: instant.optional(),
  reference: optionalText(100),
});
type Row = z.infer<typeof rowSchema>;

interface ValidRow {
  index: number;
  row: Row;
  receivedAt: Date;
  phone: string | null;
  unit: OrganisationUnit | null;
  service: Service | null;
  type: ComplaintType | null;
}

/**
 * Imports historical cases (CSV or JSON) for administrators and integrations with the
 * `cases:import` scope. Every row is validated first; a file with refused rows imports nothing
 * unless `skipInvalidRows` says so. Original timestamps are kept; registration numbers continue
 * the gap-free sequence of each receipt year; deadlines follow the calendar and the complaint
 * type's rules valid at receipt. One transaction for the whole file.
 */
export async function importCases({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: ImportCasesInput;
}): Promise<ImportCasesPayload> {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated();
  if (!hasRole(ctx.viewer, 'ADMINISTRATOR') && !hasScope(ctx.viewer, 'cases:import')) throw forbidden('import cases');

  const records = parseRecords(input);
  const problems: ImportRowProblem[] = [];
  const lookups = await loadLookups(ctx.em);
  const valid: ValidRow[] = [];
  const now = ctx.services.now();
  records.forEach((record, i) => {
    const checked = validateRow(record, i + 1, lookups, now);
    if ('problems' in checked) problems.push(...checked.problems);
    else valid.push(checked);
  });

  const refusedRows = new Set(problems.map((p) => p.row)).size;
  const report = { acceptedCount: valid.length, refusedCount: refusedRows, problems };
  if ((refusedRows > 0 && !input.skipInvalidRows) || input.dryRun || valid.length === 0) {
    return { ...report, imported: false, registrationNumbers: [] };
  }

  const registrationNumbers = await ctx.em.transactional(async (em) => {
    const calendar = await loadCalendar(em);
    const versions = await em.find(ComplaintTypeVersion, {}, { orderBy: { version: 'asc' } });
    const ordered = [...valid].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    const numbers = await takeNumbers(
      em,
      ordered.map((r) => Number(amsterdamDate(r.receivedAt).slice(0, 4))),
    );
    const actor = ctx.viewer.personId ? em.getReference(Person, ctx.viewer.personId, { wrapped: true }) : null;
    ordered.forEach((item, i) => {
      const { feedbackCase, event } = receiveImportedCase(em, item, numbers[i]!, calendar, versions, actor);
      em.persist([feedbackCase, event]);
    });
    return numbers.map((n) => n.registrationNumber);
  });
  return { ...report, imported: true, registrationNumbers };
}

function parseRecords(input: ImportCasesInput): Record<string, unknown>[] {
  let records: unknown;
  try {
    records =
      input.format === 'CSV'
        ? parseCsv(input.content, { columns: true, skip_empty_lines: true, trim: true, bom: true })
        : JSON.parse(input.content);
  } catch {
    throw new InputError([
      { field: 'content', reason: 'UNREADABLE', message: `The content is not valid ${input.format}.` },
    ]);
  }
  if (!Array.isArray(records) || records.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    throw new InputError([
      { field: 'content', reason: 'UNREADABLE', message: 'Expected a list of rows with named fields.' },
    ]);
  }
  if (records.length > MAX_IMPORT_ROWS) {
    throw new InputError([
      { field: 'content', reason: 'TOO_LARGE', message: `At most ${MAX_IMPORT_ROWS} rows per import; split the file.` },
    ]);
  }
  // CSV leaves empty cells as "": they mean "no value".
  return (records as Record<string, unknown>[]).map((r) =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '' && v !== null)),
  );
}

interface Lookups {
  units: Map<string, OrganisationUnit>;
  services: Map<string, Service>;
  types: Map<string, ComplaintType>;
}

async function loadLookups(em: EntityManager): Promise<Lookups> {
  const [units, services, types] = await Promise.all([
    em.find(OrganisationUnit, {}),
    em.find(Service, {}),
    em.find(ComplaintType, {}),
  ]);
  return {
    units: new Map(units.map((u) => [u.code, u])),
    services: new Map(services.map((s) => [s.code, s])),
    types: new Map(types.map((t) => [t.code, t])),
  };
}

function validateRow(
  record: Record<string, unknown>,
  index: number,
  lookups: Lookups,
  now: Date,
): ValidRow | { problems: ImportRowProblem[] } {
  const parsed = rowSchema.safeParse(record);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        row: index,
        field: String(issue.path[0] ?? '(row)'),
        reason: issue.code === 'invalid_type' && record[String(issue.path[0])] === undefined ? 'REQUIRED' : 'INVALID',
        message: messageOf(issue, record),
      })),
    };
  }
  const row = parsed.data;
  const problems: ImportRowProblem[] = [];
  const problem = (field: string, reason: string, message: string) =>
    problems.push({ row: index, field, reason, message });
  const receivedAt = new Date(row.receivedAt);

  let phone: string | null = null;
  if (row.phone) {
    try {
      phone = normalisePhoneNumber(row.phone);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problem('phone', error.code, error.message);
    }
  }
  const unit = row.organisationUnit ? (lookups.units.get(row.organisationUnit) ?? null) : null;
  if (row.organisationUnit && !unit) problem('organisationUnit', 'UNKNOWN_CODE', 'no organisation unit has this code');
  const service = row.service ? (lookups.services.get(row.service) ?? null) : null;
  if (row.service && !service) problem('service', 'UNKNOWN_CODE', 'no service has this code');
  const type = row.complaintType ? (lookups.types.get(row.complaintType) ?? null) : null;
  if (row.complaintType && !type) problem('complaintType', 'UNKNOWN_CODE', 'no complaint type has this code');
  if (row.complaintType && row.kind !== 'COMPLAINT')
    problem('complaintType', 'NOT_APPLICABLE', 'only complaints have a complaint type');

  const status = row.status ?? initialStatus(row.kind);
  if (!statusesOf(row.kind).includes(status))
    problem('status', 'INVALID', `a ${row.kind.toLowerCase()} cannot have this status`);
  if (row.outcome && !outcomesOf(row.kind).includes(row.outcome))
    problem('outcome', 'INVALID', `a ${row.kind.toLowerCase()} cannot have this outcome`);
  // History lies in the past: nothing received before the window, nothing done after now.
  if (receivedAt.getTime() < EARLIEST_INSTANT)
    problem('receivedAt', 'TOO_EARLY', `must not be before ${EARLIEST_DATE}`);
  for (const field of ['receivedAt', 'acknowledgedAt', 'resolvedAt', 'closedAt'] as const) {
    const value = row[field];
    if (value && new Date(value).getTime() > now.getTime())
      problem(field, 'IN_THE_FUTURE', 'must not be in the future');
    else if (field !== 'receivedAt' && value && new Date(value).getTime() < receivedAt.getTime())
      problem(field, 'BEFORE_RECEIPT', 'is before receivedAt');
  }
  if (status === 'CLOSED' && !row.closedAt) problem('closedAt', 'REQUIRED', 'is required for a closed case');
  return problems.length > 0 ? { problems } : { index, row, receivedAt, phone, unit, service, type };
}

const EARLIEST_INSTANT = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);

/** What a row problem says: "is required" only for a missing value, "must be a …" for a wrong type. */
function messageOf(issue: z.core.$ZodIssue, record: Record<string, unknown>): string {
  if (issue.code !== 'invalid_type') return issue.message;
  // zod keeps no input in its issues: whether the value was there is asked of the row.
  if (record[String(issue.path[0])] === undefined) return 'is required';
  return `must be a ${issue.expected === 'string' ? 'text' : issue.expected}`;
}

/** Numbers for many cases at once: one counter update per receipt year, in receipt order. */
async function takeNumbers(em: EntityManager, years: number[]) {
  const perYear = new Map<number, number>();
  for (const year of years) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  const next = new Map<number, number>();
  for (const [year, count] of perYear) {
    const rows = await em.getConnection().execute<{ last_value: number }[]>(
      `insert into registration_counter (year, last_value) values (?, ?)
       on conflict (year) do update set last_value = registration_counter.last_value + excluded.last_value
       returning last_value`,
      [year, count],
      'all',
      em.getTransactionContext(),
    );
    next.set(year, Number(rows[0]?.last_value) - count + 1);
  }
  return years.map((year) => {
    const sequence = next.get(year)!;
    next.set(year, sequence + 1);
    return { year, sequence, registrationNumber: formatRegistrationNumber(year, sequence) };
  });
}

/** The imported case through the one creation path: the earlier system's state, an `IMPORTED` event. */
function receiveImportedCase(
  em: EntityManager,
  item: ValidRow,
  number: { year: number; sequence: number; registrationNumber: string },
  calendar: WorkingDayCalendar,
  versions: ComplaintTypeVersion[],
  actor: Ref<Person> | null,
): { feedbackCase: FeedbackCase; event: CaseEvent } {
  const { row, receivedAt } = item;
  const version = item.type
    ? (versions.find(
        (v) =>
          v.complaintType.id === item.type!.id && v.validFrom <= receivedAt && (!v.validTo || v.validTo > receivedAt),
      ) ??
      versions.find((v) => v.complaintType.id === item.type!.id) ??
      null)
    : null;
  const leadTime = version?.leadTimeWorkingDays ?? DEFAULT_LEAD_TIME_WORKING_DAYS;
  const resolvedAt = row.resolvedAt ? new Date(row.resolvedAt) : null;
  return FeedbackCase.receive(
    {
      kind: row.kind,
      registrationYear: number.year,
      registrationSequence: number.sequence,
      registrationNumber: number.registrationNumber,
      receivedAt,
      channel: 'IMPORT',
      description: row.description,
      submitterName: row.submitterName,
      submitterPhone: item.phone,
      submitterEmail: row.email?.toLowerCase() ?? null,
      submitter: null,
      organisationUnit: item.unit ? em.getReference(OrganisationUnit, item.unit.id, { wrapped: true }) : null,
      service: item.service ? em.getReference(Service, item.service.id, { wrapped: true }) : null,
      complaintType: item.type ? em.getReference(ComplaintType, item.type.id, { wrapped: true }) : null,
      complaintTypeVersion: version ? em.getReference(ComplaintTypeVersion, version.id, { wrapped: true }) : null,
      leadTimeWorkingDays: leadTime,
      acknowledgementDueAt: acknowledgementDeadline(receivedAt, calendar).dueAt,
      resolutionDueAt: resolutionDeadline(receivedAt, leadTime, calendar).dueAt,
      relationshipManager: item.unit?.relationshipManager
        ? em.getReference(Person, item.unit.relationshipManager.id, { wrapped: true })
        : null,
      idempotencyKey: null,
      requestFingerprint: null,
      acknowledgedAt: row.acknowledgedAt ? new Date(row.acknowledgedAt) : null,
    },
    {
      actor,
      data: { reference: row.reference ?? null, row: item.index },
      imported: {
        status: row.status ?? initialStatus(row.kind),
        outcome: row.outcome ?? null,
        resolvedAt,
        resolutionWorkingDays: resolvedAt
          ? calendar.workingDaysBetween(amsterdamDate(receivedAt), amsterdamDate(resolvedAt))
          : null,
        closedAt: row.closedAt ? new Date(row.closedAt) : null,
      },
    },
  );
}
