import type { LessonResult, LessonTask } from '../../engine/lessons/index.ts';
import { poolRun } from '../../state/poolRun.svelte.ts';
import type { WorkerRun } from '../../state/WorkerRun.svelte.ts';

/**
 * A lesson's run of one kind of `LessonTask` on its own lane (see `poolRun`).
 * @example const curve = lessonRun<FollowupTask>('lesson:follow-up'); $effect(() => void curve.start(task));
 */
export function lessonRun<T extends LessonTask>(lane: string): WorkerRun<T, LessonResult<T>[]> {
  return poolRun<T, LessonResult<T>[]>(lane, (pool, task, control) =>
    pool.lesson(task, { ...control, lane }),
  );
}
