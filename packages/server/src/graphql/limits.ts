import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';

// graphql-query-complexity's ESM build imports `graphql/index.mjs`, a second copy of graphql next
// to the CommonJS one type-graphql and Apollo use under Node ("another module or realm"). Its
// CommonJS build imports the same copy as everyone else.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/** Refuses operations nested deeper than `maxDepth` (a validation rule: checked before execution). */
export const depthLimitRule = (maxDepth: number) => depthLimit(maxDepth);

/**
 * Refuses operations whose estimated cost exceeds `maxComplexity`: every field costs 1, and a list
 * field multiplies its selection by its `first`/`limit` argument when given.
 */
export function complexityLimitPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              ({ args, childComplexity }) => {
                const size = typeof args['first'] === 'number' ? args['first'] : typeof args['limit'] === 'number' ? args['limit'] : undefined;
                return size === undefined ? undefined : 1 + childComplexity * size;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(`This operation is too expensive (cost ${complexity}, limit ${maxComplexity}). Ask for fewer fields or smaller pages.`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
