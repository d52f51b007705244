import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { replicaStatus } from '../db/replicas.js';
import { createAuthenticator } from '../modules/auth/authenticate.js';
import { viewerCacheFor } from '../modules/auth/viewer-cache.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { webSignInConfig } from '../modules/auth/web-sign-in-config.js';
import { rateLimitsFor } from '../modules/rate-limits/rate-limits.js';
import { databaseUnavailableReason, RETRY_AFTER_SECONDS, serviceUnavailable } from '../db/database-unavailable.js';
import { AppError } from '../shared/errors.js';
import { createApollo } from '../graphql/apollo.js';
import { createContext, type AppServices } from '../graphql/context.js';
import { buildAppSchema } from '../graphql/schema.js';
import { EXPLORER_PAGE } from './explorer-page.js';
import { jsonErrorHandler, notFound, onlyTheEndpoint, requireJsonBody } from './http-errors.js';
import { listen } from './listen.js';
import { assertTrustedDocument, loadTrustedDocuments, resolvePersistedDocuments } from './trusted-documents.js';
import { EXPLORER_CSP, securityHeaders } from './security-headers.js';

export interface RunningServer {
  httpServer: http.Server;
  url: string;
  /** Stops accepting, lets in-flight requests finish (up to SHUTDOWN_TIMEOUT_MS), then closes. */
  stop(): Promise<void>;
}

/**
 * The HTTP side: GraphQL at /graphql, liveness at /healthz, readiness (database reachable) at
 * /readyz, the web app's sign-in configuration at /auth/config.json, a self-contained explorer at
 * /explorer (when enabled), and the built web app at /.
 */
export async function startHttpServer(services: AppServices): Promise<RunningServer> {
  const { env } = services;
  const app = express();
  app.disable('x-powered-by');
  // The client address the per-client rate limits count by (req.ip): only proxies configured here
  // may set it through X-Forwarded-For.
  if (env.TRUST_PROXY !== undefined) app.set('trust proxy', env.TRUST_PROXY);
  app.use(securityHeaders(env));
  const httpServer = http.createServer(app);
  const schema = await buildAppSchema();
  const authenticate = await createAuthenticator(
    env,
    services.devTokenSecret,
    services.logger,
    rateLimitsFor(services),
    viewerCacheFor(services),
  );
  const webDist = env.WEB_DIST_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
  const trustedDocuments = loadTrustedDocuments(env, webDist);

  const apollo = createApollo(schema, services, [
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: env.SHUTDOWN_TIMEOUT_MS }),
  ]);
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let stopping = false;
  const readiness = readinessChecks(services, () => stopping);
  app.get('/readyz', async (_req, res) => {
    const failed = await firstFailedCheck(readiness);
    if (failed) res.status(503).setHeader('retry-after', String(RETRY_AFTER_SECONDS)).json({ status: failed });
    // Replicas are shown, never required: their reads fall back to the primary (db/replicas.ts).
    else res.json({ status: 'ready', replicas: replicaStatus(services.orm) });
  });

  // Read by the web app before it renders: how to sign in here (see web-sign-in-config.ts).
  const signInConfig = webSignInConfig(env);
  app.get('/auth/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(signInConfig);
  });

  if (env.GRAPHQL_EXPLORER) {
    app.get('/explorer', (_req, res) => {
      res.setHeader('Content-Security-Policy', EXPLORER_CSP);
      res.type('html').send(EXPLORER_PAGE);
    });
  }

  app.use(
    '/graphql',
    onlyTheEndpoint,
    requireJsonBody,
    express.json({ limit: '2mb' }),
    resolvePersistedDocuments(trustedDocuments),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const base = createContext(services, { personId: null, roles: new Set(), apiKey: null }, req.ip ?? null);
        let viewer: Viewer;
        try {
          viewer = await authenticate(req.headers.authorization, base.em, base.clientIp);
        } catch (error) {
          // Over the failed-authentication limit: TOO_MANY_REQUESTS with its own status (429).
          if (error instanceof GraphQLError) throw error;
          // The database out of reach while looking up the key or person: retryable (503), not a bad token.
          const unavailable = databaseUnavailableReason(error);
          if (unavailable) throw serviceUnavailable(unavailable);
          const message = error instanceof AppError ? error.message : 'The token or API key is invalid.';
          throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        const body = req.body as { query?: unknown } | undefined;
        const document: unknown = req.method === 'GET' ? req.query['query'] : body?.query;
        assertTrustedDocument(env, trustedDocuments, viewer, document);
        return { ...base, viewer };
      },
    }),
  );

  if (existsSync(path.join(webDist, 'index.html'))) {
    // Vite puts a content hash in every file name under /assets: a changed file gets a new name,
    // so browsers may keep these for good. A missing one is a 404 — answering it with index.html
    // made a stale tab load HTML as a script after a deploy.
    app.use(
      '/assets',
      express.static(path.join(webDist, 'assets'), { index: false, fallthrough: true, immutable: true, maxAge: '1y' }),
    );
    app.use('/assets', (_req, res) => {
      res.status(404).type('text').send('Not found');
    });
    // index.html names the current hashes, so it must be revalidated on every load.
    const noCache = (res: express.Response) => res.setHeader('Cache-Control', 'no-cache');
    app.use(
      express.static(webDist, {
        index: false,
        maxAge: '1h',
        setHeaders: (res, file) => {
          if (path.basename(file) === 'index.html') noCache(res);
        },
      }),
    );
    app.get(/^\/(?!graphql|healthz|readyz|explorer).*/, (_req, res) => {
      noCache(res);
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }

  // Last: whatever matched nothing or failed is answered in JSON, never by Express's HTML handler.
  app.use(notFound);
  app.use(jsonErrorHandler(services.logger));

  try {
    await listen(httpServer, env.PORT, env.HOST);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`;

  return {
    httpServer,
    url,
    async stop() {
      // Not ready from now on, so a load balancer sends new requests elsewhere while these finish.
      stopping = true;
      // The drain plugin stops accepting, waits for in-flight requests and, after the grace
      // period, closes the connections that are left.
      await apollo.stop();
    },
  };
}

/** One readiness condition: null when met, else what /readyz answers as its status. */
export type ReadinessCheck = () => Promise<string | null>;

/**
 * What /readyz checks, in order: not shutting down, and the database answering (through the
 * request pool, so an exhausted pool or a database away both read as not ready; the pool's bounded
 * acquire and connect timeouts bound the answer). A new condition is one more entry here.
 */
function readinessChecks(services: AppServices, stopping: () => boolean): ReadinessCheck[] {
  return [
    async () => (stopping() ? 'shutting down' : null),
    async () => {
      try {
        await services.orm.em.getConnection().execute('select 1');
        return null;
      } catch {
        return 'database unreachable';
      }
    },
  ];
}

async function firstFailedCheck(checks: ReadinessCheck[]): Promise<string | null> {
  for (const check of checks) {
    const failed = await check();
    if (failed) return failed;
  }
  return null;
}
