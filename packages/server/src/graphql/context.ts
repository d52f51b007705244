import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PRIMARY_ONLY, type ReadRoute } from '../db/replicas.js';
import type { Env } from '../env.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { Logger } from '../shared/logger.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Process-wide collaborators a use case may need, built once at start-up. */
export interface AppServices {
  orm: MikroORM;
  env: Env;
  logger: Logger;
  /** The current instant; tests pass a fixed clock. */
  now: () => Date;
  /** Signs dev tokens when dev sign-in is enabled. */
  devTokenSecret: Uint8Array | null;
}

/** Everything one request (or job, or test) works with. Built only by `createContext`. */
export interface RequestContext {
  requestId: string;
  /** A fork of the ORM's EntityManager: its own identity map for this request. */
  em: EntityManager;
  viewer: Viewer;
  /** The client's IP address for per-client limits; null outside HTTP (jobs, tests, the CLI). */
  clientIp: string | null;
  loaders: Loaders;
  services: AppServices;
  /**
   * Where reads outside a transaction go: the primary until the request is known to be a query
   * (read-routing.ts decides, per operation and the client's last write).
   */
  reads: ReadRoute;
}

/** The one factory of request contexts: HTTP, jobs and tests all call it. */
export function createContext(services: AppServices, viewer: Viewer, clientIp: string | null = null): RequestContext {
  const em = services.orm.em.fork({ clear: true, useContext: false });
  return {
    requestId: randomUUID(),
    em,
    viewer,
    clientIp,
    loaders: createLoaders(em, services.now),
    services,
    reads: PRIMARY_ONLY,
  };
}
