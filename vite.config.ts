import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlineCache } from './src/offline/offlineCachePlugin.ts';

/**
 * The built site's Content-Security-Policy: scripts, styles, workers and requests only from the
 * site itself, no inline script. Added at build time only: the dev server injects styles inline.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const contentSecurityPolicy = (): Plugin => ({
  name: 'cohortscope-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/** Test files that drive Chromium or build the site: the `browser` project; the rest are `unit`. */
export const BROWSER_TESTS = ['test/browser/**/*.test.ts', 'test/**/*.browser.test.ts'];

export default defineConfig({
  // Relative base: the built site works from any sub-path and from a plain folder.
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), offlineCache()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // `npm test` runs both projects; `npm run test:unit` and `npm run test:browser` one each.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: BROWSER_TESTS,
          // The Node suites share one module graph per worker: most of their time was imports.
          isolate: false,
          // Compiles the Node Monte Carlo worker once, so pools start without tsx.
          globalSetup: ['test/worker/globalSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          // Builds the site once for every browser test file (they skip it when no Chromium is found).
          globalSetup: ['test/browser/globalSetup.ts'],
        },
      },
    ],
  },
});
