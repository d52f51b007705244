import type { EntityManager } from '@mikro-orm/postgresql';
import { cachedReference } from '../../shared/cached-reference.js';
import { OrganisationSettings, settingsValues } from './organisation-settings.entity.js';

/**
 * The organisation settings; the defaults apply until an administrator saves the row. Read from the
 * in-process reference cache (emptied when the settings change, on every instance): a copy to read,
 * not a managed entity — `updateSettings` loads its own to change it.
 */
export async function loadSettings(em: EntityManager): Promise<OrganisationSettings> {
  const values = await cachedReference(em, 'settings', async () =>
    settingsValues(
      (await em.findOne(OrganisationSettings, { id: 1 }, { disableIdentityMap: true })) ?? new OrganisationSettings(),
    ),
  );
  return Object.assign(new OrganisationSettings(), values);
}
