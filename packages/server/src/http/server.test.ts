import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateKeyPair, exportSPKI, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../test/database.js';
import { makePerson } from '../../test/factories.js';
import { resolveEnv } from '../env.js';
import { createLogger } from '../shared/logger.js';
import { COMMAND_LINE } from '../modules/admin-events/admin-actor.js';
import { createApiKey } from '../modules/api-keys/create-api-key.js';
import { issueDevToken } from '../modules/auth/dev-tokens.js';
import { Person } from '../modules/people/person.entity.js';
import { EXPLORER_PAGE } from './explorer-page.js';
import { ListenError } from './listen.js';
import { startHttpServer, type RunningServer } from './server.js';

const db = setupTestDatabase();
let orm: MikroORM;
let server: RunningServer;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
const devSecret = new TextEncoder().encode('http-test-secret-http-test-secret!!');
// A stand-in for the built web app (packages/web/dist), so this file does not depend on a web build.
const webDist = mkdtempSync(path.join(tmpdir(), 'klankbord-web-dist-'));
mkdirSync(path.join(webDist, 'assets'));
writeFileSync(
  path.join(webDist, 'index.html'),
  '<!doctype html><script type="module" src="/assets/index-3f9a1c.js"></script>',
);
writeFileSync(path.join(webDist, 'assets', 'index-3f9a1c.js'), 'console.log("klankbord");');

beforeAll(async () => {
  orm = db.orm;
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  const env = resolveEnv({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    JWT_ISSUER: 'https://idp.example',
    JWT_PUBLIC_KEY: await exportSPKI(keys.publicKey),
    WEB_DIST_DIR: webDist,
    GRAPHQL_MAX_DEPTH: '2',
    GRAPHQL_EXPLORER: 'true',
    OIDC_CLIENT_ID: 'klankbord-web',
  });
  server = await startHttpServer({
    orm,
    env,
    logger: createLogger('silent'),
    now: () => new Date(),
    devTokenSecret: devSecret,
  });
});

afterAll(async () => {
  await server?.stop();
  rmSync(webDist, { recursive: true, force: true });
});

const graphql = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('HTTP', () => {
  it('answers liveness and readiness', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the web app: hashed assets cached for good, index.html revalidated, a missing asset 404', async () => {
    const asset = await fetch(`${server.url}/assets/index-3f9a1c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const missing = await fetch(`${server.url}/assets/index-0ld0ld.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<!doctype html>');

    for (const route of ['/', '/cases/123', '/index.html']) {
      const page = await fetch(`${server.url}${route}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('/assets/index-3f9a1c.js');
    }
  });

  it('serves the self-contained explorer when enabled (no CDN: no external script)', async () => {
    const response = await fetch(`${server.url}/explorer`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphQL explorer');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('sends security headers on the app and the API: a strict CSP (the identity provider allowed), nosniff, no referrer, no framing', async () => {
    for (const route of [
      '/',
      '/cases/123',
      '/assets/index-3f9a1c.js',
      '/graphql?query=%7B__typename%7D',
      '/healthz',
      '/nothing-here',
    ]) {
      const response = await fetch(`${server.url}${route}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = Object.fromEntries(
        (response.headers.get('content-security-policy') ?? '').split(';').map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect({ route, csp }).toMatchObject({
        route,
        csp: {
          'default-src': "'self'",
          'script-src': "'self'",
          'style-src': "'self'",
          'connect-src': "'self' https://idp.example",
          'frame-src': "'self' https://idp.example",
          'frame-ancestors': "'none'",
          'object-src': "'none'",
          'base-uri': "'self'",
        },
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    // The sign-in callback is loaded in the app's own hidden iframe when a token is renewed.
    const callback = await fetch(`${server.url}/auth/callback?code=x&state=y`);
    expect(callback.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(callback.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('gives the explorer its own CSP: its one inline script and style by hash, nothing else inline', async () => {
    const response = await fetch(`${server.url}/explorer`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const hash = (tag: string) => {
      const body = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(EXPLORER_PAGE)?.[1] ?? '';
      return `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    };
    expect(csp).toContain(`script-src ${hash('script')};`);
    expect(csp).toContain(`style-src ${hash('style')};`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    // Inline attributes would need 'unsafe-inline' (or 'unsafe-hashes'): the page has none.
    expect(EXPLORER_PAGE).not.toMatch(/\s(style|on[a-z]+)=/);
  });

  it('tells the web app how to sign in: the provider (issuer defaults to JWT_ISSUER), client and scopes', async () => {
    const response = await fetch(`${server.url}/auth/config.json`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({
      devSignIn: true,
      rolesSource: 'register',
      oidc: {
        issuer: 'https://idp.example',
        clientId: 'klankbord-web',
        scopes: 'openid profile email',
        redirectPath: '/auth/callback',
        postLogoutRedirectPath: '/sign-in',
      },
    });
  });

  it('answers a garbage token with 401 UNAUTHENTICATED', async () => {
    const response = await graphql('{ viewer { id } }', { authorization: 'Bearer not-a-token' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a dev token for a person and an identity-provider token, registering a new portal user as submitter', async () => {
    const person = await makePerson(orm.em.fork(), ['HANDLER']);
    const dev = await graphql('{ viewer { id roles } }', {
      authorization: `Bearer ${await issueDevToken(person.id, devSecret)}`,
    });
    expect(((await dev.json()) as { data: { viewer: { id: string } } }).data.viewer.id).toBe(person.id);

    const token = await new SignJWT({ name: 'Portal User', email: 'portal.user@example.org' })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer('https://idp.example')
      .setSubject('idp-subject-42')
      .setExpirationTime('5m')
      .sign(privateKey);
    const idp = await graphql('{ viewer { id roles displayName } }', { authorization: `Bearer ${token}` });
    const body = (await idp.json()) as { data: { viewer: { roles: string[]; displayName: string } } };
    expect(body.data.viewer).toMatchObject({ roles: ['SUBMITTER'], displayName: 'Portal User' });
    expect(await orm.em.fork().count(Person, { externalSubject: 'idp-subject-42' })).toBe(1);
  });

  it('accepts an API key by its secret, stores only a hash, and refuses a revoked one', async () => {
    const em = orm.em.fork();
    const { apiKey: key, secret } = await createApiKey({
      em,
      actor: COMMAND_LINE,
      now: new Date(),
      input: { name: 'BI', scopes: ['cases:read'], expiresAt: new Date(Date.now() + 86_400_000) },
    });
    expect(key.secretHash).not.toContain(secret);
    const ok = await graphql('{ cases(first: 1) { totalCount } }', { authorization: `Bearer ${secret}` });
    expect(((await ok.json()) as { errors?: unknown }).errors).toBeUndefined();
    key.revokedAt = new Date();
    await em.flush();
    expect((await graphql('{ viewer { id } }', { authorization: `Bearer ${secret}` })).status).toBe(401);
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey: otherKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer('https://idp.example')
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(otherKey);
    expect((await graphql('{ viewer { id } }', { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('rejects with a ListenError that says what to do when its port is taken (no unhandled EADDRINUSE)', async () => {
    const port = new URL(server.url).port;
    const env = resolveEnv({ NODE_ENV: 'test', PORT: port, LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' });
    const second = startHttpServer({
      orm,
      env,
      logger: createLogger('silent'),
      now: () => new Date(),
      devTokenSecret: null,
    });
    await expect(second).rejects.toBeInstanceOf(ListenError);
    await expect(second).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is in use — is Klankbord already running? Stop it or set PORT.`,
    );
  });

  it('refuses operations nested deeper than the limit before running them', async () => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const auth = { authorization: `Bearer ${await issueDevToken(submitter.id, devSecret)}` };
    const filed = await graphql(
      'mutation { submitFeedback(input: { kind: COMPLIMENT, description: "Quick and friendly help." }) { registrationNumber } }',
      auth,
    );
    expect(((await filed.json()) as { errors?: unknown[] }).errors).toBeUndefined();
    // At the limit (depth 2), signed in as the submitter who sends it: answered, without a single error.
    const allowed = await graphql('{ myCases { registrationNumber relationshipManager { id } } }', auth);
    const allowedBody = (await allowed.json()) as { data?: { myCases: unknown[] }; errors?: unknown[] };
    expect(allowedBody.errors).toBeUndefined();
    expect(allowedBody.data?.myCases).toHaveLength(1);
    const response = await graphql('{ myCases { relationshipManager { organisationUnit { id } } } }', auth);
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
  });
});
