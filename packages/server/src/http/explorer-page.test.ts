import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../graphql/schema.js';
import { EXPLORER_DEFAULT_QUERY, EXPLORER_PAGE } from './explorer-page.js';

describe('the GraphQL explorer', () => {
  it('opens with an operation that parses and is valid against the schema', async () => {
    const inPage = /<textarea id="query">([^<]*)<\/textarea>/.exec(EXPLORER_PAGE)?.[1];
    expect(inPage).toBe(EXPLORER_DEFAULT_QUERY);
    const document = parse(inPage!);
    expect(validate(await buildAppSchema(), document)).toEqual([]);
  });
});
