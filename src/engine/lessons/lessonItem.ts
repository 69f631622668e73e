import { chunkRng } from '../montecarlo/chunkRng.ts';
import { simulateCohort } from '../montecarlo/simulateCohort.ts';
import { validateScenario } from '../montecarlo/validateScenario.ts';
import type { Scenario } from '../montecarlo/scenario.ts';
import { intervalTable } from '../intervalTable.ts';
import { adjustScenario } from './adjustScenario.ts';
import { coverageAt } from './coverageAt.ts';
import { dorWidthAt } from './dorWidthAt.ts';
import { followupSummary } from './followupSummary.ts';
import type { LessonResult, LessonTask } from './lessonTask.ts';
import { replicateEstimates } from './replicateEstimates.ts';
import { simulateResponders } from './simulateResponders.ts';

function checked(scenario: Scenario): Scenario {
  const result = validateScenario(scenario);
  if (!result.ok) throw new RangeError(`invalid scenario: ${result.issues.join('; ')}`);
  return result.scenario;
}

/**
 * Computes item `index` of a lesson task, the same on any thread: a worker runs a range of items
 * and the page joins them in order. Throws a RangeError for an index outside the task or an
 * invalid scenario. Assumes a task built as `LessonTask` describes.
 * Reference: the lesson functions it calls (`replicateEstimates`, `followupSummary`, …).
 * @example lessonItem({ kind: 'interval-bounds', ns: [18], method: 'wilson', level: 0.95 }, 0).length // 38
 */
export function lessonItem<T extends LessonTask>(task: T, index: number): LessonResult<T> {
  return itemOf(task, index) as LessonResult<T>;
}

function itemOf(task: LessonTask, i: number): LessonResult<LessonTask> {
  switch (task.kind) {
    case 'replicates': {
      inRange(i, task.count);
      const study = simulateCohort(checked(task.scenario), {
        rng: chunkRng(task.seed, task.first + i),
      });
      return replicateEstimates(study, task.estimates);
    }
    case 'responders':
      inRange(i, task.count);
      return simulateResponders(task.n, task.p, { rng: chunkRng(task.seed, task.first + i) });
    case 'follow-up':
      inRange(i, task.followupWk.length);
      return followupSummary(checked(task.scenario), {
        followupWk: task.followupWk[i],
        studies: task.studies,
        seed: task.seed,
        transform: task.transform,
      });
    case 'dor-width': {
      inRange(i, task.ns.length);
      const scenario = checked(adjustScenario(task.scenario, { n: task.ns[i] }));
      return dorWidthAt(scenario, {
        reps: task.reps,
        seed: `${task.seed}-${task.ns[i]}`,
        transform: task.transform,
      });
    }
    case 'interval-bounds': {
      inRange(i, task.ns.length);
      const { method, level } = task;
      // A copy: the result may be transferred to another thread, which would empty the cache's.
      return intervalTable(task.ns[i], { method, level }).slice();
    }
    case 'coverage':
      inRange(i, task.ps.length);
      return coverageAt(task.n, task.ps[i], { level: task.level });
  }
}

function inRange(i: number, size: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= size) {
    throw new RangeError(`item ${i} is outside the task (0 to ${size - 1})`);
  }
}
