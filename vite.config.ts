import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

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

export default defineConfig({
  // Relative base: the built site works from any sub-path and from a plain folder.
  base: './',
  plugins: [svelte(), contentSecurityPolicy()],
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
