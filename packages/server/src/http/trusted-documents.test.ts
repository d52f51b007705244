import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { startTestServer, type TestServer } from '../../test/http-app.js';
import { resolveEnv } from '../env.js';
import { COMMAND_LINE } from '../modules/admin-events/admin-actor.js';
import { createApiKey } from '../modules/api-keys/create-api-key.js';
import { loadTrustedDocuments, MANIFEST_FILE, TrustedDocumentsError } from './trusted-documents.js';

/**
 * Trusted documents in production: a person signed in through the web app may run only the web
 * app's own operations (the manifest codegen writes); API keys any document; unknown ones are
 * refused with a code and 400, and run nothing.
 */

const db = setupTestDatabase();
const SOURCE_MANIFEST = path.resolve(import.meta.dirname, '../../../web/src/gql', MANIFEST_FILE);
const manifest = JSON.parse(readFileSync(SOURCE_MANIFEST, 'utf8')) as Record<string, string>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const [viewerHash, viewerDocument] = Object.entries(manifest).find(([, document]) =>
  document.startsWith('query FinishSignInViewerQuery'),
)!;
// The built web app the server serves, with the manifest its build ships.
const webDist = mkdtempSync(path.join(tmpdir(), 'klankbord-trusted-'));
mkdirSync(path.join(webDist, 'assets'));
writeFileSync(path.join(webDist, 'index.html'), '<!doctype html>');
writeFileSync(path.join(webDist, MANIFEST_FILE), JSON.stringify(manifest));

let server: TestServer;
let personToken: string;
let apiKeySecret: string;

beforeAll(async () => {
  const keys = await generateKeyPair('RS256');
  const settings = {
    NODE_ENV: 'production',
    JWT_ISSUER: 'https://idp.example',
    JWT_PUBLIC_KEY: await exportSPKI(keys.publicKey),
    WEB_DIST_DIR: webDist,
  };
  // What production means here: trusted documents required without saying so.
  expect(resolveEnv({ PORT: '0', ...settings }).TRUSTED_DOCUMENTS).toBe('required');
  server = await startTestServer(db, { devTokens: false, env: settings });
  personToken = await new SignJWT({ name: 'Portal User', email: 'trusted.user@example.org' })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer('https://idp.example')
    .setSubject('trusted-documents-subject')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(keys.privateKey);
  ({ secret: apiKeySecret } = await createApiKey({
    em: db.orm.em.fork(),
    actor: COMMAND_LINE,
    now: new Date(),
    input: { name: 'BI', scopes: ['cases:read'], expiresAt: new Date(Date.now() + 86_400_000) },
  }));
});

afterAll(async () => {
  await server?.stop();
  rmSync(webDist, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(body: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const ARBITRARY = '{ viewer { id roles } }';

describe('trusted documents (TRUSTED_DOCUMENTS=required, the production default)', () => {
  it('the manifest is keyed by the SHA-256 of each document, as the web app sends it', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(20);
    for (const [hash, document] of Object.entries(manifest))
      expect({ hash, document }).toEqual({ hash: sha256(document), document });
  });

  it('a person runs a web-app operation by its hash alone, or by its full text', async () => {
    const hashed = await post(byHash(viewerHash), personToken);
    expect(hashed.status).toBe(200);
    expect(hashed.body.errors).toBeUndefined();
    expect(hashed.body.data?.['viewer']).toMatchObject({ displayName: 'Portal User', __typename: 'Person' });
    const full = await post({ query: viewerDocument }, personToken);
    expect(full.body.errors).toBeUndefined();
    expect(full.body.data?.['viewer']).toMatchObject({ displayName: 'Portal User' });
  });

  it('a person sending any other document: 400 FORBIDDEN_DOCUMENT, and it does not run', async () => {
    for (const query of [ARBITRARY, `${viewerDocument} `, 'mutation { __typename }']) {
      const answer = await post({ query }, personToken);
      expect({ query, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
        query,
        status: 400,
        code: 'FORBIDDEN_DOCUMENT',
      });
      expect(answer.body.data).toBeUndefined();
    }
  });

  it('an unknown hash: 400 PERSISTED_QUERY_NOT_FOUND; a hash that does not match the document sent: 400', async () => {
    const unknown = await post(byHash(sha256(ARBITRARY)), personToken);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const mismatch = await post({ query: ARBITRARY, ...byHash(viewerHash) }, personToken);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('an API key may send any document (integrations write their own)', async () => {
    const answer = await post({ query: '{ cases(first: 1) { totalCount } }' }, apiKeySecret);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.['cases']).toEqual({ totalCount: 0 });
  });

  it('an anonymous request may send any document: it reaches only public fields', async () => {
    expect((await post({ query: '{ __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
    const viewer = await post({ query: ARBITRARY });
    expect(viewer.status).toBe(200);
    expect(viewer.body).toEqual({ data: { viewer: null } });
  });
});

describe('where the manifest comes from', () => {
  const env = (values: Record<string, string>) => resolveEnv({ PORT: '0', ...values });

  it('from the web build it serves, else the generated client in the repository', () => {
    const manifestHere = mkdtempSync(path.join(tmpdir(), 'klankbord-manifest-'));
    try {
      writeFileSync(path.join(manifestHere, MANIFEST_FILE), JSON.stringify({ [sha256('{ a }')]: '{ a }' }));
      expect(loadTrustedDocuments(env({ NODE_ENV: 'production' }), manifestHere).size).toBe(1);
      expect(loadTrustedDocuments(env({ NODE_ENV: 'production' }), '/nonexistent').size).toBe(
        Object.keys(manifest).length,
      );
    } finally {
      rmSync(manifestHere, { recursive: true, force: true });
    }
  });

  it('refuses to start with TRUSTED_DOCUMENTS=required and an empty manifest; starts with allowed', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'klankbord-manifest-'));
    try {
      writeFileSync(path.join(empty, MANIFEST_FILE), '{}');
      expect(() => loadTrustedDocuments(env({ NODE_ENV: 'production' }), empty)).toThrow(TrustedDocumentsError);
      expect(loadTrustedDocuments(env({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'allowed' }), empty).size).toBe(0);
      expect(env({ NODE_ENV: 'development' }).TRUSTED_DOCUMENTS).toBe('allowed');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
