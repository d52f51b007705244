import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // swc emits the decorator metadata type-graphql and MikroORM read (esbuild does not).
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: {
      // Tests run the domain package from source, like `pnpm dev` does.
      '@klankbord/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
      // One copy of graphql, or type-graphql and Apollo disagree ("another module or realm").
      graphql: 'graphql/index.js',
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
