import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // Relative base: the built site works from any sub-path and from a plain folder.
  base: './',
  plugins: [svelte()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Builds the site once for every browser test file (they skip it when no Chromium is found).
    globalSetup: ['test/browser/globalSetup.ts'],
    testTimeout: 20_000,
  },
});
