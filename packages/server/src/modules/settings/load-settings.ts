import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganisationSettings } from './organisation-settings.entity.js';

/** The organisation settings; the defaults apply until an administrator saves the row. */
export async function loadSettings(em: EntityManager): Promise<OrganisationSettings> {
  return (await em.findOne(OrganisationSettings, { id: 1 })) ?? new OrganisationSettings();
}
