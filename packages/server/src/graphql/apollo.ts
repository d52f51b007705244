import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { RETRY_AFTER_SECONDS } from '../db/database-unavailable.js';
import type { AppServices, RequestContext } from './context.js';
import { createErrorFormatter } from './format-error.js';
import { costLimitPlugin, documentLimits, inFlightBudgetPlugin } from './limits.js';
import { readRoutingPlugin } from './read-routing.js';

/**
 * The Apollo server with our error formatting, limits and request log. HTTP and the test harness
 * both build it here, so tests see exactly what clients see.
 */
export function createApollo(
  schema: GraphQLSchema,
  services: AppServices,
  plugins: ApolloServerPlugin<RequestContext>[] = [],
) {
  const { env, logger } = services;
  const limits = documentLimits(env);
  return new ApolloServer<RequestContext>({
    schema,
    introspection: env.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (drain, then the database pool, then the embedded PostgreSQL). Apollo's
    // own SIGTERM handler would call stop() as well, and in @apollo/server 5.5.1 a second stop()
    // while the first is under way never settles: every SIGTERM hung until the hard-stop timer.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger),
    // One operation per HTTP request: a batch would multiply every limit below by its length.
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ...plugins,
      // Apollo's landing page loads from a CDN, which users on a closed network cannot reach.
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints, and Apollo's cache-control plugin would otherwise wrap every field
      // of every response (willResolveField) to compute them: a cost per field for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      costLimitPlugin(schema, env.GRAPHQL_MAX_COMPLEXITY),
      inFlightBudgetPlugin(env.GRAPHQL_MAX_IN_FLIGHT_PER_VIEWER),
      serviceUnavailableStatusPlugin(),
      readRoutingPlugin(services),
      requestLogPlugin(services),
    ],
  });
}

/**
 * A request stopped by the database's statement timeout, or that found the database out of reach,
 * is answered SERVICE_UNAVAILABLE by format-error.ts; its HTTP status (503) and `Retry-After` follow
 * here, from the response as sent: the error is thrown deep in a resolver, where no HTTP status can
 * be attached. A client retries after that many seconds (a submission with the same idempotency key).
 */
function serviceUnavailableStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const sent =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          if (sent?.some((error) => error.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}

/**
 * One log line per operation: name, duration and error codes — never variables. The codes are
 * read from the response as sent, i.e. after `formatError` mapped them: the raw errors Apollo
 * hands to plugins carry no code yet (an authorization error is a plain type-graphql error).
 */
function requestLogPlugin({ logger }: AppServices): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName }) {
          const sent =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          logger.info(
            {
              requestId: contextValue.requestId,
              // The name as the parsed document declares it (a GraphQL name), not the request's
              // `operationName` field, which is free text and may hold anything a client typed.
              operation: operationName ?? null,
              ms: Math.round(performance.now() - started),
              errors: sent?.map((error) => error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
