import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Typed operations from the server's committed schema (`pnpm codegen`); a unit test fails when they
 * are stale. The same run writes the trusted-documents manifest (`src/gql/persisted-documents.json`,
 * SHA-256 of each document → the document): the web build ships it and the server, in production,
 * runs only these documents for people signed in through the web app.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  // The browser suite's own operations (e2e/) are typed the same way. They land in the manifest
  // too: the client preset has one `graphql()` for every document it sees, and a second generated
  // client for the tests alone would be a second copy of every type. They are few and read-only
  // or already allowed to the people who send them (the policy checks the document, not the rights).
  documents: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // The hash is the plain hex SHA-256 of the document, as Apollo's persisted-query link sends it.
        persistedDocuments: {
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      // Apollo Client adds __typename to every selection before sending; the manifest's documents
      // must already have them, since the server answers a hash with the manifest's text.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
