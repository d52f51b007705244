import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { AppServices, RequestContext } from './context.js';
import { createErrorFormatter } from './format-error.js';
import { complexityLimitPlugin, depthLimitRule } from './limits.js';

/**
 * The Apollo server with our error formatting, limits and request log. HTTP and the test harness
 * both build it here, so tests see exactly what clients see.
 */
export function createApollo(schema: GraphQLSchema, services: AppServices, plugins: ApolloServerPlugin<RequestContext>[] = []) {
  const { env, logger } = services;
  return new ApolloServer<RequestContext>({
    schema,
    introspection: env.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    validationRules: [depthLimitRule(env.GRAPHQL_MAX_DEPTH)],
    plugins: [
      ...plugins,
      // Apollo's landing page loads from a CDN, which users on a closed network cannot reach.
      ApolloServerPluginLandingPageDisabled(),
      complexityLimitPlugin(schema, env.GRAPHQL_MAX_COMPLEXITY),
      requestLogPlugin(services),
    ],
  });
}

/** One log line per operation: name, duration and error codes — never variables. */
function requestLogPlugin({ logger }: AppServices): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ errors }) {
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: request.operationName ?? null,
              ms: Math.round(performance.now() - started),
              errors: errors?.map((e) => (e as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
