import { analyze } from '../engine/analyze.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import type { Cohort, ResponseCode } from '../engine/cohort.ts';
import { dorObservations } from '../engine/dorObservations.ts';
import { kaplanMeier, type KmCurve } from '../engine/kaplanMeier.ts';
import { fitScenario } from '../engine/montecarlo/fitScenario.ts';
import type { Scenario } from '../engine/montecarlo/scenario.ts';
import type { AnalysisReport } from '../engine/report.ts';
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
 * every panel and lesson: the endpoint report, the Kaplan–Meier curves of the duration of and
 * time to response, and the simulation scenario fitted to the cohort (`fitScenario`).
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
  /** Kaplan–Meier curve of the duration of response (responders only), or `null` without responders. */
  get dorCurve(): KmCurve | null {
    return this.#dorCurve;
  }
  /** Kaplan–Meier curve of the time to first response (non-responders censored at follow-up). */
  get ttrCurve(): KmCurve | null {
    return this.#ttrCurve;
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
