// How the worker pool is sized and what one lesson task may hold. The caps on what a user may ask
// for (replicates, studies, ensembles, workers) are the engine's, in `src/engine/limits.ts`.

/** Largest number of items in one lesson task. */
export const MAX_LESSON_ITEMS = 100000;
/** Largest pool by default (cores beyond it are left alone); a pool asks for at most `MAX_WORKERS`. */
export const MAX_POOL_SIZE = 8;

/** The pool's default number of workers: the cores, at most `MAX_POOL_SIZE` (4 when unknown). */
export function defaultPoolSize(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 4;
  return Math.max(1, Math.min(cores, MAX_POOL_SIZE));
}
/**
 * Longest a Monte Carlo worker may stay silent in a call before it counts as hung and is
 * restarted: a working worker reports progress every 100 ms, and one replicate, study, cohort or
 * lesson item takes far less than this even on a loaded machine.
 */
export const WORKER_SILENCE_MS = 15_000;
/** Longest wait for a started import worker to answer before the file is read on the page. */
export const IMPORT_START_MS = 10_000;
/**
 * Longest wait for the import worker's result before the file is read on the page instead:
 * far above the few seconds a 20 MB file takes, so only a worker that died silently reaches it.
 */
export const IMPORT_WORKER_MS = 120_000;
