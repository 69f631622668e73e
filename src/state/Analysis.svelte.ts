import { aalenJohansen, type CompetingCurve } from '../engine/aalenJohansen.ts';
import { analyze } from '../engine/analyze.ts';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions } from '../engine/analysisOptions.ts';
import type { analyzeSubgroups, SubgroupAnalysis } from '../engine/analyzeSubgroups.ts';
import type { Cohort, Patient, ResponseCode } from '../engine/cohort.ts';
import { dorObservations } from '../engine/dorObservations.ts';
import { dorOutcomes, type DorCause } from '../engine/dorOutcomes.ts';
import { kaplanMeier, type KmCurve } from '../engine/kaplanMeier.ts';
import { missingResponseTimes } from '../engine/missingResponseTimes.ts';
import { osObservations } from '../engine/osObservations.ts';
import { NO_RESPONSE_RECORDED, responseNotRecorded } from '../engine/responseNotRecorded.ts';
import { survivalRecorded } from '../engine/survivalRecorded.ts';
import type {
  fitScenario,
  FitScenarioOptions,
  FittedScenario,
} from '../engine/montecarlo/fitScenario.ts';
import type { Scenario } from '../engine/montecarlo/scenario.ts';
import { categoricalColumns, type CategoricalColumn } from '../engine/categoricalColumns.ts';
import type { AnalysisReport, UnavailableEndpoints } from '../engine/report.ts';
import { ttrObservations } from '../engine/ttrObservations.ts';
import { loadOnce } from './loadOnce.ts';
import type { MonteCarloPool } from '../worker/pool.ts';
import { resolveGrouping, type GroupingChoice } from './resolveGrouping.ts';
import { WorkerRun } from './WorkerRun.svelte.ts';
import { yieldToPage } from './yieldToPage.ts';

/** The scenario fitted to the cohort on screen: done, being fitted off the page, or why none could be. */
export type ScenarioFit =
  | { status: 'done'; fitted: FittedScenario }
  | { status: 'fitting' }
  | { status: 'failed'; message: string };

/** The causes that end a response, in the order they are drawn. */
export const DOR_CAUSES: readonly DorCause[] = ['loss', 'death'];

/** How responses ended: the Aalen–Johansen fit of loss and death, and each cause's naive Kaplan–Meier. */
export interface DorCompeting {
  fit: CompetingCurve<DorCause>;
  /** Kaplan–Meier of each cause with the other censored (1 − it is the naive incidence). */
  naive: Record<DorCause, KmCurve>;
}

/** One group's Kaplan–Meier curves (`null`: not defined, or not available for the group). */
export interface GroupCurves {
  value: string;
  n: number;
  dor: KmCurve | null;
  ttr: KmCurve | null;
}

/** What the analysis is computed from; the options left out take their defaults. */
export interface AnalysisInputs {
  /** The cohort on screen, or `null`. */
  cohort(): Cohort | null;
  /** The confidence level of every interval. */
  level(): number;
  /** Who counts as a responder (default CR, PR and IMP); return the same array until it changes. */
  responders?(): readonly ResponseCode[];
  /** The weeks of "responded by week w" (default 1, 2, 4). */
  byWeek?(): readonly number[];
  /** The Kaplan–Meier landmark weeks (default 4, 12, 26). */
  landmarks?(): readonly number[];
  /** The grouping's text (`sex`, `age:40,65`, a column), or `null` for none. */
  grouping?(): string | null;
  /** Fleming–Harrington ρ of the group comparisons (default 0, the log-rank test). */
  rho?(): number;
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

/** A fit asked of the pool: the cohort and the options (the responder definition among them), by their text. */
interface FitRequest {
  cohort: Cohort;
  key: string;
}

const failure = (error: unknown): ScenarioFit => {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  return { status: 'failed', message: `No scenario can be fitted to this cohort: ${reason}.` };
};

/** Fits already made on the page, per cohort and options, so going back to a choice is instant. */
type FitFunction = typeof fitScenario;

const fitsOnPage = new WeakMap<Cohort, Map<string, ScenarioFit>>();

function fitOnPage(fitScenario: FitFunction, cohort: Cohort, key: string): ScenarioFit {
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
 * Everything derived from the cohort on screen, computed once per cohort and options and read
 * by every panel, lesson, run and the report: the endpoint report under the chosen responder
 * definition, level and weeks (with the endpoints it cannot give and why); the Kaplan–Meier
 * curves of the duration of and time to response and of overall survival; how responses ended (loss or death); the extra
 * columns that can group patients; the grouping of the patients with each group's analysis and
 * the tests between groups; and the simulation scenario fitted to the cohort as the responder
 * definition counts it (`fitScenario` with the settings' model choices, with its fit tables). A
 * cohort of more than `FIT_ON_PAGE_MAX_PATIENTS` is fitted on the worker pool when the fit is
 * first read, and reads as `fitting` until it is done. The grouping lives here, in one place, so that every view that splits patients reads the same.
 * @example const analysis = new Analysis({ cohort: () => loader.cohort, level: () => 0.95 });
 */
export class Analysis {
  #inputs: AnalysisInputs;
  #responders = $derived.by(
    () => this.#inputs.responders?.() ?? DEFAULT_ANALYSIS_OPTIONS.responders,
  );
  #level = $derived.by(() => this.#inputs.level());
  #byWeek = $derived.by(() => this.#inputs.byWeek?.() ?? DEFAULT_ANALYSIS_OPTIONS.byWeek);
  #landmarks = $derived.by(() => this.#inputs.landmarks?.() ?? DEFAULT_ANALYSIS_OPTIONS.landmarks);
  // Built from the deriveds above, so it is a new object only when one of them changes.
  #options = $derived.by<AnalysisOptions>(() => ({
    level: this.#level,
    responders: this.#responders,
    byWeek: this.#byWeek,
    landmarks: this.#landmarks,
  }));
  #report = $derived.by<AnalysisReport | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort ? analyze(cohort, this.#options) : null;
  });
  #unavailable = $derived.by<UnavailableEndpoints>(() => this.#report?.unavailable ?? {});
  /**
   * Whether there is no time-to-response curve: no response was recorded, or a responder has no
   * response time; follows the cohort and the responder definition only.
   */
  #untimed = $derived.by(() => {
    const cohort = this.#inputs.cohort();
    return (
      cohort !== null &&
      (responseNotRecorded(cohort.patients) ||
        missingResponseTimes(cohort.patients, this.responders).length > 0)
    );
  });
  #osCurve = $derived.by<KmCurve | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort && cohort.patients.length > 0 && survivalRecorded(cohort)
      ? kaplanMeier(osObservations(cohort.patients))
      : null;
  });
  #dorCurve = $derived.by<KmCurve | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort && !this.#untimed ? dorCurveOf(cohort.patients, this.#responders) : null;
  });
  #ttrCurve = $derived.by<KmCurve | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort && !this.#untimed ? ttrCurveOf(cohort.patients, this.#responders) : null;
  });
  #competing = $derived.by<DorCompeting | null>(() => {
    const cohort = this.#inputs.cohort();
    if (!cohort || !this.#report?.dor_competing) return null;
    const outcomes = dorOutcomes(cohort.patients, this.#responders);
    const naive = (cause: DorCause) =>
      kaplanMeier(outcomes.map((o) => ({ time: o.time, event: o.cause === cause })));
    return {
      fit: aalenJohansen(outcomes, DOR_CAUSES),
      naive: { loss: naive('loss'), death: naive('death') },
    };
  });
  #groupingText = $derived.by(() => this.#inputs.grouping?.() ?? null);
  #grouping = $derived.by<GroupingChoice | null>(() => {
    const cohort = this.#inputs.cohort();
    const text = this.#groupingText;
    return cohort && text !== null ? resolveGrouping(text, cohort) : null;
  });
  #rho = $derived.by(() => this.#inputs.rho?.() ?? 0);
  /** The subgroup engine (group reports and tests), loaded when a grouping is first used. */
  #analyzeSubgroups = $state.raw<typeof analyzeSubgroups | null>(null);
  #loadSubgroups = loadOnce(async () => {
    this.#analyzeSubgroups = (await import('../engine/analyzeSubgroups.ts')).analyzeSubgroups;
  });
  #subgroups = $derived.by<SubgroupAnalysis | null>(() => {
    const cohort = this.#inputs.cohort();
    const grouping = this.#grouping;
    if (!cohort || !grouping?.ok) return null;
    const engine = this.#analyzeSubgroups;
    if (!engine) {
      // Computed again once loaded; a failure shows where the subgroups are awaited.
      this.loadSubgroups().catch(() => {});
      return null;
    }
    return engine(cohort, grouping.grouping, { ...this.#options, rho: this.#rho });
  });
  #groupCurves = $derived.by<GroupCurves[]>(() => {
    const grouping = this.#grouping;
    const subgroups = this.#subgroups;
    if (!grouping?.ok || !subgroups) return [];
    return grouping.groups.groups.map(({ value, patients }, i) => {
      const { report } = subgroups.groups[i];
      return {
        value,
        n: patients.length,
        dor: report.unavailable.dor ? null : dorCurveOf(patients, this.#responders),
        ttr: report.unavailable.ttr ? null : ttrCurveOf(patients, this.#responders),
      };
    });
  });
  #categorical = $derived.by<CategoricalColumn[]>(() => {
    const cohort = this.#inputs.cohort();
    return cohort ? categoricalColumns(cohort.patients) : [];
  });
  /** The scenario fit, loaded when a view that uses it opens ({@link loadFit}). */
  #fitScenario = $state.raw<typeof fitScenario | null>(null);
  #loadFit = loadOnce(async () => {
    this.#fitScenario = (await import('../engine/montecarlo/fitScenario.ts')).fitScenario;
  });
  /**
   * The fit options as text, the responder definition among them (the scenario is fitted to the
   * cohort as it counts it): a setting that does not change them does not refit.
   */
  #fitKey = $derived.by(() =>
    JSON.stringify({ ...this.#inputs.fitOptions?.(), responders: this.#responders }),
  );
  readonly #fitRun: WorkerRun<FitRequest, FittedScenario>;
  /** The last fit asked of the pool (plain: asking is not a change anything reads). */
  #requested: FitRequest | null = null;
  /**
   * How the last request that ended without a result ended (failed, or stopped), kept with it:
   * a change the fit follows, so that such a request never reads as `fitting` for ever.
   */
  #unfitted = $state.raw<{ request: FitRequest; fit: ScenarioFit } | null>(null);
  #fit = $derived.by<ScenarioFit | null>(() => {
    const cohort = this.#inputs.cohort();
    if (!cohort) return null;
    // What `fitScenario` would refuse, said at once rather than after starting a worker.
    if (responseNotRecorded(cohort.patients)) return failure(NO_RESPONSE_RECORDED);
    const key = this.#fitKey;
    if (cohort.patients.length <= FIT_ON_PAGE_MAX_PATIENTS) {
      const fit = this.#fitScenario;
      // Computed again once loaded; a failure shows where the fit is awaited.
      if (!fit) {
        this.loadFit().catch(() => {});
        return { status: 'fitting' };
      }
      return fitOnPage(fit, cohort, key);
    }
    const run = this.#fitRun;
    const current = (i: FitRequest | null | undefined) => i?.cohort === cohort && i.key === key;
    // Both are read on every pass: the fit follows a result and an ending without one alike.
    const { inputs, result } = run;
    const unfitted = this.#unfitted;
    if (current(inputs) && result) return { status: 'done', fitted: result };
    if (current(unfitted?.request)) return unfitted!.fit;
    if (!current(this.#requested)) {
      const request = { cohort, key };
      this.#requested = request;
      // started after this read: a derived value must not change state while it is computed
      queueMicrotask(() => void this.#ask(request));
    }
    return { status: 'fitting' };
  });

  /** Fits `request` on the pool unless a newer one was asked; keeps how it ended without a result. */
  async #ask(request: FitRequest): Promise<void> {
    const run = this.#fitRun;
    // Packing a large cohort for the worker is work of its own: not in the task that drew the page.
    await yieldToPage();
    if (this.#requested !== request) return;
    await run.start(request);
    if (this.#requested !== request) return;
    if (run.status === 'failed') this.#unfitted = { request, fit: failure(run.error) };
    else if (run.status === 'cancelled') {
      const stopped = 'the fit was stopped before it finished; load the cohort again to fit it';
      this.#unfitted = { request, fit: failure(stopped) };
    }
  }

  constructor(inputs: AnalysisInputs) {
    this.#inputs = inputs;
    this.#fitRun = new WorkerRun<FitRequest, FittedScenario>(
      (pool, i, control) => pool.fit(i.cohort, { fit: JSON.parse(i.key), ...control }),
      { lane: 'fit', ...(inputs.pool ? { pool: inputs.pool } : {}) },
    );
  }

  /** Who counts as a responder (the responder definition; CR, PR and IMP by default). */
  get responders(): readonly ResponseCode[] {
    return this.#responders;
  }
  /** The options every endpoint is computed with: level, responders, "responded by" and landmark weeks. */
  get options(): AnalysisOptions {
    return this.#options;
  }
  /** Every endpoint of the cohort with the chosen options (from `analyze`). */
  get report(): AnalysisReport | null {
    return this.#report;
  }
  /**
   * Kaplan–Meier curve of the duration of response (responders only); `null` without responders
   * or when it is not available ({@link unavailable}: a responder has no response time).
   */
  get dorCurve(): KmCurve | null {
    return this.#dorCurve;
  }
  /**
   * Kaplan–Meier curve of the time to first response (non-responders censored at follow-up);
   * `null` when it is not available ({@link unavailable}).
   */
  get ttrCurve(): KmCurve | null {
    return this.#ttrCurve;
  }
  /**
   * Kaplan–Meier curve of overall survival from the start of treatment (death the event, the
   * others censored at last follow-up), the curve of the report's `followup.overall_survival`;
   * `null` without patients or when the cohort records no survival (`survivalRecorded`).
   */
  get osCurve(): KmCurve | null {
    return this.#osCurve;
  }
  /**
   * The endpoints the cohort cannot give and why, in the report's words (`analyze`'s
   * `unavailable`: response rates, duration of response, time to response, responded by week);
   * empty when all are computed. Show each where the endpoint would be.
   */
  get unavailable(): UnavailableEndpoints {
    return this.#unavailable;
  }
  /**
   * The extra columns of the cohort that can group its patients (an arm, a centre, a sex or
   * response written another way), with their levels and counts (`categoricalColumns`),
   * computed once per cohort; the grouping views offer them.
   */
  get categoricalColumns(): CategoricalColumn[] {
    return this.#categorical;
  }
  /**
   * How responses ended — the Aalen–Johansen fit of loss and death and their naive Kaplan–Meier
   * curves — or `null` when the report has no competing risks (no responders, or not available).
   */
  get dorCompeting(): DorCompeting | null {
    return this.#competing;
  }
  /** The grouping asked for, with its groups or why it cannot be used; `null` for none. */
  get grouping(): GroupingChoice | null {
    return this.#grouping;
  }
  /** Fleming–Harrington ρ of the group comparisons. */
  get rho(): number {
    return this.#rho;
  }
  /**
   * Each group's endpoints and the tests between the groups, or `null` without a usable grouping
   * or while the subgroup engine loads (a usable grouping starts it; {@link loadSubgroups}).
   */
  get subgroups(): SubgroupAnalysis | null {
    return this.#subgroups;
  }
  /**
   * Loads the subgroup engine (once), after which {@link subgroups} and {@link groupCurves} are
   * computed; the views that show them and the report await it.
   * @example await analysis.loadSubgroups(); analysis.subgroups?.logrank
   */
  loadSubgroups(): Promise<void> {
    return this.#loadSubgroups();
  }
  /**
   * Loads the scenario fit (once), after which {@link fittedScenario} and {@link fitError} are
   * computed; the views that use the fitted scenario and a kept re-simulation await it.
   * @example await analysis.loadFit(); analysis.fittedScenario?.n
   */
  loadFit(): Promise<void> {
    return this.#loadFit();
  }
  /**
   * Each group's Kaplan–Meier curves, in the grouping's order; empty without a usable grouping or
   * while the subgroup engine loads ({@link loadSubgroups}).
   */
  get groupCurves(): GroupCurves[] {
    return this.#groupCurves;
  }
  /** The fit of the cohort on screen (`null` without a cohort): done, fitting or failed. */
  get fit(): ScenarioFit | null {
    return this.#fit;
  }
  /**
   * The fit with its tables, under the responder definition and the settings' model choices; the
   * same object for every reader until the cohort, the definition or a fit setting changes.
   */
  get fitted(): FittedScenario | null {
    const fit = this.#fit;
    return fit?.status === 'done' ? fit.fitted : null;
  }
  /**
   * The simulation scenario fitted to the cohort on screen under the responder definition, the
   * same object for every reader until the cohort, the definition or a fit setting changes;
   * `null` without a cohort, while the fit loads ({@link loadFit}) or is being fitted
   * ({@link fitting}), or when it cannot be fitted ({@link fitError}).
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

function dorCurveOf(patients: readonly Patient[], responders: readonly ResponseCode[]) {
  const observations = dorObservations(patients, responders);
  return observations.length > 0 ? kaplanMeier(observations) : null;
}

function ttrCurveOf(patients: readonly Patient[], responders: readonly ResponseCode[]) {
  return patients.length > 0 ? kaplanMeier(ttrObservations(patients, responders)) : null;
}
