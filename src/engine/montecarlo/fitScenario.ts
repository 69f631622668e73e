import { max, min } from 'd3-array';
import type { Cohort, ResponseCode } from '../cohort.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import { dorObservations } from '../dorObservations.ts';
import { fitEndpoint, type EndpointFit, type ModelChoice } from '../fit/fitEndpoint.ts';
import type { ModelFit } from '../fit/modelFit.ts';
import { resolveCensoring, type CensoringChoice } from '../fit/resolveCensoring.ts';
import type { CensoringKind } from '../fit/censoredObservation.ts';
import type { FamilyName } from '../models/timeModel.ts';
import { narrowToResponders } from '../narrowToResponders.ts';
import { NO_RESPONSE_RECORDED, responseNotRecorded } from '../responseNotRecorded.ts';
import type { DorModel, Scenario, TtrModel } from './scenario.ts';

/** The DOR when no model can be fitted: exponential, rate = events / exposure, half an event when there is none. */
function exponentialDor(cohort: Cohort): DorModel {
  const observations = dorObservations(cohort.patients, DEFAULT_ANALYSIS_OPTIONS.responders);
  const events = observations.filter((o) => o.event);
  const exposure = observations.reduce((sum, o) => sum + o.time, 0);
  if (exposure <= 0) return { distribution: 'exponential', median: 1 };
  return {
    distribution: 'exponential',
    median: (Math.LN2 * exposure) / Math.max(events.length, 0.5),
  };
}

/** The design part of a fitted scenario: everything but the two time models and the visits. */
function design(cohort: Cohort): Omit<Scenario, 'ttr' | 'dor' | 'visit_wk'> {
  const { patients } = cohort;
  const n = patients.length;
  if (n === 0) throw new RangeError('a scenario needs a cohort with at least one patient');
  const share = (code: string) => patients.filter((p) => p.bestResponse === code).length / n;
  const followups = patients.map((p) => p.followupWk);
  // d3-array's loops, not Math.max(...): spreading 100,000 arguments overflows a worker's stack
  const cutoff = max(followups) ?? 0;
  const alive = patients.filter((p) => p.deathWk === null).map((p) => p.followupWk);
  const accrual = alive.length > 1 ? cutoff - (min(alive) ?? cutoff) : 0;
  const exposure = followups.reduce((a, b) => a + b, 0);
  const deaths = patients.filter((p) => p.deathWk !== null).length;
  return {
    n,
    response: { cr: share('CR'), pr: share('PR'), imp: share('IMP') },
    accrual_wk: accrual,
    cutoff_wk: cutoff > 0 ? cutoff : 1,
    dropout_hazard: 0,
    death_hazard: exposure > 0 ? deaths / exposure : 0,
  };
}

/** The fit of one endpoint: which model, if any, and the whole table. */
export interface ScenarioEndpointFit extends EndpointFit {
  /** How the times were read. */
  censoring: CensoringKind;
}

/** A scenario fitted with a model choice, with the fit tables it was chosen from. */
export interface FittedScenario {
  /** The scenario, its `dor` and `ttr` the chosen models (a fallback when none could be fitted). */
  scenario: Scenario;
  dor: ScenarioEndpointFit;
  ttr: ScenarioEndpointFit;
  /** The visit spacing the times were read on (stated or detected), `null` for exact times. */
  visitWk: number | null;
  /** With `fallback`: each choice that could not be used, and what was used instead. */
  notes: string[];
}

/**
 * Choices for one endpoint: a model (a mixture's `family` too, else its best family), and the
 * piecewise breaks or the Kaplan–Meier tail rate.
 */
export interface EndpointFitOptions {
  model?: ModelChoice;
  family?: FamilyName;
  breaks?: readonly number[];
  tailRate?: number;
}

/**
 * How `fitScenario` reads the cohort and chooses the time models: `responders`, the best
 * responses that count as response (default CR, PR and IMP; see `narrowToResponders`), each
 * endpoint's model (default `auto`, the best by AIC; `model` is short for `dor.model`) and
 * piecewise breaks, `censoring` (default `auto`: interval-censored when the times sit on a visit
 * grid) and `visitWk`, a stated visit spacing. With `fallback`, a choice
 * that cannot be used (a named model that cannot be fitted, interval censoring without a grid)
 * gives way to `auto`, said in `notes`, instead of a RangeError: a screen keeps its scenario.
 */
export interface FitScenarioOptions {
  /** The best responses that count as response; a grade left out is fitted as no response. */
  responders?: readonly ResponseCode[];
  /** The duration-of-response model (as `dor.model`). */
  model?: ModelChoice;
  censoring?: CensoringChoice;
  visitWk?: number;
  dor?: EndpointFitOptions;
  ttr?: EndpointFitOptions;
  fallback?: boolean;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Fits a scenario to a cohort as the responder definition counts it (`narrowToResponders`; every
 * grade by default): response probabilities are the observed CR, PR and IMP shares;
 * the cut-off is the longest follow-up and accrual the spread of follow-up among the living
 * (administrative censoring); the death hazard is deaths per patient-week; drop-out is taken as
 * 0 (not identifiable). Both time models are chosen from a fit table (`fitEndpoint`: every
 * model, the best by AIC under `auto`), the times read as interval-censored on a visit grid when
 * there is one, and the visits are that grid. When no DOR model can be fitted (no event), the
 * DOR is the exponential with half an event; with no responder, TTR is exponential with median
 * 1 week. Throws a RangeError for an empty cohort, for one that records no response
 * (`responseNotRecorded`: its response shares would be 0, as if nobody had responded), and
 * (without `fallback`) for a named model that cannot be fitted or interval censoring without a
 * grid.
 * @example fitScenario(cohort).scenario.response // { cr: 0.111, pr: 0.722, imp: 0 } for the seed study
 * @example fitScenario(cohort, { model: 'weibull', censoring: 'right' }).scenario.dor.distribution // 'weibull'
 * @example fitScenario(cohort, { responders: ['CR'] }).scenario.response // { cr: 0.111, pr: 0, imp: 0 } for the seed study
 */
export function fitScenario(given: Cohort, options: FitScenarioOptions = {}): FittedScenario {
  // Counted as the definition says, every grade left is a response.
  const cohort = options.responders ? narrowToResponders(given, options.responders) : given;
  const { responders } = DEFAULT_ANALYSIS_OPTIONS;
  const { patients } = cohort;
  if (responseNotRecorded(patients)) throw new RangeError(NO_RESPONSE_RECORDED);
  const base = design(cohort);
  const notes: string[] = [];
  const read = (censoringChoice: CensoringChoice) =>
    resolveCensoring(patients, {
      censoring: censoringChoice,
      visitWk: options.visitWk,
      responders,
    });
  let resolved: ReturnType<typeof read>;
  try {
    resolved = read(options.censoring ?? 'auto');
  } catch (error) {
    if (!options.fallback || !(error instanceof RangeError)) throw error;
    notes.push(`${messageOf(error)}; the times are read as detected instead`);
    resolved = read('auto');
  }
  const { censoring, visitWk } = resolved;
  const endpoint = (which: 'dor' | 'ttr'): ScenarioEndpointFit => {
    const choice = options[which];
    const fit = (model: ModelChoice, family?: FamilyName) => ({
      censoring,
      ...fitEndpoint(patients, {
        endpoint: which,
        censoring,
        visitWk,
        responders,
        model,
        family,
        breaks: choice?.breaks,
        tailRate: choice?.tailRate,
      }),
    });
    const model = choice?.model ?? (which === 'dor' ? options.model : undefined) ?? 'auto';
    try {
      return fit(model, choice?.family);
    } catch (error) {
      if (!options.fallback || !(error instanceof RangeError)) throw error;
      notes.push(`${messageOf(error)}; the best by AIC is used instead`);
      return fit('auto');
    }
  };
  const dor = endpoint('dor');
  const ttr = endpoint('ttr');
  const chosen = (fit: ModelFit | null) => fit?.fitted ?? null;
  return {
    scenario: {
      n: base.n,
      response: base.response,
      ttr: (chosen(ttr.chosen) as TtrModel | null) ?? { distribution: 'exponential', median: 1 },
      dor: chosen(dor.chosen) ?? exponentialDor(cohort),
      accrual_wk: base.accrual_wk,
      cutoff_wk: base.cutoff_wk,
      dropout_hazard: base.dropout_hazard,
      death_hazard: base.death_hazard,
      visit_wk: visitWk,
    },
    dor,
    ttr,
    visitWk,
    notes,
  };
}
