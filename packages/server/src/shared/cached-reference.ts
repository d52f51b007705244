import { MemoryCacheAdapter } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client, Notification } from 'pg';

/** The channel the database notifies on when reference data changes (migration `reference-change-notify`). */
export const REFERENCE_CHANNEL = 'klankbord_reference';

/**
 * How long a cached value is used at most. Notifications make a change visible at once; this bounds
 * how long an instance could serve a value it was never told about (a notification lost while its
 * listening connection was being replaced).
 */
export const REFERENCE_TTL_MS = 30_000;

/** How long to wait before listening again after the listening connection failed. */
const RECONNECT_AFTER_MS = 1_000;

/** The part of knex's PostgreSQL client that opens a connection outside its pool. */
interface RawConnectionSource {
  acquireRawConnection(): Promise<Client>;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

/**
 * Reference data that every request reads and administrators rarely change — the organisation
 * settings and the closure-day calendar — kept in process, one cache per ORM (so per database).
 *
 * App instances stay interchangeable: a value is cached only while this instance LISTENs on its own
 * connection to {@link REFERENCE_CHANNEL}, and every notification (sent by triggers on the
 * underlying tables at commit, whoever wrote) empties the cache. A write through this instance
 * empties it at once as well ({@link invalidateReferences}). Without a listening connection nothing
 * is cached: each read goes to the database until listening works again. Values expire after
 * {@link REFERENCE_TTL_MS} as a last resort.
 */
export class ReferenceCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every invalidation: a load that started before one must not be stored after it. */
  private generation = 0;
  private listener: Client | null = null;
  private connecting = false;
  private retryAt = 0;
  private closed = false;
  private readonly credentialListeners: Array<(id: string | null) => void> = [];

  /** Whether values are being cached (a listening connection is open). */
  get listening(): boolean {
    return this.listener !== null;
  }

  /**
   * Calls `listener` with a person's or API key's id when the database announces a change to it
   * (migration `viewer-change-notify`), and with null when changes may have gone unheard (the
   * listening connection was lost or replaced): the viewer cache drops what it holds then.
   */
  onCredentialChange(listener: (id: string | null) => void): void {
    this.credentialListeners.push(listener);
  }

  /**
   * The value under `key`, loaded with `load` when missing or expired. `load` reads through `em`,
   * the caller's EntityManager (inside its transaction, if any): no second connection is needed.
   */
  async get<T>(em: EntityManager, key: string, load: () => Promise<T>): Promise<T> {
    this.listen(em);
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    if (this.listener && generation === this.generation)
      this.entries.set(key, { value, expiresAt: Date.now() + REFERENCE_TTL_MS });
    return value;
  }

  /** Forgets every cached value. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Everything a lost or new listening connection may have missed: reference data and viewers. */
  private resetAll(): void {
    this.invalidate();
    for (const listener of this.credentialListeners) listener(null);
  }

  private heard(payload: string): void {
    const credential = /^(?:person|api_key):(.+)$/.exec(payload);
    if (credential) for (const listener of this.credentialListeners) listener(credential[1]!);
    else if (payload === 'person' || payload === 'api_key')
      for (const listener of this.credentialListeners) listener(null);
    else this.invalidate();
  }

  /** Stops listening for good (the ORM is closing). */
  async close(): Promise<void> {
    this.closed = true;
    this.invalidate();
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      listener.removeAllListeners('notification');
      await listener.end().catch(() => undefined);
    }
  }

  /**
   * Opens the listening connection in the background when there is none (and none is being
   * opened); true when it listens now.
   */
  listen(em: EntityManager): boolean {
    if (this.listener) return true;
    if (this.connecting || this.closed || Date.now() < this.retryAt) return false;
    this.connecting = true;
    void this.connect(em).finally(() => {
      this.connecting = false;
    });
    return false;
  }

  private async connect(em: EntityManager): Promise<void> {
    let client: Client | null = null;
    try {
      // A connection of its own, outside the pool, with the pool's settings: LISTEN holds it.
      const pool = em.getConnection().getKnex().client as RawConnectionSource;
      client = await pool.acquireRawConnection();
      const lost = (failed: Client) => () => this.lose(failed);
      client.on('error', lost(client));
      client.on('end', lost(client));
      client.on('notification', (notification: Notification) => {
        if (notification.channel === REFERENCE_CHANNEL) this.heard(notification.payload ?? '');
      });
      await client.query(`listen ${REFERENCE_CHANNEL}`);
      if (this.closed) {
        await client.end();
        return;
      }
      // Whatever was loaded before now was not covered by notifications.
      this.resetAll();
      this.listener = client;
    } catch {
      this.retryAt = Date.now() + RECONNECT_AFTER_MS;
      await client?.end().catch(() => undefined);
    }
  }

  /** The listening connection broke: stop caching until a new one listens. */
  private lose(client: Client): void {
    if (this.listener !== client) return;
    this.listener = null;
    this.resetAll();
    this.retryAt = Date.now() + RECONNECT_AFTER_MS;
    client.end().catch(() => undefined);
  }
}

/**
 * MikroORM's own in-memory result cache, plus the ORM's {@link ReferenceCache}: MikroORM makes one
 * result cache adapter per ORM and closes it with the ORM, which is the lifetime the reference cache
 * and its listening connection need. Set in `ormConfig` (`resultCache.adapter`).
 */
export class ReferenceCacheAdapter extends MemoryCacheAdapter {
  readonly references = new ReferenceCache();

  async close(): Promise<void> {
    await this.references.close();
  }
}

/** The reference cache of `em`'s ORM; null when the ORM was configured without it (nothing is cached). */
export function referenceCacheOf(em: EntityManager): ReferenceCache | null {
  const adapter = em.config.getResultCacheAdapter();
  return adapter instanceof ReferenceCacheAdapter ? adapter.references : null;
}

/**
 * `load()`'s value, cached per ORM under `key` until the reference data changes (see
 * {@link ReferenceCache}). For data that triggers announce on {@link REFERENCE_CHANNEL} only.
 */
export function cachedReference<T>(em: EntityManager, key: string, load: () => Promise<T>): Promise<T> {
  const cache = referenceCacheOf(em);
  return cache ? cache.get(em, key, load) : load();
}

/**
 * Forgets this instance's cached reference data at once. Write use cases call it after their
 * transaction, committed or not; other instances hear of the change through the notification.
 */
export function invalidateReferences(em: EntityManager): void {
  referenceCacheOf(em)?.invalidate();
}
