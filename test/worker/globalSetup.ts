import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { NODE_WORKER_ENV } from '../../src/worker/nodePool.ts';

const root = resolve(import.meta.dirname, '../..');

/** Compiles the command line, and with it the Node Monte Carlo worker, into `dir`. */
async function buildWorker(dir: string): Promise<void> {
  await build({
    root,
    configFile: resolve(root, 'vite.cli.config.ts'),
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true },
  });
}

/**
 * Vitest global setup of the unit tests: compiles the Node Monte Carlo worker from the sources
 * once per run (again when watch mode reruns) and names it in `COHORTSCOPE_NODE_WORKER`, so the
 * pools the tests start load it in a few milliseconds instead of through tsx.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'cohortscope-worker-'));
  await buildWorker(dir);
  process.env[NODE_WORKER_ENV] = join(dir, 'montecarlo.node-worker.js');
  project.onTestsRerun(() => buildWorker(dir));
  return () => rm(dir, { recursive: true, force: true });
}
