import type { Scenario } from '../montecarlo/scenario.ts';
import type { KmTransform, ProportionMethod } from '../report.ts';
import type { DorWidth } from './dorWidthAt.ts';
import type { FollowupSummary } from './followupSummary.ts';
import type { EstimateOptions, ReplicateEstimates } from './replicateEstimates.ts';

/**
 * A piece of lesson work that splits into independent items, so a worker pool can share it out:
 * replicate studies `first..first + count - 1` (stream k of `seed` for study k), analysed in full
 * or only counted (responders among n with probability p); a follow-up
 * summary per cut-off; a median-DOR precision per study size; the interval bounds per study size;
 * the exact coverage of the five intervals per true rate.
 * Plain data, so it crosses to a worker by structured clone.
 */
export type LessonTask =
  | {
      kind: 'replicates';
      scenario: Scenario;
      seed: string;
      first: number;
      count: number;
      estimates: EstimateOptions;
    }
  | {
      kind: 'follow-up';
      scenario: Scenario;
      seed: string;
      studies: number;
      followupWk: number[];
      transform: KmTransform;
    }
  | {
      kind: 'dor-width';
      scenario: Scenario;
      seed: string;
      reps: number;
      ns: number[];
      transform: KmTransform;
    }
  | { kind: 'responders'; n: number; p: number; seed: string; first: number; count: number }
  | { kind: 'interval-bounds'; ns: number[]; method: ProportionMethod; level: number }
  | { kind: 'coverage'; n: number; level: number; ps: number[] };

/** The result of one item of each kind of lesson task. */
export interface LessonResults {
  replicates: ReplicateEstimates;
  responders: number;
  'follow-up': FollowupSummary;
  'dor-width': DorWidth;
  'interval-bounds': Float64Array;
  coverage: Record<ProportionMethod, number>;
}

/** The result of one item of task T. */
export type LessonResult<T extends LessonTask> = LessonResults[T['kind']];

/**
 * How many independent items a lesson task has.
 * @example lessonTaskSize({ kind: 'interval-bounds', ns: [1, 2, 3], method: 'wilson', level: 0.95 }) // 3
 */
export function lessonTaskSize(task: LessonTask): number {
  switch (task.kind) {
    case 'replicates':
    case 'responders':
      return task.count;
    case 'follow-up':
      return task.followupWk.length;
    case 'dor-width':
    case 'interval-bounds':
      return task.ns.length;
    case 'coverage':
      return task.ps.length;
  }
}
