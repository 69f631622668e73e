import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { inject } from 'vitest';

/** Name of the environment variable through which a global setup shares one build. */
export const DIST_ENV = 'COHORTSCOPE_BROWSER_DIST';

/**
 * Builds the app for production with the project's Vite config into a fresh temporary folder and returns it,
 * unless a global setup already did (its folder is provided as `cohortscopeDist`, or in
 * `COHORTSCOPE_BROWSER_DIST`).
 */
export async function buildSite(): Promise<{ dir: string; owned: boolean }> {
  let provided: string | undefined;
  try {
    provided = (inject as (key: string) => string | undefined)('cohortscopeDist');
  } catch {
    provided = undefined; // called outside a test file
  }
  const shared = provided ?? process.env[DIST_ENV];
  if (shared && existsSync(join(shared, 'index.html'))) return { dir: shared, owned: false };
  const dir = await mkdtemp(join(tmpdir(), 'cohortscope-site-'));
  // The test runner sets NODE_ENV=test, under which Vite makes a development build (Svelte's
  // dev checks, other chunks): build what `npm run build` ships instead.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: resolve(import.meta.dirname, '../..'),
      configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir: dir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return { dir, owned: true };
}

/** Removes a folder made by {@link buildSite} (only if it made it). */
export async function removeSite(site: { dir: string; owned: boolean }): Promise<void> {
  if (site.owned) await rm(site.dir, { recursive: true, force: true });
}
