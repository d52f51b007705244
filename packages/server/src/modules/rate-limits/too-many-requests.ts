import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * The refusal of a request over a limit: code TOO_MANY_REQUESTS, HTTP 429 and `Retry-After` in
 * whole seconds (at least 1). Apollo takes the status and header from `extensions.http`, wherever
 * the error is thrown (context, plugin or resolver); format-error.ts keeps the code and reason.
 */
export function tooManyRequests(reason: 'RATE_LIMITED' | 'TOO_MANY_IN_FLIGHT', retryAfterMs: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GraphQLError(`Too many requests. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      reason,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    },
  });
}
