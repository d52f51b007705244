import { readFileSync } from 'node:fs';
import {
  Kind,
  OperationTypeNode,
  print,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { fileCase } from '../../test/case-steps.js';
import { makePerson, makeUnit, viewerOf } from '../../test/factories.js';
import { setupTestApp } from '../../test/harness.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { operationComplexity } from './limits.js';
import { buildAppSchema } from './schema.js';

/**
 * The cost limit against what the web app really sends: its heaviest query passes, signed in as the
 * role that sends it, without a single error; three of them in one request are refused.
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
let manager: Viewer;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
  const em = db.orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  manager = viewerOf(rm);
  const submitter = viewerOf(await makePerson(em, ['SUBMITTER'], { unit: await makeUnit(em, rm) }));
  for (const kind of ['COMPLAINT', 'SUGGESTION', 'COMPLIMENT'] as const) await fileCase(app, submitter, kind);
});

describe('the cost limit', () => {
  it('lets the web app’s heaviest query through, signed in as a relationship manager (its queue), with no errors', async () => {
    const limit = app.services.env.GRAPHQL_MAX_COMPLEXITY;
    const costs = [...webOperations()].map(([name, document]) => ({
      name,
      cost: operationComplexity(schema, document, variablesFor(name, document)),
    }));
    costs.sort((a, b) => b.cost - a.cost);
    // When another query becomes the heaviest, run that one here (as the role that sends it).
    expect(costs[0]!.name).toBe('QueueRouteQuery');
    expect(costs.filter(({ cost }) => cost > limit)).toEqual([]);

    const queue = webOperations().get('QueueRouteQuery')!;
    const result = await app.execute<{ myQueue: { nodes: unknown[] } }>(
      print(queue),
      variablesFor('QueueRouteQuery', queue),
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.myQueue.nodes).toHaveLength(3);
  });

  it('refuses three of them in one request before running any', async () => {
    const queue = webOperations().get('QueueRouteQuery')!;
    const operation = queue.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    // The generated documents ask for __typename at every level (trusted documents): skip it.
    const field = operation.selectionSet.selections.find(
      (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value !== '__typename',
    )!;
    const copies = ['a', 'b', 'c'].map((alias): FieldNode => ({ ...field, alias: { kind: Kind.NAME, value: alias } }));
    const triple: DocumentNode = {
      ...queue,
      definitions: queue.definitions.map((d) =>
        d === operation ? { ...operation, selectionSet: { ...operation.selectionSet, selections: copies } } : d,
      ),
    };
    expect(operationComplexity(schema, triple)).toBeGreaterThan(app.services.env.GRAPHQL_MAX_COMPLEXITY);
    const result = await app.execute(print(triple), {}, manager);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['reason']])).toEqual([
      ['BAD_USER_INPUT', 'TOO_COMPLEX'],
    ]);
  });
});
