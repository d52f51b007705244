import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Hand-written DataLoaders for aggregates, created per request (DataLoader caches per instance).
 * References and collections are batched by MikroORM's own dataloader (see orm-config.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Loaders {}

export function createLoaders(_em: EntityManager): Loaders {
  return {};
}
