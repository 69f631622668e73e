import { lessonTaskSize } from '../../engine/lessons/lessonTask.ts';
import type { LessonOptions, LessonResult, LessonTask, MonteCarloWorkerApi } from '../api.ts';
import type { Job } from '../Lanes.ts';
import { MAX_LESSON_ITEMS } from '../limits.ts';

/**
 * A lesson task (see `LessonTask`) as a pool job: its items shared out in ranges over the lane's
 * workers and returned in order, the same whatever the pool size. The lane (default `lesson:`
 * and the task's kind) is cooperative: a superseded task stops between items and its workers
 * stay warm. Throws a RangeError for an empty or oversized task.
 * @example await lanes.run(lessonJob({ kind: 'interval-bounds', ns: [18], method: 'wilson', level: 0.95 }))
 */
export function lessonJob<T extends LessonTask>(
  task: T,
  { lane = `lesson:${task.kind}` }: LessonOptions = {},
): Job<MonteCarloWorkerApi, LessonResult<T>[]> {
  const total = lessonTaskSize(task);
  if (!Number.isInteger(total) || total < 1 || total > MAX_LESSON_ITEMS) {
    throw new RangeError(`a lesson task has 1 to ${MAX_LESSON_ITEMS} items, got ${total}`);
  }
  return {
    lane,
    cooperative: true,
    total,
    async execute({ spread }) {
      const groups = await spread(total, (remote, range, progress) =>
        remote.lessonItems(task, range, progress),
      );
      return groups.flat() as LessonResult<T>[];
    },
  };
}
