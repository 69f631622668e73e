import { analyze } from '../engine/analyze.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import type { Cohort, ResponseCode } from '../engine/cohort.ts';
import { dorObservations } from '../engine/dorObservations.ts';
import { kaplanMeier, type KmCurve } from '../engine/kaplanMeier.ts';
import { missingResponseTimes } from '../engine/missingResponseTimes.ts';
import { fitScenario } from '../engine/montecarlo/fitScenario.ts';
import type { Scenario } from '../engine/montecarlo/scenario.ts';
import { categoricalColumns, type CategoricalColumn } from '../engine/categoricalColumns.ts';
import type { AnalysisReport, UnavailableEndpoints } from '../engine/report.ts';
import { ttrObservations } from '../engine/ttrObservations.ts';

/** The scenario fitted to the cohort on screen, or why none could be. */
export type ScenarioFit = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** What the analysis is computed from. */
export interface AnalysisInputs {
  /** The cohort on screen, or `null`. */
  cohort(): Cohort | null;
  /** The confidence level of every interval. */
  level(): number;
}

/**
 * Everything derived from the cohort on screen, computed once per cohort (and level) and read by
 * every panel and lesson: the endpoint report (with the endpoints it cannot give and why), the
 * Kaplan–Meier curves of the duration of and time to response, the extra columns that can group
 * patients, and the simulation scenario fitted to the cohort (`fitScenario`).
 * @example const analysis = new Analysis({ cohort: () => loader.cohort, level: () => 0.95 });
 */
export class Analysis {
  #inputs: AnalysisInputs;
  #level = $derived.by(() => this.#inputs.level());
  #report = $derived.by<AnalysisReport | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort ? analyze(cohort, { level: this.#level }) : null;
  });
  #unavailable = $derived.by<UnavailableEndpoints>(() => this.#report?.unavailable ?? {});
  /** Whether a responder has no response time (then no time-to-event curve); follows the cohort only. */
  #untimed = $derived.by(() => {
    const cohort = this.#inputs.cohort();
    return cohort !== null && missingResponseTimes(cohort.patients, this.responders).length > 0;
  });
  #dorCurve = $derived.by<KmCurve | null>(() => {
    const cohort = this.#inputs.cohort();
    if (!cohort || this.#untimed) return null;
    const observations = dorObservations(cohort.patients, this.responders);
    return observations.length > 0 ? kaplanMeier(observations) : null;
  });
  #ttrCurve = $derived.by<KmCurve | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort && cohort.patients.length > 0 && !this.#untimed
      ? kaplanMeier(ttrObservations(cohort.patients, this.responders))
      : null;
  });
  #categorical = $derived.by<CategoricalColumn[]>(() => {
    const cohort = this.#inputs.cohort();
    return cohort ? categoricalColumns(cohort.patients) : [];
  });
  #fit = $derived.by<ScenarioFit | null>(() => {
    const cohort = this.#inputs.cohort();
    return cohort ? fitTo(cohort) : null;
  });

  /** Who counts as a responder (CR, PR and IMP). */
  readonly responders: readonly ResponseCode[] = DEFAULT_ANALYSIS_OPTIONS.responders;

  constructor(inputs: AnalysisInputs) {
    this.#inputs = inputs;
  }

  /** Every endpoint of the cohort at the chosen level (from `analyze`). */
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
   * The endpoints the cohort cannot give and why, in the report's words (`analyze`'s
   * `unavailable`: duration of response, time to response, responded by week); empty when all are
   * computed. Show each where the endpoint would be.
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
   * The simulation scenario fitted to the cohort on screen, the same object for every reader
   * until the cohort changes; `null` without a cohort or when it cannot be fitted ({@link fitError}).
   */
  get fittedScenario(): Scenario | null {
    return this.#fit?.ok ? this.#fit.scenario : null;
  }
  /** Why no scenario could be fitted to the cohort on screen, or `null`. */
  get fitError(): string | null {
    return this.#fit && !this.#fit.ok ? this.#fit.message : null;
  }
}

function fitTo(cohort: Cohort): ScenarioFit {
  try {
    return { ok: true, scenario: fitScenario(cohort) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `No scenario can be fitted to this cohort: ${reason}.` };
  }
}
