import { untrack } from 'svelte';
import type { Cohort } from '../../../engine/cohort.ts';
import type { BootstrapReport } from '../../../engine/montecarlo/bootstrapReport.ts';
import type { RunStatus } from '../../../state/WorkerRun.svelte.ts';
import { poolRun } from '../../../state/poolRun.svelte.ts';
import { bootstrapSpread, type BootstrapSpread } from './bootstrapSpread.ts';

/**
 * A large bootstrap of the cohort on the worker pool's `lesson:bootstrap` lane, run again
 * whenever the cohort or the seed changes, that tells where the resamples drawn one by one are
 * heading. Its spread is shown only while it belongs to the seed on screen.
 * Create it during a component's initialisation: the run and its restarts belong to that component.
 * @example const background = new BackgroundBootstrap(() => ({ cohort, seed: 'swimmers-1' }), { reps: 20_000 }); background.spread?.orr
 */
export class BackgroundBootstrap {
  readonly reps: number;
  #inputs: () => { cohort: Cohort; seed: string };
  #run = poolRun<{ cohort: Cohort; seed: string }, BootstrapReport>(
    'lesson:bootstrap',
    (pool, inputs, control) =>
      pool.bootstrap(inputs.cohort, {
        reps: this.reps,
        seed: inputs.seed,
        lane: 'lesson:bootstrap',
        ...control,
      }),
  );
  #spread = $derived.by((): BootstrapSpread | null => {
    const report = this.#run.result;
    return report && this.#run.inputs?.seed === this.#inputs().seed
      ? bootstrapSpread(report)
      : null;
  });

  constructor(inputs: () => { cohort: Cohort; seed: string }, { reps }: { reps: number }) {
    this.#inputs = inputs;
    this.reps = reps;
    $effect(() => {
      // The cohort is plain data (the app keeps it as raw state), so it crosses to a worker as it
      // is; a snapshot would copy every value of every patient one by one.
      const { cohort, seed } = inputs();
      untrack(() => void this.#run.start({ cohort, seed }));
    });
  }

  /** The middle 95% of the background resamples, or `null` until they are in. */
  get spread(): BootstrapSpread | null {
    return this.#spread;
  }
  get status(): RunStatus {
    return this.#run.status;
  }
  /** Why the run failed, or `null`. */
  get error(): string | null {
    return this.#run.error;
  }
}
