import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import type { Cohort, ResponseCode } from '../engine/cohort.ts';
import type { BootstrapReport } from '../engine/montecarlo/bootstrapReport.ts';
import type { Scenario } from '../engine/montecarlo/scenario.ts';
import type { SimulationReport } from '../engine/montecarlo/simulationReport.ts';
import { studyStatistics } from '../engine/montecarlo/studyStatistics.ts';
import { narrowToResponders } from '../engine/narrowToResponders.ts';
import { ensembleRun } from './ensembleRun.ts';
import type { ViewId } from './urlState.ts';
import { WorkerRun } from './WorkerRun.svelte.ts';

/** The inputs a bootstrap result belongs to. */
export interface BootstrapInputs {
  cohort: Cohort;
  reps: number;
  seed: number;
  level: number;
  responders: readonly ResponseCode[];
}

/** The inputs a re-simulation result belongs to. */
export interface ResimInputs {
  cohort: Cohort;
  /**
   * Who counts as a responder: the predictive check reads the cohort as this definition counts
   * it (`narrowToResponders`), as the fitted scenario simulates it. CR, PR and IMP by default.
   */
  responders?: readonly ResponseCode[];
  scenario: Scenario;
  trials: number;
  seed: number;
  level: number;
}

/** A finished bootstrap as the JSON report gives it. */
export interface BootstrapRecord {
  reps: number;
  seed: number;
  level: number;
  responders: ResponseCode[];
  results: unknown;
}

/** A view whose panel runs a Monte Carlo job of the app. */
export type RunView = 'bootstrap' | 'resim';

/**
 * The app's runs on the worker pool: the bootstrap of the cohort on screen, the re-simulation of
 * studies like it and the reconstruction of cohorts from a published summary, each with its last
 * result and the inputs it belongs to, and the view whose run a just-opened link asks to reproduce.
 * @example const runs = new MonteCarloRuns(() => loader.cohort); await runs.bootstrap.start(inputs);
 */
export class MonteCarloRuns {
  #cohort: () => Cohort | null;
  /** The view whose run a just-opened link asks to reproduce, until its panel starts it. */
  #pending: RunView | null = null;

  /** The bootstrap of the cohort on screen. */
  readonly bootstrap = new WorkerRun<BootstrapInputs, BootstrapReport>((pool, i, control) =>
    pool.bootstrap(i.cohort, {
      reps: i.reps,
      seed: String(i.seed),
      level: i.level,
      responders: i.responders,
      ...control,
    }),
  );
  /**
   * Re-simulation of studies like this one from a scenario, with the predictive check of the
   * cohort's own statistics (`studyStatistics`) among them.
   */
  readonly resim = new WorkerRun<ResimInputs, SimulationReport>((pool, i, control) =>
    pool.simulate(i.scenario, {
      trials: i.trials,
      seed: String(i.seed),
      level: i.level,
      observed: studyStatistics(
        narrowToResponders(i.cohort, i.responders ?? DEFAULT_ANALYSIS_OPTIONS.responders).patients,
      ),
      ...control,
    }),
  );

  /** Cohorts reconstructed from a published summary; kept across tabs, and when the cohort changes. */
  readonly reconstruct = ensembleRun();

  /** `cohort` reads the cohort on screen: only results computed from it are reported. */
  constructor(cohort: () => Cohort | null) {
    this.#cohort = cohort;
  }

  /**
   * The finished bootstrap of the cohort on screen with its inputs (the level and responder
   * definition it ran with, which may differ from the settings now), for the JSON report.
   */
  get bootstrapRecord(): BootstrapRecord | null {
    const i = this.bootstrap.inputs;
    if (!i || i.cohort !== this.#cohort() || !this.bootstrap.result) return null;
    return {
      reps: i.reps,
      seed: i.seed,
      level: i.level,
      responders: [...i.responders],
      results: this.bootstrap.result,
    };
  }
  /** The finished re-simulation with its inputs, for the JSON report. */
  get resimRecord(): { trials: number; seed: number; scenario: unknown; results: unknown } | null {
    const i = this.resim.inputs;
    if (!i || i.cohort !== this.#cohort() || !this.resim.result) return null;
    return { trials: i.trials, seed: i.seed, scenario: i.scenario, results: this.resim.result };
  }

  /** Notes that a link opened on `view`, so that its panel starts the run the link describes. */
  linkOpened(view: ViewId): void {
    this.#pending = view === 'bootstrap' || view === 'resim' ? view : null;
  }

  /**
   * Whether the panel of `view` should start its run at once because a shared link opened on
   * it (so the colleague sees the same numbers without pressing Run); true only once.
   */
  takePendingRun(view: RunView): boolean {
    if (this.#pending !== view) return false;
    this.#pending = null;
    return true;
  }

  /**
   * Cancels the bootstrap and the re-simulation and forgets their results (when the cohort they
   * belong to is replaced); the reconstruction does not depend on the cohort on screen.
   */
  clear(): void {
    this.bootstrap.clear();
    this.resim.clear();
  }
}
