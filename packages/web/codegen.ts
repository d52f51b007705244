import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the server's committed schema (`pnpm codegen`); a unit test fails when they are stale. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  // The browser suite's own operations (e2e/) are typed the same way.
  documents: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
