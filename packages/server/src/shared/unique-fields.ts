import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict } from './errors.js';

/** Runs a save; a duplicate code or e-mail becomes a CONFLICT that names the field. */
export async function withUniqueFields<T>(field: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict(`That ${field} is already in use.`, { reason: 'DUPLICATE', field });
    throw error;
  }
}
