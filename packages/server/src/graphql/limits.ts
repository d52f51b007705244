import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';

// graphql-query-complexity's ESM build imports `graphql/index.mjs`, a second copy of graphql next
// to the CommonJS one type-graphql and Apollo use under Node ("another module or realm"). Its
// CommonJS build imports the same copy as everyone else.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

/** Refuses operations nested deeper than `maxDepth` (a validation rule: checked before execution). */
export const depthLimitRule = (maxDepth: number): ValidationRule => depthLimit(maxDepth) as ValidationRule;

/**
 * The estimated cost of an operation: every field costs 1, and a list field multiplies its
 * selection by its `first`/`limit` argument when given (its default when the variable is left out).
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [
      ({ args, childComplexity }) => {
        const size =
          typeof args['first'] === 'number'
            ? args['first']
            : typeof args['limit'] === 'number'
              ? args['limit']
              : undefined;
        return size === undefined ? undefined : 1 + childComplexity * size;
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/** Refuses operations whose estimated cost (`operationComplexity`) exceeds `maxComplexity`. */
export function complexityLimitPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = operationComplexity(
              schema,
              document,
              request.variables ?? {},
              request.operationName ?? undefined,
            );
          } catch (error) {
            // Variables that do not fit their types: graphql-js refuses them next, before any
            // resolver runs, with a 400 and BAD_USER_INPUT — the client's mistake, not ours.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `This operation is too expensive (cost ${complexity}, limit ${maxComplexity}). Ask for fewer fields or smaller pages.`,
              {
                extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_COMPLEX', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
