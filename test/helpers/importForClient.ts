import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

/**
 * Builds the module `entry` with Svelte compiled for the browser and imports it in Node. Vitest
 * gives Node tests Svelte's server build, where `$derived` recomputes on every read and
 * `$effect` never runs; state classes whose contract is about when things are computed are
 * tested through this build instead. Without a DOM, only code that needs none can run.
 * @example const { AppState, flushSync } = await importForClient<typeof import('./entry.ts')>(new URL('./entry.ts', import.meta.url));
 */
export async function importForClient<T>(entry: URL): Promise<T> {
  const outDir = mkdtempSync(join(tmpdir(), 'cohortscope-client-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: fileURLToPath(new URL('../..', import.meta.url)),
      plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        target: 'es2022',
        lib: { entry: fileURLToPath(entry), formats: ['es'], fileName: 'entry' },
        // One file: the folder is gone once the entry is imported, and the app loads some of its
        // modules on demand (the link's compression, the file readers).
        rolldownOptions: { checks: { bundlerTimings: false }, output: { codeSplitting: false } },
      },
    });
    return (await import(pathToFileURL(join(outDir, 'entry.js')).href)) as T;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
