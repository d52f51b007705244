import { describe, expect, it } from 'vitest';
import { InvalidEnvironmentError, resolveEnv } from './env.js';

describe('configuration', () => {
  it('has working defaults for a newcomer: dev sign-in, introspection, embedded database', () => {
    const env = resolveEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 4000, DEV_AUTH: true, GRAPHQL_INTROSPECTION: true, DEMO_DATA: 'auto' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('turns dev conveniences off in production', () => {
    expect(resolveEnv({ NODE_ENV: 'production' })).toMatchObject({ DEV_AUTH: false, GRAPHQL_INTROSPECTION: false });
  });

  it('treats empty variables as unset (compose files pass JWT_ISSUER= )', () => {
    expect(resolveEnv({ JWT_ISSUER: '', DATABASE_URL: '' }).JWT_ISSUER).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty', DATABASE_URL: 'mysql://x' }, ['PORT', 'DATABASE_URL']],
    [{ NODE_ENV: 'production', DEV_AUTH: 'true', JWT_JWKS_URL: 'https://idp.example/jwks' }, ['DEV_AUTH', 'JWT_ISSUER']],
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
