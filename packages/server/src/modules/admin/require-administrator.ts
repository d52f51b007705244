import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { conflict, forbidden, unauthenticated } from '../../shared/errors.js';
import { hasRole, isAuthenticated } from '../auth/viewer.js';

/** Reference data is the administrator's (PROCEDURE.md roles); everyone else is refused. */
export function requireAdministrator(ctx: RequestContext): void {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated();
  if (!hasRole(ctx.viewer, 'ADMINISTRATOR')) throw forbidden('manage reference data');
}

/** Runs a save; a duplicate code or e-mail becomes a CONFLICT that names the field. */
export async function withUniqueFields<T>(field: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(`That ${field} is already in use.`, { reason: 'DUPLICATE', field });
    throw error;
  }
}
