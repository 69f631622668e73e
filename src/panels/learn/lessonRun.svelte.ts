import { onDestroy } from 'svelte';
import type { LessonResult, LessonTask } from '../../engine/lessons/index.ts';
import { WorkerRun, type RunJob } from '../../state/WorkerRun.svelte.ts';

/**
 * A lesson's `WorkerRun` on its own lane of the app's worker pool: starting again supersedes
 * the running job (whose answer never lands), and when the lesson closes the run is disposed of
 * (cancelled, and the lane's workers ended). Call during a component's initialisation.
 * @example const run = poolRun('lesson:bootstrap', (pool, cohort, control) => pool.bootstrap(cohort, { reps: 1e4, seed: 's', lane: 'lesson:bootstrap', ...control }));
 */
export function poolRun<I, R>(lane: string, job: RunJob<I, R>): WorkerRun<I, R> {
  const run = new WorkerRun<I, R>(job, { lane });
  onDestroy(() => run.dispose());
  return run;
}

/**
 * A lesson's run of one kind of `LessonTask` on its own lane (see `poolRun`).
 * @example const curve = lessonRun<FollowupTask>('lesson:follow-up'); $effect(() => void curve.start(task));
 */
export function lessonRun<T extends LessonTask>(lane: string): WorkerRun<T, LessonResult<T>[]> {
  return poolRun<T, LessonResult<T>[]>(lane, (pool, task, control) =>
    pool.lesson(task, { ...control, lane }),
  );
}
