import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { precacheManifest } from './precacheManifest.ts';

/** The service worker's file name in the built site (registered from the page as `./sw.js`). */
export const SERVICE_WORKER_FILE = 'sw.js';

const PLACEHOLDER = '__COHORTSCOPE_PRECACHE__';

/**
 * A Vite plugin (the site's build only) that makes the site an offline app: it builds the
 * service worker (`src/offline/serviceWorkerEntry.ts`) as `sw.js` beside `index.html` and,
 * once every file is written, puts the list of the built site's files with their content hashes
 * (`precacheManifest`) into it, so its cache is versioned with the build. The page registers it
 * when `import.meta.env.OFFLINE_CACHE` is set, which this plugin does.
 * @example plugins: [svelte(), offlineCache()]
 */
export function offlineCache(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'cohortscope-offline-cache',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    // tells the page to register the service worker (never on the dev server)
    config: () => ({ define: { 'import.meta.env.OFFLINE_CACHE': 'true' } }),
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: resolve(import.meta.dirname, 'serviceWorkerEntry.ts'),
        fileName: SERVICE_WORKER_FILE,
      });
    },
    async closeBundle() {
      const dir = resolve(config.root, config.build.outDir);
      const file = resolve(dir, SERVICE_WORKER_FILE);
      const code = await readFile(file, 'utf8');
      if (!code.includes(PLACEHOLDER)) throw new Error(`${SERVICE_WORKER_FILE}: no file list slot`);
      const manifest = await precacheManifest(dir, [SERVICE_WORKER_FILE]);
      await writeFile(file, code.replace(PLACEHOLDER, JSON.stringify(manifest)));
    },
  };
}
