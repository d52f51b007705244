import { describe, expect, it } from 'vitest';
import { configurationWarnings, InvalidEnvironmentError, resolveEnv } from './env.js';

describe('configuration', () => {
  it('has working defaults for a newcomer: dev sign-in, introspection, embedded database', () => {
    const env = resolveEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 4000,
      DEV_AUTH: true,
      GRAPHQL_INTROSPECTION: true,
      DEMO_DATA: 'auto',
      TRUSTED_DOCUMENTS: 'allowed',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('turns dev conveniences off in production', () => {
    expect(resolveEnv({ NODE_ENV: 'production' })).toMatchObject({
      DEV_AUTH: false,
      GRAPHQL_INTROSPECTION: false,
      DEMO_DATA: 'never',
      TRUSTED_DOCUMENTS: 'required',
    });
  });

  it('loads no demo data in production unless asked: the demo people include an administrator', () => {
    expect(resolveEnv({ NODE_ENV: 'production' }).DEMO_DATA).toBe('never');
    expect(resolveEnv({ NODE_ENV: 'production', DEMO_DATA: 'auto' }).DEMO_DATA).toBe('auto');
    expect(resolveEnv({ NODE_ENV: 'development' }).DEMO_DATA).toBe('auto');
    expect(resolveEnv({ NODE_ENV: 'development', DEMO_DATA: 'never' }).DEMO_DATA).toBe('never');
  });

  it('reads the sign-in rules: token age, roles source and map, the first administrators', () => {
    expect(resolveEnv({})).toMatchObject({
      JWT_MAX_TOKEN_AGE: 7200,
      ROLES_SOURCE: 'register',
      JWT_ROLES_CLAIM: 'roles',
      INITIAL_ADMINISTRATORS: [],
    });
    expect(resolveEnv({}).JWT_ROLE_MAP).toBeUndefined();
    const env = resolveEnv({
      JWT_MAX_TOKEN_AGE: '90m',
      ROLES_SOURCE: 'token',
      JWT_ROLES_CLAIM: 'realm_access.roles',
      JWT_ROLE_MAP: 'kb-admins=ADMINISTRATOR, kb-staff=HANDLER,kb-staff=RELATIONSHIP_MANAGER',
      INITIAL_ADMINISTRATORS: ' 0b7e-subject , admin@example.org,',
    });
    expect(env).toMatchObject({
      JWT_MAX_TOKEN_AGE: 5400,
      ROLES_SOURCE: 'token',
      INITIAL_ADMINISTRATORS: ['0b7e-subject', 'admin@example.org'],
    });
    expect(Object.fromEntries(env.JWT_ROLE_MAP ?? [])).toEqual({
      'kb-admins': ['ADMINISTRATOR'],
      'kb-staff': ['HANDLER', 'RELATIONSHIP_MANAGER'],
    });
    expect(resolveEnv({ JWT_MAX_TOKEN_AGE: '300' }).JWT_MAX_TOKEN_AGE).toBe(300);
  });

  it('warns that JWT_ROLE_MAP does nothing while roles come from the register', () => {
    expect(configurationWarnings(resolveEnv({ JWT_ROLE_MAP: 'kb-admins=ADMINISTRATOR' }))).toEqual([
      expect.stringContaining('ROLES_SOURCE=token'),
    ]);
  });

  it('reads the replicas: comma-separated connection strings, none by default', () => {
    expect(resolveEnv({}).DATABASE_REPLICA_URLS).toEqual([]);
    const env = resolveEnv({
      DATABASE_URL: 'postgres://primary:5432/klankbord',
      DATABASE_REPLICA_URLS: 'postgres://replica-a:5432/klankbord, postgresql://replica-b:5432/klankbord,',
    });
    expect(env.DATABASE_REPLICA_URLS).toEqual([
      'postgres://replica-a:5432/klankbord',
      'postgresql://replica-b:5432/klankbord',
    ]);
    expect(env.DATABASE_REPLICA_MAX_LAG_MS).toBe(10_000);
  });

  it('treats empty variables as unset (compose files pass JWT_ISSUER= )', () => {
    expect(resolveEnv({ JWT_ISSUER: '', DATABASE_URL: '' }).JWT_ISSUER).toBeUndefined();
  });

  it('warns when production has no identity provider: nobody could sign in', () => {
    const [warning, ...rest] = configurationWarnings(
      resolveEnv({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:25' }),
    );
    expect(rest).toEqual([]);
    for (const variable of ['JWT_ISSUER', 'JWT_JWKS_URL', 'JWT_PUBLIC_KEY']) expect(warning).toContain(variable);
    expect(warning).toContain('API keys still work');
  });

  it.each([
    [
      {
        NODE_ENV: 'production',
        JWT_ISSUER: 'https://idp.example',
        JWT_JWKS_URL: 'https://idp.example/jwks',
        SMTP_URL: 'smtp://mail.example:25',
      },
    ],
    [
      {
        NODE_ENV: 'production',
        JWT_ISSUER: 'https://idp.example',
        JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----',
        SMTP_URL: 'smtps://mail.example:465',
      },
    ],
    [{ NODE_ENV: 'development' }],
  ])('does not warn when someone can sign in (%o)', (source) => {
    expect(configurationWarnings(resolveEnv(source))).toEqual([]);
  });

  it('warns loudly when production has no SMTP_URL: messages stay queued, nothing is dropped', () => {
    const warnings = configurationWarnings(
      resolveEnv({
        NODE_ENV: 'production',
        JWT_ISSUER: 'https://idp.example',
        JWT_JWKS_URL: 'https://idp.example/jwks',
      }),
    );
    expect(warnings).toEqual([expect.stringContaining('SMTP_URL is not set')]);
    expect(warnings[0]).toContain('stay queued');
  });

  it('refuses an SMTP_URL that is not smtp: or smtps:', () => {
    expect(() => resolveEnv({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
  });

  it.each([
    [{ PORT: 'eighty', DATABASE_URL: 'mysql://x' }, ['PORT', 'DATABASE_URL']],
    [
      { NODE_ENV: 'production', DEV_AUTH: 'true', JWT_JWKS_URL: 'https://idp.example/jwks' },
      ['DEV_AUTH', 'JWT_ISSUER'],
    ],
    [
      {
        JWT_MAX_TOKEN_AGE: 'forever',
        ROLES_SOURCE: 'claims',
        JWT_ROLE_MAP: 'kb-admins=ROOT,INTEGRATION,x=INTEGRATION',
      },
      [
        'JWT_MAX_TOKEN_AGE',
        'ROLES_SOURCE',
        'JWT_ROLE_MAP: "ROOT"',
        'JWT_ROLE_MAP: "INTEGRATION" is not of the form',
        'JWT_ROLE_MAP: "INTEGRATION" is not a role',
      ],
    ],
    [{ JWT_MAX_TOKEN_AGE: '0' }, ['JWT_MAX_TOKEN_AGE']],
    [
      { DATABASE_REPLICA_URLS: 'postgres://replica/db', DATABASE_REPLICA_MAX_LAG_MS: '-1' },
      ['DATABASE_REPLICA_URLS: read replicas need DATABASE_URL', 'DATABASE_REPLICA_MAX_LAG_MS'],
    ],
    [
      { DATABASE_URL: 'postgres://primary/db', DATABASE_REPLICA_URLS: 'postgres://a/db, http://b/db' },
      ['DATABASE_REPLICA_URLS: entry 2 is not a postgres:// connection string'],
    ],
  ])('names every bad variable at once (%o)', (source, variables) => {
    try {
      resolveEnv(source);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidEnvironmentError);
      const problems = (error as InvalidEnvironmentError).problems.join('\n');
      for (const variable of variables) expect(problems).toContain(variable);
      expect((error as InvalidEnvironmentError).message).toContain('README');
    }
  });
});
