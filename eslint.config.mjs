// @ts-check
/**
 * One lint configuration for the workspace: typescript-eslint with type information for every
 * package, React's hook rules for the web app, and the web app's GraphQL operations validated
 * against the server's emitted schema. Formatting is Prettier's job (eslint-config-prettier
 * switches off every rule it owns).
 */
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'packages/web/src/gql/**', '**/*.d.ts'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Framework contracts (Apollo plugin hooks, MikroORM migrations, test doubles) are async by
      // signature whether or not a given implementation awaits; the rule only adds noise there.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Test matchers (`expect.closeTo`, `expect.any`) are typed `any` by vitest; tests may pass them on.
    files: ['**/*.test.ts', '**/*.test.tsx', 'packages/*/e2e/**', 'packages/*/test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest']],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The web app's operations, pulled out of `graphql(`…`)` calls and checked against schema.graphql.
    files: ['packages/web/src/**/*.{ts,tsx}'],
    ignores: ['packages/web/src/gql/**'],
    processor: graphqlPlugin.processor,
  },
  {
    files: ['packages/web/src/**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: {
        graphQLConfig: {
          schema: 'packages/server/schema.graphql',
          documents: ['packages/web/src/**/*.{ts,tsx}'],
        },
      },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/operations-recommended'].rules,
      // Our convention (HOUSE-STYLE 12): operations are named after where they live and end in
      // Query/Mutation (`CaseDetailRouteQuery`); fragments are `Component_field` (`CaseHeader_case`).
      '@graphql-eslint/naming-convention': [
        'error',
        {
          OperationDefinition: { style: 'PascalCase', forbiddenPrefixes: ['get', 'Get'] },
          FragmentDefinition: { requiredPattern: /^[A-Z][A-Za-z0-9]*_[a-z][A-Za-z0-9]*$/ },
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
