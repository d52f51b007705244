import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isObjectType, isInputObjectType, isEnumType } from 'graphql';
import { buildAppSchema, printAppSchema } from './schema.js';

describe('schema.graphql', () => {
  it('is the committed copy of what the resolvers build (run `pnpm codegen` when this fails)', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });

  it('documents every type and field', async () => {
    const schema = await buildAppSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      // The root types are described by their fields.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description && field.name !== 'id') undocumented.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type) && !type.description) undocumented.push(type.name);
    }
    expect(undocumented).toEqual([]);
  });
});
