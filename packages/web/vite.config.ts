import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Ships the trusted-documents manifest codegen wrote with the build (`dist/persisted-documents.json`):
 * the server reads it from the web app it serves, so the two always match. It holds nothing the
 * bundle does not: the same documents are in the JavaScript.
 */
const trustedDocuments = (): Plugin => ({
  name: 'klankbord-trusted-documents',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'persisted-documents.json',
      source: readFileSync(new URL('src/gql/persisted-documents.json', import.meta.url)),
    });
  },
});

export default defineConfig({
  plugins: [react(), trustedDocuments()],
  resolve: {
    // The web app runs the domain package from source, like the server's tests do.
    alias: { '@klankbord/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)) },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/auth/config.json': 'http://127.0.0.1:4000' } },
  build: {
    rollupOptions: {
      output: {
        // Keep every chunk well under 500 kB, and only charts-pages pay for the charts. Chunks are
        // chosen by package name, not by a substring of the path: "react" used to catch react-router
        // and react-redux too, whose own imports (cookie, use-sync-external-store) landed in
        // "vendor" and imported "react" back — a circular chunk.
        manualChunks: (id) => {
          const name = packageName(id);
          return name ? (CHUNKS.find(([, test]) => test.test(name))?.[0] ?? 'vendor') : undefined;
        },
      },
    },
  },
});

/** The npm package a module belongs to (`@scope/name` or `name`), or null for our own source. */
function packageName(id: string): string | null {
  return /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? null;
}

/** Chunk per package; the first match wins. React itself imports no other package, so nothing cycles through it. */
const CHUNKS: Array<[string, RegExp]> = [
  ['react', /^(react|react-dom|scheduler)$/],
  // Recharts and what only it uses (its Redux store, d3 through victory-vendor, decimal maths).
  ['d3', /^(victory-vendor|d3-.*|internmap)$/],
  [
    'charts',
    /^(recharts|@reduxjs\/toolkit|redux|redux-thunk|react-redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|use-sync-external-store|tiny-invariant)$/,
  ],
  ['graphql', /^(@apollo\/.*|graphql|graphql-tag|rxjs|@wry\/.*|optimism|@graphql-typed-document-node\/.*)$/],
  ['domain-libs', /^(libphonenumber-js|temporal-polyfill|@js-temporal\/.*)$/],
  ['intl', /^(react-intl|@formatjs\/.*|intl-messageformat)$/],
];
