import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The web app runs the domain package from source, like the server's tests do.
    alias: { '@klankbord/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)) },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: {
    rollupOptions: {
      output: {
        // Keep every chunk well under 500 kB: charts, GraphQL and the date/phone libraries apart.
        manualChunks: (id) => {
          if (!id.includes('node_modules')) return undefined;
          if (/recharts|d3-|victory/.test(id)) return 'charts';
          if (/@apollo|graphql|rxjs/.test(id)) return 'graphql';
          if (/libphonenumber|temporal/.test(id)) return 'domain-libs';
          if (/react-intl|@formatjs|intl-/.test(id)) return 'intl';
          if (/react|scheduler/.test(id)) return 'react';
          return 'vendor';
        },
      },
    },
  },
});
