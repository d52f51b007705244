import { readFileSync } from 'node:fs';
import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { fileCase } from '../../test/case-steps.js';
import { makeComplaintType, makePerson, makeUnit, viewerOf } from '../../test/factories.js';
import { setupTestApp } from '../../test/harness.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { documentLimits, FIELD_COSTS, operationComplexity } from './limits.js';
import { LIST_SIZE } from '../shared/list-size.js';
import { buildAppSchema } from './schema.js';

/**
 * The limits against what the web app really sends: its heaviest query passes, signed in as the
 * role that sends it, without a single error, and every one of its documents passes the document
 * limits; two of the heaviest in one request, and lists nested into a fan-out, are refused.
 */

/** Every query the web app sends, from its generated client (packages/web/src/gql/graphql.ts). */
function webOperations(): Map<string, DocumentNode> {
  const source = readFileSync(new URL('../../../web/src/gql/graphql.ts', import.meta.url), 'utf8');
  const operations = new Map<string, DocumentNode>();
  for (const [, json] of source.matchAll(/^export const \w+Document = (\{.*\}) as unknown as DocumentNode</gm)) {
    const document = JSON.parse(json!) as DocumentNode;
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    // Queries: the web's mutations return one record each and cost little.
    if (operation?.operation === OperationTypeNode.QUERY) operations.set(operation.name!.value, document);
  }
  return operations;
}

/** The page sizes the web app asks for (PAGE_SIZE in CasesRoute.tsx, LinkCasesPanel.tsx and the trail's sections). */
const WEB_PAGE_SIZES: Record<string, number> = {
  CasesRouteQuery: 100,
  LinkCasesSearchQuery: 25,
  AdminChangesSectionQuery: 25,
  PersonalDataReadsSectionQuery: 25,
};

/** Values of the right type for an operation's variables, as the web app would send them. */
function variablesFor(name: string, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const sample: Record<string, unknown> = {
    ReportFilter: { from: '2026-01-01', to: '2026-06-30', bucket: 'MONTH' },
    CaseFilter: {},
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'en',
    Int: 2026,
    Role: 'HANDLER',
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((v) => {
      const variable = v.variable.name.value;
      if (variable === 'first') return WEB_PAGE_SIZES[name] ? [[variable, WEB_PAGE_SIZES[name]]] : [];
      if (v.type.kind !== Kind.NON_NULL_TYPE) return [];
      const type = v.type.type.kind === Kind.NAMED_TYPE ? v.type.type.name.value : '';
      return [[variable, sample[type]]];
    }),
  );
}

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));
let administrator: Viewer;
let submitter: Viewer;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
  const em = db.orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  administrator = viewerOf(await makePerson(em, ['ADMINISTRATOR']));
  await makeComplaintType(em);
  submitter = viewerOf(await makePerson(em, ['SUBMITTER'], { unit: await makeUnit(em, rm) }));
  for (const kind of ['COMPLAINT', 'SUGGESTION', 'COMPLIMENT'] as const) await fileCase(app, submitter, kind);
});

/** The heaviest web query with its top-level field repeated under the given aliases. */
function repeated(document: DocumentNode, aliases: string[]): DocumentNode {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  // The generated documents ask for __typename at every level (trusted documents): skip it.
  const field = operation.selectionSet.selections.find(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value !== '__typename',
  )!;
  const copies = aliases.map((alias): FieldNode => ({ ...field, alias: { kind: Kind.NAME, value: alias } }));
  return {
    ...document,
    definitions: document.definitions.map((d) =>
      d === operation ? { ...operation, selectionSet: { ...operation.selectionSet, selections: copies } } : d,
    ),
  };
}

describe('the cost limit', () => {
  it('lets the web app’s heaviest query through, signed in as an administrator (its screen), with no errors', async () => {
    const limit = app.services.env.GRAPHQL_MAX_COMPLEXITY;
    const costs = [...webOperations()].map(([name, document]) => ({
      name,
      cost: operationComplexity(schema, document, variablesFor(name, document)),
    }));
    costs.sort((a, b) => b.cost - a.cost);
    // When another query becomes the heaviest, run that one here (as the role that sends it).
    expect(costs[0]!.name).toBe('ComplaintTypesRouteQuery');
    expect(costs.filter(({ cost }) => cost > limit)).toEqual([]);

    const heaviest = webOperations().get('ComplaintTypesRouteQuery')!;
    const result = await app.execute<{ complaintTypes: unknown[] }>(print(heaviest), {}, administrator);
    expect(result.errors).toBeUndefined();
    expect(result.data!.complaintTypes).toHaveLength(1);
  });

  it('refuses two of them in one request before running any', async () => {
    const twice = repeated(webOperations().get('ComplaintTypesRouteQuery')!, ['a', 'b']);
    expect(operationComplexity(schema, twice)).toBeGreaterThan(app.services.env.GRAPHQL_MAX_COMPLEXITY);
    const result = await app.execute(print(twice), {}, administrator);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['reason']])).toEqual([
      ['BAD_USER_INPUT', 'TOO_COMPLEX'],
    ]);
  });

  it('prices a report as the aggregate it runs, far above a plain field', () => {
    const filter = '{ from: "2026-01-01", to: "2026-06-30", bucket: MONTH }';
    const report = operationComplexity(schema, parse(`{ volumeTrend(filter: ${filter}) { buckets } }`));
    const plain = operationComplexity(schema, parse('{ settings { defaultLanguage } }'));
    expect(report).toBeGreaterThanOrEqual(FIELD_COSTS['Query.volumeTrend']!);
    expect(report).toBeGreaterThan(50 * plain);
    const fifteen = Array.from({ length: 15 }, (_, i) => `r${i}: volumeTrend(filter: ${filter}) { buckets }`);
    expect(operationComplexity(schema, parse(`{ ${fifteen.join(' ')} }`))).toBe(15 * report);
  });

  it('counts a list’s page size, so nested lists cannot fan out: measures → linkedCases → measures is refused', async () => {
    const fanOut = '{ measures { linkedCases { measures { linkedCases { registrationNumber } } } } }';
    expect(operationComplexity(schema, parse(fanOut))).toBeGreaterThan(LIST_SIZE.default ** 4);
    const result = await app.execute(fanOut, {}, administrator);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.['reason'])).toEqual(['TOO_COMPLEX']);
    // Asking for small pages makes the same shape affordable.
    const small =
      '{ measures(first: 5) { linkedCases(first: 5) { measures(first: 5) { linkedCases(first: 5) { id } } } } }';
    const answered = await app.execute(small, {}, administrator);
    expect(answered.errors).toBeUndefined();
  });

  it('returns at most `first` items of a capped list and refuses a `first` out of range', async () => {
    const two = await app.execute<{ myCases: unknown[] }>('{ myCases(first: 2) { id } }', {}, submitter);
    expect(two.errors).toBeUndefined();
    expect(two.data!.myCases).toHaveLength(2);
    const all = await app.execute<{ myCases: unknown[] }>('{ myCases { id } }', {}, submitter);
    expect(all.data!.myCases).toHaveLength(3);
    for (const first of [0, LIST_SIZE.max + 1]) {
      const refused = await app.execute(`{ myCases(first: ${first}) { id } }`, {}, submitter);
      expect(refused.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('the document limits', () => {
  it('let every document the web app sends through: tokens, depth, aliases and directives', () => {
    const limits = documentLimits(app.services.env);
    for (const [name, document] of webOperations()) {
      const parsed = parse(print(document), limits.parseOptions);
      const errors = validate(schema, parsed, [...specifiedRules, ...limits.validationRules]);
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
    }
  });
});
