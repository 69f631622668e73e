import { analyze } from '../engine/analyze.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import type { Cohort, ResponseCode } from '../engine/cohort.ts';
import { dorObservations } from '../engine/dorObservations.ts';
import { kaplanMeier, type KmCurve } from '../engine/kaplanMeier.ts';
import {
  fitScenario,
  type FitScenarioOptions,
  type FittedScenario,
} from '../engine/montecarlo/fitScenario.ts';
import type { Scenario } from '../engine/montecarlo/scenario.ts';
import type { AnalysisReport } from '../engine/report.ts';
import { ttrObservations } from '../engine/ttrObservations.ts';
import type { MonteCarloPool } from '../worker/pool.ts';
import { WorkerRun } from './WorkerRun.svelte.ts';

/** The scenario fitted to the cohort on screen: done, being fitted off the page, or why none could be. */
export type ScenarioFit =
  | { status: 'done'; fitted: FittedScenario }
  | { status: 'fitting' }
  | { status: 'failed'; message: string };

/** What the analysis is computed from. */
export interface AnalysisInputs {
  /** The cohort on screen, or `null`. */
  cohort(): Cohort | null;
  /** The confidence level of every interval. */
  level(): number;
  /** How the scenario is fitted (the settings' model choices); `fitScenario`'s defaults without. */
  fitOptions?(): FitScenarioOptions;
  /** The pool a large cohort is fitted on; the app's shared pool by default. */
  pool?: () => Promise<MonteCarloPool>;
}

/**
 * Cohorts of more patients than this are fitted on the worker pool: the fit table (every model
 * of both endpoints, by maximum likelihood) takes about a tenth of a second for 18 patients and
 * seconds for thousands.
 */
export const FIT_ON_PAGE_MAX_PATIENTS = 100;

/** A fit asked of the pool: the cohort and the options, by their text. */
interface FitRequest {
  cohort: Cohort;
  key: string;
}

const failure = (error: unknown): ScenarioFit => {
  const reason = error instanceof Error ? error.message : String(error);
  return { status: 'failed', message: `No scenario can be fitted to this cohort: ${reason}.` };
};

/** Fits already made on the page, per cohort and options, so going back to a choice is instant. */
const fitsOnPage = new WeakMap<Cohort, Map<string, ScenarioFit>>();

function fitOnPage(cohort: Cohort, key: string): ScenarioFit {
  let byKey = fitsOnPage.get(cohort);
  // a plain cache, read inside a derived value: nothing should react to it
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  if (!byKey) fitsOnPage.set(cohort, (byKey = new Map()));
  let fit = byKey.get(key);
  if (!fit) {
    try {
      fit = { status: 'done', fitted: fitScenario(cohort, JSON.parse(key)) };
    } catch (error) {
      fit = failure(error);
    }
    byKey.set(key, fit);
  }
  return fit;
}

/**
 * Everything derived from the cohort on screen, computed once per cohort (and level) and read by
 * every panel and lesson: the endpoint report, the Kaplan–Meier curves of the duration of and
 * time to response, and the simulation scenario fitted to the cohort (`fitScenario`, with the
 * model choices of the settings) with its fit tables. A cohort of more than
 * `FIT_ON_PAGE_MAX_PATIENTS` is fitted on the worker pool when the fit is first read, and
 * reads as `fitting` until it is done.
 * @example const analysis = new Analysis({ cohort: () => loader.cohort, level: () => 0.95 });
 */
export class Analysis {
  #inputs: AnalysisInputs;
  #level = $derived.by(() => this.#inputs.level());
  #report = $derived.by<AnalysisReport | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort ? analyze(cohort, { level: this.#level }) : null;
  });
  #dorCurve = $derived.by<KmCurve | null>(() => {
    const cohort = this.#inputs.cohort();
    const observations = cohort ? dorObservations(cohort.patients, this.responders) : [];
    return observations.length > 0 ? kaplanMeier(observations) : null;
  });
  #ttrCurve = $derived.by<KmCurve | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort && cohort.patients.length > 0
      ? kaplanMeier(ttrObservations(cohort.patients, this.responders))
      : null;
  });
  /** The fit options as text: a setting that does not change them does not refit. */
  #fitKey = $derived.by(() => JSON.stringify(this.#inputs.fitOptions?.() ?? {}));
  readonly #fitRun: WorkerRun<FitRequest, FittedScenario>;
  /** The last fit asked of the pool (plain: asking is not a change anything reads). */
  #requested: FitRequest | null = null;
  #fit = $derived.by<ScenarioFit | null>(() => {
    const cohort = this.#inputs.cohort();
    if (!cohort) return null;
    const key = this.#fitKey;
    if (cohort.patients.length <= FIT_ON_PAGE_MAX_PATIENTS) return fitOnPage(cohort, key);
    const run = this.#fitRun;
    const asked = this.#requested;
    const current = (i: FitRequest | null) => i?.cohort === cohort && i.key === key;
    if (current(run.inputs) && run.result) return { status: 'done', fitted: run.result };
    if (current(asked) && run.status === 'failed') return failure(run.error);
    if (!current(asked)) {
      const request = { cohort, key };
      this.#requested = request;
      // started after this read: a derived value must not change state while it is computed
      queueMicrotask(() => {
        if (this.#requested === request) void run.start(request);
      });
    }
    return { status: 'fitting' };
  });

  /** Who counts as a responder (CR, PR and IMP). */
  readonly responders: readonly ResponseCode[] = DEFAULT_ANALYSIS_OPTIONS.responders;

  constructor(inputs: AnalysisInputs) {
    this.#inputs = inputs;
    this.#fitRun = new WorkerRun<FitRequest, FittedScenario>(
      (pool, i, control) => pool.fit(i.cohort, { fit: JSON.parse(i.key), ...control }),
      { lane: 'fit', ...(inputs.pool ? { pool: inputs.pool } : {}) },
    );
  }

  /** Every endpoint of the cohort at the chosen level (from `analyze`). */
  get report(): AnalysisReport | null {
    return this.#report;
  }
  /** Kaplan–Meier curve of the duration of response (responders only), or `null` without responders. */
  get dorCurve(): KmCurve | null {
    return this.#dorCurve;
  }
  /** Kaplan–Meier curve of the time to first response (non-responders censored at follow-up). */
  get ttrCurve(): KmCurve | null {
    return this.#ttrCurve;
  }
  /** The fit of the cohort on screen (`null` without a cohort): done, fitting or failed. */
  get fit(): ScenarioFit | null {
    return this.#fit;
  }
  /** The fit with its tables, the same object for every reader until the cohort or a fit setting changes. */
  get fitted(): FittedScenario | null {
    const fit = this.#fit;
    return fit?.status === 'done' ? fit.fitted : null;
  }
  /**
   * The simulation scenario fitted to the cohort on screen, the same object for every reader
   * until the cohort or a fit setting changes; `null` without a cohort, while it is being fitted
   * ({@link fitting}) or when it cannot be fitted ({@link fitError}).
   */
  get fittedScenario(): Scenario | null {
    return this.fitted?.scenario ?? null;
  }
  /** Whether the scenario is being fitted off the page. */
  get fitting(): boolean {
    return this.#fit?.status === 'fitting';
  }
  /** Why no scenario could be fitted to the cohort on screen, or `null`. */
  get fitError(): string | null {
    const fit = this.#fit;
    return fit?.status === 'failed' ? fit.message : null;
  }
}
