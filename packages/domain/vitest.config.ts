import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The code, not the machine, decides time zones.
    env: { TZ: 'UTC' },
  },
});
