import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MAX_POOL_SIZE } from './limits.ts';
import { MonteCarloPool } from './pool.ts';
import type { WorkerHandle } from './workerHandle.ts';

/** The URL of tsx's ESM API (`tsx/esm/api`, import condition), read from its package exports. */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require('tsx/package.json') as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href;
}

/**
 * Names a compiled Monte Carlo worker (JavaScript) for a pool running from source; the unit
 * tests build one from the sources once per run, which starts ten times faster than tsx.
 */
export const NODE_WORKER_ENV = 'COHORTSCOPE_NODE_WORKER';

/**
 * Starts one Node worker thread running the Monte Carlo worker. Compiled (the `cohortscope`
 * command, where this module is JavaScript beside `montecarlo.node-worker.js`), the worker loads
 * that file. From source (tests, `npm run cli`), it loads the file named by
 * `COHORTSCOPE_NODE_WORKER` if set, else its TypeScript entry through tsx's `tsImport` (on
 * Node 20 a worker ignores `--import tsx` for its entry module).
 * @example const handle = spawnNodeWorker(); handle.terminate();
 */
export function spawnNodeWorker(): WorkerHandle {
  if (!import.meta.url.endsWith('.ts')) {
    return nodeWorkerHandle(new Worker(new URL('./montecarlo.node-worker.js', import.meta.url)));
  }
  const compiled = process.env[NODE_WORKER_ENV];
  if (compiled) return nodeWorkerHandle(new Worker(compiled));
  const entry = new URL('./montecarlo.node-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return nodeWorkerHandle(new Worker(boot, { eval: true }));
}

/**
 * Wraps a Node worker thread as a pool's worker handle: a comlink endpoint through comlink's
 * Node adapter, and crash reports for an uncaught error or an exit the pool did not ask for.
 * @example nodeWorkerHandle(new Worker(url)).terminate()
 */
export function nodeWorkerHandle(worker: Worker): WorkerHandle {
  let ended = false;
  let crashed: ((message: string) => void) | null = null;
  worker.on('error', (error: Error) => crashed?.(error.message));
  worker.on('exit', (code) => {
    if (!ended) crashed?.(`the worker exited with code ${code}`);
  });
  return {
    endpoint: nodeEndpoint(worker),
    terminate: () => {
      ended = true;
      void worker.terminate();
    },
    onCrash: (listener) => (crashed = listener),
  };
}

/**
 * A Monte Carlo pool of Node worker threads, for the CLI and tests; default size
 * min(available cores, 8).
 * @example const pool = nodeMonteCarloPool({ size: 2 }); await pool.bootstrap(cohort, { reps: 1e5, seed: 's' }); pool.terminate();
 */
export function nodeMonteCarloPool({ size }: { size?: number } = {}): MonteCarloPool {
  return new MonteCarloPool({
    size: size ?? Math.min(availableParallelism(), MAX_POOL_SIZE),
    spawn: spawnNodeWorker,
  });
}
