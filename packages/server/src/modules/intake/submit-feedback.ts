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
import { queueMessage } from '../outbox/queue-message.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { pickRelationshipManager } from './assign-relationship-manager.js';
import { authorizeSubmission } from './intake.policy.js';
import { takeRegistrationNumber } from './registration-number.js';
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

  try {
    const created = await ctx.em.transactional(async (em) => {
      const refs = await loadReferences(em, input, self);
      const calendar = await loadCalendar(em);
      const receivedAt = ctx.services.now();
      const year = Number(amsterdamDate(receivedAt).slice(0, 4));
      const number = await takeRegistrationNumber(em, year);
      const leadTime = refs.version?.leadTimeWorkingDays ?? DEFAULT_LEAD_TIME_WORKING_DAYS;
      const relationshipManagerId = await pickRelationshipManager(em, refs.organisationUnit?.id ?? null);

      const { feedbackCase, event } = FeedbackCase.receive(
        {
          kind: input.kind,
          registrationYear: number.year,
          registrationSequence: number.sequence,
          registrationNumber: number.registrationNumber,
          receivedAt,
          channel,
          description: input.description.trim(),
          submitterName: details.submitterName,
          submitterPhone: details.phone,
          submitterEmail: details.email,
          submitter: self ? em.getReference(Person, self.id, { wrapped: true }) : null,
          organisationUnit: refs.organisationUnit
            ? em.getReference(OrganisationUnit, refs.organisationUnit.id, { wrapped: true })
            : null,
          service: refs.service ? em.getReference(Service, refs.service.id, { wrapped: true }) : null,
          complaintType: refs.complaintType
            ? em.getReference(ComplaintType, refs.complaintType.id, { wrapped: true })
            : null,
          complaintTypeVersion: refs.version
            ? em.getReference(ComplaintTypeVersion, refs.version.id, { wrapped: true })
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
      em.persist([feedbackCase, event]);
      queueMessage(
        em,
        feedbackCase,
        'ACKNOWLEDGEMENT',
        { acknowledgementDueAt: feedbackCase.acknowledgementDueAt, resolutionDueAt: feedbackCase.resolutionDueAt },
        receivedAt,
      );
      return feedbackCase;
    });
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

async function loadReferences(em: EntityManager, input: SubmitFeedbackInput, self: Person | null) {
  const problems: FieldProblem[] = [];
  const unitId = input.organisationUnitId ?? self?.organisationUnit?.id ?? null;
  const [organisationUnit, service, complaintType] = await Promise.all([
    unitId ? em.findOne(OrganisationUnit, { id: unitId, active: true }) : null,
    input.serviceId ? em.findOne(Service, { id: input.serviceId, active: true }) : null,
    input.complaintTypeId ? em.findOne(ComplaintType, { id: input.complaintTypeId, active: true }) : null,
  ]);
  if (input.organisationUnitId && !organisationUnit) {
    problems.push({
      field: 'organisationUnitId',
      reason: 'UNKNOWN',
      message: 'That organisation unit does not exist or is no longer in use.',
    });
  }
  if (input.serviceId && !service) {
    problems.push({
      field: 'serviceId',
      reason: 'UNKNOWN',
      message: 'That service does not exist or is no longer in use.',
    });
  }
  if (input.complaintTypeId && !complaintType) {
    problems.push({
      field: 'complaintTypeId',
      reason: 'UNKNOWN',
      message: 'That complaint type does not exist or is no longer in use.',
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  const version = complaintType ? await em.findOne(ComplaintTypeVersion, { complaintType, validTo: null }) : null;
  return { organisationUnit, service, complaintType, version };
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
