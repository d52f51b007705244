/**
 * Satisfaction after closure: the submitter of a complaint is asked, through a link in the outcome
 * message, how satisfied they are with the handling. These are the rules the server enforces and
 * the web form shows.
 */

/** The scores of the question, worst to best. */
export const SATISFACTION_SCORES = [1, 2, 3, 4, 5] as const;
export type SatisfactionScore = (typeof SATISFACTION_SCORES)[number];

/** Input limits of the answer: the comment is optional and free text (personal data, like the description). */
export const SATISFACTION_LIMITS = {
  comment: { max: 1000 },
} as const;

/** How long a link stays usable after the outcome message is queued: long enough for leave and holidays. */
export const SATISFACTION_LINK_DAYS = 30;

/** Whether `value` is one of the scores. */
export function isSatisfactionScore(value: unknown): value is SatisfactionScore {
  return typeof value === 'number' && (SATISFACTION_SCORES as readonly number[]).includes(value);
}

/** When a link asked for at `askedAt` stops working. */
export function satisfactionLinkExpiry(askedAt: Date): Date {
  return new Date(askedAt.getTime() + SATISFACTION_LINK_DAYS * 24 * 60 * 60 * 1000);
}

/** The web app's path of the answer form for a token (the route that needs no sign-in). */
export const satisfactionPath = (token: string) => `/tevredenheid/${encodeURIComponent(token)}`;
