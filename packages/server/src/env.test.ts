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
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('turns dev conveniences off in production', () => {
    expect(resolveEnv({ NODE_ENV: 'production' })).toMatchObject({
      DEV_AUTH: false,
      GRAPHQL_INTROSPECTION: false,
      DEMO_DATA: 'never',
    });
  });

  it('treats empty variables as unset (compose files pass JWT_ISSUER= )', () => {
    expect(resolveEnv({ JWT_ISSUER: '', DATABASE_URL: '' }).JWT_ISSUER).toBeUndefined();
  });

  it('warns when production has no identity provider: nobody could sign in', () => {
    const [warning, ...rest] = configurationWarnings(resolveEnv({ NODE_ENV: 'production' }));
    expect(rest).toEqual([]);
    for (const variable of ['JWT_ISSUER', 'JWT_JWKS_URL', 'JWT_PUBLIC_KEY']) expect(warning).toContain(variable);
    expect(warning).toContain('API keys still work');
  });

  it.each([
    [{ NODE_ENV: 'production', JWT_ISSUER: 'https://idp.example', JWT_JWKS_URL: 'https://idp.example/jwks' }],
    [{ NODE_ENV: 'production', JWT_ISSUER: 'https://idp.example', JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----' }],
    [{ NODE_ENV: 'development' }],
  ])('does not warn when someone can sign in (%o)', (source) => {
    expect(configurationWarnings(resolveEnv(source))).toEqual([]);
  });

  it.each([
    [{ PORT: 'eighty', DATABASE_URL: 'mysql://x' }, ['PORT', 'DATABASE_URL']],
    [
      { NODE_ENV: 'production', DEV_AUTH: 'true', JWT_JWKS_URL: 'https://idp.example/jwks' },
      ['DEV_AUTH', 'JWT_ISSUER'],
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
