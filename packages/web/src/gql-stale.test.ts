import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('generated GraphQL types', () => {
  it('match the schema and the operations (run `pnpm --filter @klankbord/web codegen` when this fails)', async () => {
    const previous = process.cwd();
    process.chdir(root);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as Array<{
        filename: string;
        content: string;
      }>;
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        expect({ file: output.filename, content: readFileSync(path.resolve(root, output.filename), 'utf8') }).toEqual({
          file: output.filename,
          content: output.content,
        });
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
