import type { DesignResult, DesignTask, MonteCarloWorkerApi } from '../api.ts';
import type { Job } from '../Lanes.ts';

/**
 * A design computation (`runDesignTask`: Simon's search, a monitoring rule's boundaries and exact
 * characteristics) as a pool job: one call to one worker of the lane "design:" and the task's
 * kind, so the page stays responsive however long the search takes; a newer task supersedes it
 * and cancelling ends the worker.
 * @example await lanes.run(designJob({ kind: 'simon', p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 100 }))
 */
export function designJob<T extends DesignTask>(
  task: T,
): Job<MonteCarloWorkerApi, DesignResult<T>> {
  return {
    lane: `design:${task.kind}`,
    total: 1,
    async execute({ spread }) {
      const [result] = await spread(1, (remote) => remote.designTask(task) as Promise<unknown>);
      return result as DesignResult<T>;
    },
  };
}
