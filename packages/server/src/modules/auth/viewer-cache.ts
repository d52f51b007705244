import { createHash } from 'node:crypto';
import type { EventArgs, EventSubscriber, MikroORM } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import type { AppServices } from '../../graphql/context.js';
import { Person } from '../people/person.entity.js';
import { ApiKey } from './api-key.entity.js';
import type { Viewer } from './viewer.js';

/**
 * Viewers by credential, briefly: a request whose token or API key was seen a moment ago skips the
 * credential lookup (the API key row, the person, the failed-sign-in limit). Bounded in entries and
 * in age; keyed by a hash of the credential, so the cache holds no secret.
 *
 * A change to a person or an API key made through this process (deactivation, new roles, a revoked
 * key) drops that viewer at once — `forgetOnChanges`; made elsewhere (another instance, the command
 * line, SQL), it takes effect when the entry expires, after at most the TTL (VIEWER_CACHE_TTL_MS).
 */
export interface ViewerCache {
  get(credential: string): Viewer | undefined;
  /** Keeps `viewer` for the TTL, or until `validUntil` (the token's or key's expiry) when that is sooner. */
  set(credential: string, viewer: Viewer, validUntil?: Date | null): void;
  /** Drops every cached viewer of this person or API key. */
  forget(id: string): void;
}

export function createViewerCache({ ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }): ViewerCache {
  const entries = new LRUCache<string, Viewer>({ max: maxEntries, ttl: ttlMs, ttlAutopurge: false });
  const keyOf = (credential: string) => createHash('sha256').update(credential).digest('base64url');
  return {
    get: (credential) => entries.get(keyOf(credential)),
    set(credential, viewer, validUntil) {
      const ttl = validUntil ? Math.min(ttlMs, validUntil.getTime() - Date.now()) : ttlMs;
      if (ttl > 0) entries.set(keyOf(credential), viewer, { ttl });
    },
    forget(id) {
      for (const [key, viewer] of entries.entries()) {
        if (viewer.personId === id || viewer.apiKey?.id === id) entries.delete(key);
      }
    },
  };
}

/**
 * The process's viewer cache for `services` (null when VIEWER_CACHE_TTL_MS is 0), watching the
 * ORM so that changes to people and API keys written here drop their viewers.
 */
export function viewerCacheFor({ env, orm }: Pick<AppServices, 'env' | 'orm'>): ViewerCache | null {
  if (env.VIEWER_CACHE_TTL_MS === 0) return null;
  const cache = createViewerCache({ ttlMs: env.VIEWER_CACHE_TTL_MS, maxEntries: env.VIEWER_CACHE_MAX_ENTRIES });
  forgetOnChanges(orm, cache);
  return cache;
}

/**
 * Drops the cached viewers of every person and API key updated or deleted through `orm`: at once,
 * and again when the transaction commits, so a request that read the old row between the two does
 * not keep it for a whole TTL.
 */
export function forgetOnChanges(orm: MikroORM, cache: ViewerCache): void {
  const uncommitted = new Set<string>();
  const changed = ({ entity }: EventArgs<Person | ApiKey>) => {
    uncommitted.add(entity.id);
    cache.forget(entity.id);
  };
  const subscriber: EventSubscriber<Person | ApiKey> = {
    getSubscribedEntities: () => [Person, ApiKey],
    afterUpdate: changed,
    afterDelete: changed,
    afterTransactionCommit() {
      for (const id of uncommitted) cache.forget(id);
      uncommitted.clear();
    },
    afterTransactionRollback() {
      uncommitted.clear();
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
}
