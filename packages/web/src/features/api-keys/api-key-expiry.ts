import { addDays, amsterdamDate, DomainError, endOfAmsterdamDay, type IsoDate } from '@klankbord/domain';

/**
 * When a key whose expiry date is `date` stops working: at the end of that day in Amsterdam, where
 * the administrator picking the date lives (23:59:59.999 CET or CEST), not at midnight UTC, which
 * would end it an hour or two early. Text that is not a date is passed on as it is, for the
 * server to refuse with its own message (the date field lets none through).
 */
export function expiresAtForDate(date: string): string {
  try {
    return endOfAmsterdamDay(date).toISOString();
  } catch (error) {
    if (error instanceof DomainError) return date;
    throw error;
  }
}

/** The expiry date the form suggests: 365 days after today's date in Amsterdam. */
export const suggestedExpiryDate = (now: Date): IsoDate => addDays(amsterdamDate(now), 365);
