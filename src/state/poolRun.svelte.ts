import { onDestroy } from 'svelte';
import { WorkerRun, type RunJob } from './WorkerRun.svelte.ts';

/**
 * A screen's own `WorkerRun` on its own lane of the app's worker pool: starting again supersedes
 * the running job (whose answer never lands), and when the component that made it closes, the
 * run is disposed of (cancelled, and the lane's workers ended). Call during a component's
 * initialisation (lessons, the Design tab).
 * @example const run = poolRun('lesson:bootstrap', (pool, cohort, control) => pool.bootstrap(cohort, { reps: 1e4, seed: 's', lane: 'lesson:bootstrap', ...control }));
 */
export function poolRun<I, R>(lane: string, job: RunJob<I, R>): WorkerRun<I, R> {
  const run = new WorkerRun<I, R>(job, { lane });
  onDestroy(() => run.dispose());
  return run;
}
