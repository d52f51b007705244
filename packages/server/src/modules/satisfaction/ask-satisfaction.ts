import type { EntityManager } from '@mikro-orm/postgresql';
import { satisfactionLinkExpiry, satisfactionPath } from '@klankbord/domain';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import type { OrganisationSettings } from '../settings/organisation-settings.entity.js';
import { SatisfactionRequest } from './satisfaction-request.entity.js';
import { newSatisfactionToken } from './satisfaction-token.js';

/**
 * Asks the submitter of a complaint how satisfied they are, as its outcome is told: stores the
 * question (the token hashed) in the caller's transaction and returns the link for the outcome
 * message — or null when the organisation does not ask, the case is no complaint, or this
 * complaint was answered already (a reopened complaint is not asked twice). A complaint resolved
 * again after a reopening gets a fresh link; the earlier one stops working.
 */
export async function askSatisfaction(
  em: EntityManager,
  c: FeedbackCase,
  settings: Pick<OrganisationSettings, 'askSatisfaction' | 'publicUrl'>,
  now: Date,
): Promise<{ url: string } | null> {
  if (!settings.askSatisfaction || !settings.publicUrl || c.kind !== 'COMPLAINT') return null;
  const { token, tokenHash } = newSatisfactionToken();
  const existing = await em.findOne(SatisfactionRequest, { case: c.id });
  if (existing?.answeredAt) return null;
  if (existing) {
    existing.tokenHash = tokenHash;
    existing.askedAt = now;
    existing.expiresAt = satisfactionLinkExpiry(now);
  } else {
    em.persist(
      new SatisfactionRequest({
        case: em.getReference(FeedbackCase, c.id, { wrapped: true }),
        tokenHash,
        askedAt: now,
        expiresAt: satisfactionLinkExpiry(now),
      }),
    );
  }
  return { url: new URL(satisfactionPath(token), settings.publicUrl).toString() };
}
