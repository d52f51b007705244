import { createHash } from 'node:crypto';
import type { EventArgs, EventSubscriber, MikroORM } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import type { AppServices } from '../../graphql/context.js';
import { referenceCacheOf } from '../../shared/cached-reference.js';
import { Person } from '../people/person.entity.js';
import { ApiKey } from './api-key.entity.js';
import type { Viewer } from './viewer.js';

/**
 * Viewers by credential, briefly: a request whose token or API key was seen a moment ago skips the
 * credential lookup (the API key row, the person, the failed-sign-in limit). Bounded in entries and
 * in age; keyed by a hash of the credential, so the cache holds no secret.
 *
 * A change to a person or an API key (deactivation, new roles, a revoked key) drops that viewer at
 * once, whoever made it: through this process (`forgetOnChanges`), and from anywhere else — another
 * instance, the command line, SQL — through the database's notification (migration
 * `viewer-change-notify`), heard on the reference cache's listening connection. Viewers are cached
 * only while that connection listens; the TTL (VIEWER_CACHE_TTL_MS) bounds an entry's age besides.
 */
export interface ViewerCache {
  get(credential: string): Viewer | undefined;
  /** A mark to take before looking a credential up: `set` ignores a lookup that a change overtook. */
  mark(): number;
  /**
   * Keeps `viewer` for the TTL, or until `validUntil` (the token's or key's expiry) when that is
   * sooner — unless a person or key changed since `since` (the lookup may have read the old row).
   */
  set(credential: string, viewer: Viewer, validUntil: Date | null | undefined, since: number): void;
  /** Drops every cached viewer of this person or API key. */
  forget(id: string): void;
  /** Drops every cached viewer. */
  clear(): void;
}

export function createViewerCache({
  ttlMs,
  maxEntries,
  usable = () => true,
}: {
  ttlMs: number;
  maxEntries: number;
  /** Whether changes made elsewhere would be heard now; while not, nothing is cached. */
  usable?: () => boolean;
}): ViewerCache {
  const entries = new LRUCache<string, Viewer>({ max: maxEntries, ttl: ttlMs, ttlAutopurge: false });
  const keyOf = (credential: string) => createHash('sha256').update(credential).digest('base64url');
  let generation = 0;
  return {
    get: (credential) => (usable() ? entries.get(keyOf(credential)) : undefined),
    mark: () => generation,
    set(credential, viewer, validUntil, since) {
      if (since !== generation || !usable()) return;
      const ttl = validUntil ? Math.min(ttlMs, validUntil.getTime() - Date.now()) : ttlMs;
      if (ttl > 0) entries.set(keyOf(credential), viewer, { ttl });
    },
    forget(id) {
      generation++;
      for (const [key, viewer] of entries.entries()) {
        if (viewer.personId === id || viewer.apiKey?.id === id) entries.delete(key);
      }
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}

/**
 * The process's viewer cache for `services` (null when VIEWER_CACHE_TTL_MS is 0): it drops viewers
 * on changes written through the ORM and on the database's notifications of changes made anywhere.
 */
export function viewerCacheFor({ env, orm }: Pick<AppServices, 'env' | 'orm'>): ViewerCache | null {
  if (env.VIEWER_CACHE_TTL_MS === 0) return null;
  const references = referenceCacheOf(orm.em);
  const cache = createViewerCache({
    ttlMs: env.VIEWER_CACHE_TTL_MS,
    maxEntries: env.VIEWER_CACHE_MAX_ENTRIES,
    // Without the listening connection a revocation elsewhere would go unheard: no caching then.
    usable: () => references === null || references.listen(orm.em),
  });
  references?.onCredentialChange((id) => (id ? cache.forget(id) : cache.clear()));
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
