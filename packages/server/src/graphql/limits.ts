import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isLeafType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { Env } from '../env.js';
import { tooManyRequests } from '../modules/rate-limits/too-many-requests.js';
import type { RequestContext } from './context.js';

// graphql-query-complexity's ESM build imports `graphql/index.mjs`, a second copy of graphql next
// to the CommonJS one type-graphql and Apollo use under Node ("another module or realm"). Its
// CommonJS build imports the same copy as everyone else.
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

/**
 * What a field costs on its own, beyond the 1 every field costs, as `Type.field`. A report runs
 * aggregates over every case in its period; a measure's effect counts complaints before and after;
 * a case's deadlines walk the working-day calendar. The one place that prices real work.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.volumeTrend': 250,
  'Query.recurringComplaintTypes': 250,
  'Query.compliments': 250,
  'Query.leadTimePerformance': 250,
  'Query.outcomes': 250,
  'Query.annualReport': 250,
  'Query.satisfactionReport': 250,
  'PreventiveMeasure.effect': 25,
  'Case.deadlines': 2,
};

/**
 * Lists without a `first` argument, with the size their cost assumes. These sizes are estimates,
 * not caps: the lists are small by nature and none of them can nest another list of its kind —
 * reference data administrators keep (services, complaint types and their rule versions, units,
 * API keys, staff per role), a year's days off, a case's few deadline extensions. Lists that grow
 * with use (cases, events, measures, messages) take a bounded `first` instead (shared/list-size.ts).
 * A list missing here counts as `UNLISTED_LIST_SIZE`.
 */
export const LIST_CAPS: Readonly<Record<string, number>> = {
  // A connection's `first` already multiplies its whole page.
  'CaseConnection.nodes': 1,
  'AdminEventConnection.nodes': 1,
  'Query.services': 100,
  'Query.complaintTypes': 100,
  'Query.organisationUnits': 100,
  'Query.apiKeys': 100,
  'Query.demoPeople': 50,
  'Query.daysOff': 60,
  'Case.extensions': 10,
  'ComplaintType.versions': 10,
};

/** The assumed size of a list of objects that names neither `first` nor a cap above. */
const UNLISTED_LIST_SIZE = 20;

/**
 * The estimated cost of an operation: every field costs 1 plus its `FIELD_COSTS`, and a list field
 * multiplies its selection by its page size (`first`, its default when left out) or its cap.
 * Variables that cannot be coerced make it throw a BAD_USER_INPUT error with HTTP status 400.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [
        ({ type, field, args, childComplexity }) => {
          const name = `${type.name}.${field.name}`;
          const own = 1 + (FIELD_COSTS[name] ?? 0);
          // A page (a list or a connection) of `first` items.
          if (typeof args['first'] === 'number') return own + Math.max(args['first'], 0) * childComplexity;
          const returns = getNullableType(field.type);
          if (!isListType(returns) || isLeafType(getNamedType(returns))) return own + childComplexity;
          return own + (LIST_CAPS[name] ?? UNLISTED_LIST_SIZE) * childComplexity;
        },
      ],
    });
  } catch (error) {
    // getComplexity coerces the variables itself; a wrong enum or type there is the client's
    // mistake, answered like Apollo answers it at execution: 400, without the value.
    throw new GraphQLError('A variable has a value of the wrong type.', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      originalError: error instanceof Error ? error : undefined,
    });
  }
}

/** How many sets of variables `costLimitPlugin` remembers the price of, per document. */
const PRICES_PER_DOCUMENT = 64;

/** Refuses operations whose estimated cost (`operationComplexity`) exceeds `maxComplexity`, before execution. */
export function costLimitPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  // Apollo keeps one parsed document per query text, so a repeated operation (every client's
  // everyday queries) is priced once per set of variables, not walked again on every request.
  const priced = new WeakMap<DocumentNode, Map<string, number>>();
  const priceOf = (document: DocumentNode, variables: Record<string, unknown>, operationName?: string) => {
    const key = JSON.stringify([operationName ?? null, variables]);
    let prices = priced.get(document);
    const known = prices?.get(key);
    if (known !== undefined) return known;
    const complexity = operationComplexity(schema, document, variables, operationName);
    if (!prices || prices.size >= PRICES_PER_DOCUMENT) priced.set(document, (prices = new Map<string, number>()));
    prices.set(key, complexity);
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = priceOf(document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (error) {
            // Variables that do not fit their types: graphql-js refuses them next, before any
            // resolver runs, with a 400 and BAD_USER_INPUT — the client's mistake, not ours.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `This operation is too expensive (cost ${complexity}, limit ${maxComplexity}). Ask for fewer fields or smaller pages.`,
              { extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_COMPLEX', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/**
 * Limits on the document itself, checked before execution. GraphQL Armor's validation rules count
 * aliases (`__typename` is free), depth (fields, with fragment cycles cut) and directives, and its
 * plugin masks "Did you mean …" suggestions where introspection is off (they would reveal the
 * schema piece by piece). The token limit is graphql-js's own, applied while parsing (so a huge
 * document is never built): Armor's token plugin throws from a hook Apollo answers with HTTP 500.
 * Armor's cost limit is off too: `costLimitPlugin` prices real work.
 */
export function documentLimits(env: Env): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
} {
  const { validationRules, plugins } = new ApolloArmor({
    maxAliases: { n: env.GRAPHQL_MAX_ALIASES },
    // Armor counts a top-level field as depth 1; GRAPHQL_MAX_DEPTH counts it as 0, as
    // graphql-depth-limit did, so configured values keep their meaning.
    maxDepth: { n: env.GRAPHQL_MAX_DEPTH + 1, ignoreIntrospection: true, flattenFragments: true },
    maxTokens: { enabled: false },
    maxDirectives: { n: env.GRAPHQL_MAX_DIRECTIVES },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !env.GRAPHQL_INTROSPECTION },
  }).protect();
  // Armor's declarations name @apollo/server's CommonJS types, ours its ESM ones: the same plugin
  // interface, declared twice.
  return {
    validationRules,
    plugins: plugins as unknown as ApolloServerPlugin[],
    parseOptions: { maxTokens: env.GRAPHQL_MAX_TOKENS },
  };
}

/**
 * At most `maxInFlight` operations per viewer running at once in this process: a person, an API
 * key, or for anonymous HTTP requests the client IP address. One more is refused after validation
 * and the cost check, before it runs, with TOO_MANY_REQUESTS (429, Retry-After: 1), so one viewer
 * cannot take every database connection while others wait. Calls from outside HTTP without a
 * viewer (jobs, tests) are not counted.
 */
export function inFlightBudgetPlugin(maxInFlight: number): ApolloServerPlugin<RequestContext> {
  const inFlight = new Map<string, number>();
  return {
    async requestDidStart({ contextValue }) {
      const key = viewerKey(contextValue);
      let counted = false;
      return {
        async didResolveOperation() {
          if (key === null) return;
          const running = inFlight.get(key) ?? 0;
          if (running >= maxInFlight) throw tooManyRequests('TOO_MANY_IN_FLIGHT', 1000);
          inFlight.set(key, running + 1);
          counted = true;
        },
        async willSendResponse() {
          if (!counted || key === null) return;
          counted = false;
          const left = (inFlight.get(key) ?? 1) - 1;
          if (left > 0) inFlight.set(key, left);
          else inFlight.delete(key);
        },
      };
    },
  };
}

function viewerKey({ viewer, clientIp }: RequestContext): string | null {
  if (viewer.personId) return `person:${viewer.personId}`;
  if (viewer.apiKey) return `api-key:${viewer.apiKey.id}`;
  return clientIp ? `client:${clientIp}` : null;
}
