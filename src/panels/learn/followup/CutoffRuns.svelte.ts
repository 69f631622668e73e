import { untrack } from 'svelte';
import type { FollowupSummary, LessonTask } from '../../../engine/lessons/index.ts';
import type { Scenario } from '../../../engine/montecarlo/scenario.ts';
import type { KmTransform } from '../../../engine/report.ts';
import type { WorkerRun } from '../../../state/WorkerRun.svelte.ts';
import { lessonRun } from '../lessonRun.svelte.ts';
import { followupGrid } from './followupGrid.ts';

type FollowupTask = Extract<LessonTask, { kind: 'follow-up' }>;

/** What the runs simulate, each read on its own so that each run restarts only for its inputs. */
export interface CutoffRunsInputs {
  scenario: () => Scenario | null;
  /** Random stream name; study k comes from its chunk k. */
  seed: () => string;
  transform: () => KmTransform;
  /** The curves run from 0 to this many weeks of follow-up. */
  longestWk: () => number;
  /** The chosen cut-off, in weeks of follow-up after the last patient started. */
  followupWk: () => number;
}

/**
 * The follow-up lesson's simulations on the worker pool: the curves against the cut-off on the
 * `lesson:follow-up` lane and the answer at the chosen cut-off on `lesson:follow-up-now`, so
 * moving the cut-off never restarts the curves. A result is shown only while it belongs to the
 * scenario and seed on screen.
 * Create it during a component's initialisation: the runs and their restarts belong to that component.
 * @example const runs = new CutoffRuns({ scenario: () => s, seed: () => 'followup-1', transform: () => 'log-log', longestWk: () => 21, followupWk: () => 4 }, { studies: 200, steps: 41 }); runs.current?.notReached
 */
export class CutoffRuns {
  readonly studies: number;
  #inputs: CutoffRunsInputs;
  #curveRun = lessonRun<FollowupTask>('lesson:follow-up');
  #nowRun = lessonRun<FollowupTask>('lesson:follow-up-now');
  #curve = $derived.by(() => this.#rowsOf(this.#curveRun));
  #current = $derived.by(() => this.#rowsOf(this.#nowRun)[0] ?? null);

  constructor(inputs: CutoffRunsInputs, { studies, steps }: { studies: number; steps: number }) {
    this.#inputs = inputs;
    this.studies = studies;
    $effect(() => {
      const task = this.#task(followupGrid(inputs.longestWk(), steps));
      if (task) untrack(() => void this.#curveRun.start(task));
    });
    $effect(() => {
      const task = this.#task([inputs.followupWk()]);
      if (task) untrack(() => void this.#nowRun.start(task));
    });
  }

  /** One summary per follow-up from 0 to the longest, or none until they are in. */
  get curve(): FollowupSummary[] {
    return this.#curve;
  }
  /** The summary at the chosen cut-off, or `null` until it is in. */
  get current(): FollowupSummary | null {
    return this.#current;
  }
  /** Whether either simulation failed. */
  get failed(): boolean {
    return this.#curveRun.status === 'failed' || this.#nowRun.status === 'failed';
  }
  /** Why a simulation failed, or `null`. */
  get error(): string | null {
    return this.#curveRun.error ?? this.#nowRun.error;
  }

  #task(followupWk: number[]): FollowupTask | null {
    // The scenario is plain data (derived, never deep state), so it crosses to a worker as it is;
    // a snapshot would copy every number of it one by one.
    const scenario = this.#inputs.scenario();
    return (
      scenario && {
        kind: 'follow-up',
        scenario,
        seed: this.#inputs.seed(),
        studies: this.studies,
        followupWk,
        transform: this.#inputs.transform(),
      }
    );
  }

  /** A finished run's rows, if it belongs to the scenario and seed on screen. */
  #rowsOf(run: WorkerRun<FollowupTask, FollowupSummary[]>): FollowupSummary[] {
    const inputs = run.inputs;
    if (!inputs || !run.result || inputs.seed !== this.#inputs.seed()) return [];
    // The same scenario object: a new one (new settings) starts new runs anyway.
    return inputs.scenario === this.#inputs.scenario() ? run.result : [];
  }
}
