import type { EntityManager } from '@mikro-orm/postgresql';
import type { WorkingDayCalendar } from '@klankbord/domain';
import { loadCalendar } from '../modules/calendar/load-calendar.js';
import type { OrganisationSettings } from '../modules/settings/organisation-settings.entity.js';
import { loadSettings } from '../modules/settings/load-settings.js';

/**
 * Per-request loaders. References and collections are batched by MikroORM's own dataloader
 * (orm-config.ts); what is read once per request whatever the page size lives here, memoised.
 */
export interface Loaders {
  settings: () => Promise<OrganisationSettings>;
  calendar: () => Promise<WorkingDayCalendar>;
}

export function createLoaders(em: EntityManager): Loaders {
  return { settings: memo(() => loadSettings(em)), calendar: memo(() => loadCalendar(em)) };
}

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}
