import { describe, expect, it } from 'vitest';
import { InvalidEnvironmentError, resolveEnv } from '../../env.js';
import { webSignInConfig } from './web-sign-in-config.js';

describe('the web app sign-in configuration', () => {
  it('offers the demo picker in development and no organisation sign-in without a client id', () => {
    expect(webSignInConfig(resolveEnv({}))).toEqual({ devSignIn: true, rolesSource: 'register', oidc: null });
  });

  it('offers the organisation sign-in in production, never the demo picker', () => {
    const config = webSignInConfig(
      resolveEnv({
        NODE_ENV: 'production',
        JWT_ISSUER: 'https://login.example.org/realms/rijk',
        JWT_JWKS_URL: 'https://login.example.org/realms/rijk/protocol/openid-connect/certs',
        OIDC_CLIENT_ID: 'klankbord-web',
        OIDC_SCOPES: 'openid profile email offline_access',
      }),
    );
    expect(config).toEqual({
      devSignIn: false,
      rolesSource: 'register',
      oidc: {
        issuer: 'https://login.example.org/realms/rijk',
        clientId: 'klankbord-web',
        scopes: 'openid profile email offline_access',
        redirectPath: '/auth/callback',
        postLogoutRedirectPath: '/sign-in',
      },
    });
  });

  it('tells the web app where roles come from, so the people screen can warn that token roles overwrite edits', () => {
    expect(webSignInConfig(resolveEnv({ ROLES_SOURCE: 'token' })).rolesSource).toBe('token');
    expect(webSignInConfig(resolveEnv({ ROLES_SOURCE: 'register' })).rolesSource).toBe('register');
  });

  it('takes OIDC_ISSUER over JWT_ISSUER (the browser may reach the provider at another address)', () => {
    const config = webSignInConfig(
      resolveEnv({ JWT_ISSUER: 'https://idp.internal', OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'web' }),
    );
    expect(config.oidc?.issuer).toBe('https://idp.example');
  });

  it.each([
    [{ OIDC_CLIENT_ID: 'web' }, 'OIDC_ISSUER'],
    [{ OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'web', OIDC_SCOPES: 'profile email' }, 'OIDC_SCOPES'],
    [{ OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'web' }, 'OIDC_ISSUER'],
  ])('refuses a configuration the browser could not use (%o)', (source, variable) => {
    expect(() => resolveEnv(source)).toThrow(InvalidEnvironmentError);
    try {
      resolveEnv(source);
    } catch (error) {
      expect((error as InvalidEnvironmentError).problems.join('\n')).toContain(variable);
    }
  });
});
