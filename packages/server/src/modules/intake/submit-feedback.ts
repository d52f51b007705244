import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  acknowledgementDeadline,
  amsterdamDate,
  DEFAULT_LEAD_TIME_WORKING_DAYS,
  DomainError,
  normalisePhoneNumber,
  resolutionDeadline,
} from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { AppError, InputError, type FieldProblem } from '../../shared/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { ComplaintType, ComplaintTypeVersion } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { composeMessage } from '../outbox/queue-message.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { leastLoadedManager, portfolioManager } from './assign-relationship-manager.js';
import { authorizeSubmission } from './intake.policy.js';
import { fileReceivedCase, PENDING_REGISTRATION_NUMBER } from './registration-number.js';
import type { SubmitFeedbackInput } from './submit-feedback.input.js';

export interface SubmitFeedbackResult {
  case: FeedbackCase;
  /** True when this was a retry of an earlier submission with the same idempotency key. */
  replayed: boolean;
}

/**
 * Files a complaint, suggestion or compliment (PROCEDURE.md steps 1–2) in one transaction:
 * registration number, deadlines from the working-day calendar, relationship manager, the
 * `RECEIVED` event and the acknowledgement in the outbox. A retry with the same idempotency key
 * returns the first result; the same key with other content is refused.
 */
export async function submitFeedback({
  ctx,
  input,
}: {
  ctx: RequestContext;
  input: SubmitFeedbackInput;
}): Promise<SubmitFeedbackResult> {
  const { viewer } = ctx;
  authorizeSubmission(viewer, input);
  const channel = input.channel ?? (viewer.apiKey ? 'API' : 'PORTAL');
  const onBehalf = channel === 'EMAIL' || channel === 'PHONE';
  const self = viewer.personId && !onBehalf ? await ctx.em.findOneOrFail(Person, viewer.personId) : null;

  const details = normaliseDetails(input, self);
  const fingerprint = fingerprintOf(viewer, { ...input, ...details, channel, idempotencyKey: undefined });
  const caller = callerOf(viewer);

  if (input.idempotencyKey) {
    const earlier = await findReplay(ctx.em, caller, input.idempotencyKey, fingerprint);
    if (earlier) return { case: earlier, replayed: true };
  }

  // From the in-process reference cache: no statement at all while nothing changed.
  const calendar = await loadCalendar(ctx.em);
  const refs = await loadReferences(ctx.em, input, self);
  const portfolio = await portfolioManager(ctx.em, refs.organisationUnitId);
  const file = async (em: EntityManager, relationshipManagerId: string | null) => {
    const receivedAt = ctx.services.now();
    const leadTime = refs.leadTimeWorkingDays ?? DEFAULT_LEAD_TIME_WORKING_DAYS;

    const { feedbackCase, event } = FeedbackCase.receive(
      {
        kind: input.kind,
        // The database hands out the sequence and the number in the statement that writes the case.
        registrationYear: Number(amsterdamDate(receivedAt).slice(0, 4)),
        registrationSequence: 0,
        registrationNumber: PENDING_REGISTRATION_NUMBER,
        receivedAt,
        channel,
        description: input.description.trim(),
        submitterName: details.submitterName,
        submitterPhone: details.phone,
        submitterEmail: details.email,
        submitter: self ? em.getReference(Person, self.id, { wrapped: true }) : null,
        organisationUnit: refs.organisationUnitId
          ? em.getReference(OrganisationUnit, refs.organisationUnitId, { wrapped: true })
          : null,
        service: refs.serviceId ? em.getReference(Service, refs.serviceId, { wrapped: true }) : null,
        complaintType: refs.complaintTypeId
          ? em.getReference(ComplaintType, refs.complaintTypeId, { wrapped: true })
          : null,
        complaintTypeVersion: refs.complaintTypeVersionId
          ? em.getReference(ComplaintTypeVersion, refs.complaintTypeVersionId, { wrapped: true })
          : null,
        leadTimeWorkingDays: leadTime,
        acknowledgementDueAt: acknowledgementDeadline(receivedAt, calendar).dueAt,
        resolutionDueAt: resolutionDeadline(receivedAt, leadTime, calendar).dueAt,
        relationshipManager: relationshipManagerId
          ? em.getReference(Person, relationshipManagerId, { wrapped: true })
          : null,
        idempotencyKey: input.idempotencyKey ?? null,
        idempotencyCaller: input.idempotencyKey ? caller : null,
        requestFingerprint: fingerprint,
        // The confirmation screen shows the registration number at once and the mail is queued in
        // this transaction: that is the acknowledgement of step 2.
        acknowledgedAt: receivedAt,
        locale: input.locale ?? 'nl',
      },
      {
        actor: viewer.personId ? em.getReference(Person, viewer.personId, { wrapped: true }) : null,
        data: { channel, relationshipManagerId, leadTimeWorkingDays: leadTime },
      },
    );
    const message = composeMessage(
      feedbackCase,
      'ACKNOWLEDGEMENT',
      { acknowledgementDueAt: feedbackCase.acknowledgementDueAt, resolutionDueAt: feedbackCase.resolutionDueAt },
      receivedAt,
    );
    return fileReceivedCase(em, { feedbackCase, event, message });
  };
  try {
    // The registration counter, which every submission queues on, is taken by the very last
    // statement, which writes everything. With the unit's portfolio manager that statement is the
    // whole transaction; otherwise the least-loaded manager's row is locked first (lock order:
    // person, then counter) and the statement is the last before COMMIT.
    const created = portfolio
      ? await file(ctx.em, portfolio)
      : await ctx.em.transactional(async (em) => file(em, await leastLoadedManager(em)));
    return { case: created, replayed: false };
  } catch (error) {
    // Two retries racing with one key: the loser's transaction rolled back whole (its number
    // included), and it answers with the winner's case.
    if (input.idempotencyKey && error instanceof UniqueConstraintViolationException) {
      const earlier = await findReplay(ctx.em.fork(), caller, input.idempotencyKey, fingerprint);
      if (earlier) return { case: earlier, replayed: true };
    }
    throw error;
  }
}

interface Details {
  submitterName: string;
  phone: string | null;
  email: string | null;
}

/**
 * The submitter's name, phone and e-mail. Someone filing for themselves files as the person on
 * their profile — the acknowledgement goes to their own address — so a different name or e-mail is
 * refused; staff register someone else's complaint through the PHONE or EMAIL channel.
 */
function normaliseDetails(input: SubmitFeedbackInput, self: Person | null): Details {
  const problems: FieldProblem[] = [];
  if (self) problems.push(...identityProblems(input, self));
  const submitterName = (self?.displayName ?? input.submitterName ?? '').trim();
  if (!submitterName) {
    problems.push({ field: 'submitterName', reason: 'REQUIRED', message: 'Give the name of the submitter.' });
  }
  let phone: string | null = self?.phone ?? null;
  if (input.phone) {
    try {
      phone = normalisePhoneNumber(input.phone);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push({ field: 'phone', reason: error.code, message: error.message });
    }
  }
  if (input.kind === 'COMPLAINT' && !phone && !problems.some((p) => p.field === 'phone')) {
    problems.push({
      field: 'phone',
      reason: 'REQUIRED',
      message: 'A complaint needs a phone number so we can call you back.',
    });
  }
  if (input.kind !== 'COMPLAINT' && input.complaintTypeId) {
    problems.push({
      field: 'complaintTypeId',
      reason: 'NOT_APPLICABLE',
      message: 'Only complaints have a complaint type.',
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  return { submitterName, phone, email: self ? self.email : (input.email?.trim().toLowerCase() ?? null) };
}

function identityProblems(input: SubmitFeedbackInput, self: Person): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const onBehalf = 'To register feedback for someone else, use the PHONE or EMAIL channel (staff only).';
  if (input.submitterName != null && input.submitterName !== self.displayName.normalize('NFC').trim()) {
    problems.push({
      field: 'submitterName',
      reason: 'NOT_YOUR_PROFILE',
      message: `You file under the name on your profile; leave submitterName out. ${onBehalf}`,
    });
  }
  if (input.email != null && input.email.trim().toLowerCase() !== self.email.toLowerCase()) {
    problems.push({
      field: 'email',
      reason: 'NOT_YOUR_PROFILE',
      message: `The acknowledgement goes to the e-mail address on your profile; leave email out. ${onBehalf}`,
    });
  }
  return problems;
}

interface References {
  organisationUnitId: string | null;
  serviceId: string | null;
  complaintTypeId: string | null;
  /** The complaint type's current version and its lead time. */
  complaintTypeVersionId: string | null;
  leadTimeWorkingDays: number | null;
}

/**
 * The classification the submission names, each only while in use, in one statement (none when it
 * names nothing): the unit (given, else the submitter's own), service, complaint type and the
 * type's current version. An unknown or retired one is refused with a field problem.
 */
async function loadReferences(em: EntityManager, input: SubmitFeedbackInput, self: Person | null): Promise<References> {
  const unitId = input.organisationUnitId ?? self?.organisationUnit?.id ?? null;
  if (!unitId && !input.serviceId && !input.complaintTypeId) {
    return {
      organisationUnitId: null,
      serviceId: null,
      complaintTypeId: null,
      complaintTypeVersionId: null,
      leadTimeWorkingDays: null,
    };
  }
  const [row] = await em.getConnection().execute<
    Array<{
      organisation_unit_id: string | null;
      service_id: string | null;
      complaint_type_id: string | null;
      complaint_type_version_id: string | null;
      lead_time_working_days: number | null;
    }>
  >(
    `select (select u.id from organisation_unit u where u.id = ?::uuid and u.active) as organisation_unit_id,
            (select s.id from service s where s.id = ?::uuid and s.active) as service_id,
            t.id as complaint_type_id, v.id as complaint_type_version_id, v.lead_time_working_days
       from (select 1) one
       left join complaint_type t on t.id = ?::uuid and t.active
       left join complaint_type_version v on v.complaint_type_id = t.id and v.valid_to is null`,
    [unitId, input.serviceId ?? null, input.complaintTypeId ?? null],
    'all',
    em.getTransactionContext(),
  );
  const problems: FieldProblem[] = [];
  if (input.organisationUnitId && !row?.organisation_unit_id) {
    problems.push({
      field: 'organisationUnitId',
      reason: 'UNKNOWN',
      message: 'That organisation unit does not exist or is no longer in use.',
    });
  }
  if (input.serviceId && !row?.service_id) {
    problems.push({
      field: 'serviceId',
      reason: 'UNKNOWN',
      message: 'That service does not exist or is no longer in use.',
    });
  }
  if (input.complaintTypeId && !row?.complaint_type_id) {
    problems.push({
      field: 'complaintTypeId',
      reason: 'UNKNOWN',
      message: 'That complaint type does not exist or is no longer in use.',
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  return {
    organisationUnitId: row?.organisation_unit_id ?? null,
    serviceId: row?.service_id ?? null,
    complaintTypeId: row?.complaint_type_id ?? null,
    complaintTypeVersionId: row?.complaint_type_version_id ?? null,
    leadTimeWorkingDays: row?.lead_time_working_days ?? null,
  };
}

/** Whose idempotency keys these are: an integration's key, else the person's. */
function callerOf(viewer: Viewer): string {
  if (viewer.apiKey) return `api-key:${viewer.apiKey.id}`;
  // authorizeSubmission let only people and API keys through.
  return `person:${viewer.personId ?? ''}`;
}

/** The caller's earlier case with this key: another caller's key is theirs, and never answers here. */
async function findReplay(
  em: EntityManager,
  caller: string,
  key: string,
  fingerprint: string,
): Promise<FeedbackCase | null> {
  const earlier = await em.findOne(FeedbackCase, { idempotencyCaller: caller, idempotencyKey: key });
  if (!earlier) return null;
  if (earlier.requestFingerprint !== fingerprint) {
    throw new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      'This idempotency key was already used for a different submission. Make a new key for a new submission.',
    );
  }
  return earlier;
}

/** Same viewer and same normalised content give the same fingerprint; key order does not matter. */
function fingerprintOf(viewer: Viewer, content: object): string {
  const canonical = JSON.stringify(
    { viewer: viewer.personId ?? viewer.apiKey?.id ?? null, ...content },
    (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
        : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}
