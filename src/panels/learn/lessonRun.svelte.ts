import { onDestroy } from 'svelte';
import type { LessonResult, LessonTask } from '../../engine/lessons/index.ts';
import { getPool } from '../../state/getPool.ts';
import { WorkerRun } from '../../state/WorkerRun.svelte.ts';

/**
 * A lesson's run of one kind of task on its own lane of the app's worker pool: starting again
 * supersedes the running task (whose answer never lands), and when the lesson closes the run is
 * cancelled and the lane's workers are ended. Call during a component's initialisation.
 * @example const curve = lessonRun<FollowupTask>('lesson:follow-up'); $effect(() => void curve.start(task));
 */
export function lessonRun<T extends LessonTask>(lane: string): WorkerRun<T, LessonResult<T>[]> {
  let used = false;
  const run = new WorkerRun<T, LessonResult<T>[]>((pool, task, control) => {
    used = true;
    return pool.lesson(task, { ...control, lane });
  });
  onDestroy(() => {
    run.cancel();
    if (used) void getPool().then((pool) => pool.release(lane));
  });
  return run;
}
