import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from '../src/gql';

/**
 * GraphQL over HTTP for the browser tests: each test creates the rows it needs through the same
 * API the app uses (signed in as a demo person with dev sign-in), instead of relying on what an
 * earlier test left behind. Operations are typed by codegen like the app's own.
 */

const E2eDemoPeopleQuery = graphql(`
  query E2eDemoPeopleQuery {
    demoPeople {
      id
      displayName
    }
  }
`);

const E2eDevSignInMutation = graphql(`
  mutation E2eDevSignInMutation($personId: ID!) {
    devSignIn(personId: $personId) {
      token
      person {
        id
        displayName
      }
    }
  }
`);

/** One demo person's side of the API. */
export interface Caller {
  personId: string;
  displayName: string;
  request<Result, Variables extends Record<string, unknown>>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
  ): Promise<Result>;
}

async function post<Result, Variables>(
  baseUrl: string,
  token: string | null,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as {
    data?: Result | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length || !body.data)
    throw new Error(`GraphQL refused ${print(document).split('\n')[0]}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in over the API as the demo person with this name (dev sign-in, as the sign-in page does). */
export async function signInAs(baseUrl: string, displayName: string): Promise<Caller> {
  const { demoPeople } = await post(baseUrl, null, E2eDemoPeopleQuery, {});
  const person = demoPeople.find((p) => p.displayName === displayName);
  if (!person) throw new Error(`No demo person named ${displayName}.`);
  const { devSignIn } = await post(baseUrl, null, E2eDevSignInMutation, { personId: person.id });
  return {
    personId: devSignIn.person.id,
    displayName,
    request: (document, variables) => post(baseUrl, devSignIn.token, document, variables),
  };
}

/** A few random hex characters, so what a test creates is its own (titles, descriptions). */
export const uniqueSuffix = () => randomBytes(3).toString('hex');
