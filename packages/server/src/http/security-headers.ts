import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Env } from '../env.js';
import { OIDC_REDIRECT_PATH } from '../modules/auth/web-sign-in-config.js';
import { EXPLORER_PAGE } from './explorer-page.js';

/** The origin of the identity provider the browser talks to (discovery, tokens, silent renewal). */
function identityProviderOrigin(env: Env): string | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID) return null;
  try {
    return new URL(env.OIDC_ISSUER).origin;
  } catch {
    return null;
  }
}

/**
 * Security headers on every response, the web app's and the API's: a CSP that allows only our own
 * scripts and styles (Vite emits no inline script; React sets styles through the CSSOM, which CSP
 * does not govern), talks only to us and the identity provider, and may not be framed; nosniff;
 * no referrer, so a case's URL never reaches another site.
 */
export function securityHeaders(env: Env): RequestHandler[] {
  const idp = identityProviderOrigin(env);
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        // oidc-client-ts reads the provider's discovery document and redeems the code there…
        connectSrc: ["'self'", ...(idp ? [idp] : [])],
        // …and renews tokens in a hidden iframe on the provider's session, which the provider sends
        // back to our own sign-in callback.
        frameSrc: ["'self'", ...(idp ? [idp] : [])],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Only the sign-in callback may be framed, and only by the app itself: the provider sends
        // the app's hidden renewal iframe back there.
        frameAncestors: [(req) => (isSignInCallback(req.url) ? "'self'" : "'none'")],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Set below, with the same exception as frame-ancestors (for browsers that know only this one).
    xFrameOptions: false,
    // The server may be reached over plain HTTP on a closed network (behind a TLS proxy or not);
    // HSTS is the proxy's to send, and upgrading requests would break a plain-HTTP deployment.
    strictTransportSecurity: false,
  });
  return [headers, frameOptions];
}

/** X-Frame-Options, the older twin of frame-ancestors, with the same exception. */
const frameOptions: RequestHandler = (req, res, next) => {
  res.setHeader('X-Frame-Options', isSignInCallback(req.url) ? 'SAMEORIGIN' : 'DENY');
  next();
};

function isSignInCallback(url: string | undefined): boolean {
  return (url ?? '').split('?')[0] === OIDC_REDIRECT_PATH;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (tag: 'script' | 'style') =>
  [...EXPLORER_PAGE.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => sha256(match[1]!));

/**
 * The explorer is one self-contained page with an inline script and style (no CDN: it must work
 * on a closed network); its CSP allows exactly those by hash, and nothing else inline.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  `script-src ${inline('script').join(' ')}`,
  "script-src-attr 'none'",
  `style-src ${inline('style').join(' ')}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
