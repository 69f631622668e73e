import type { Cohort } from '../cohort.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import { dorObservations } from '../dorObservations.ts';
import { responseOnset } from '../responseOnset.ts';
import type { DorModel, Scenario, TtrModel } from './scenario.ts';
import { weibullFit } from './weibullFit.ts';

function dorModel(cohort: Cohort): DorModel {
  const observations = dorObservations(cohort.patients, DEFAULT_ANALYSIS_OPTIONS.responders);
  const events = observations.filter((o) => o.event);
  const exposure = observations.reduce((sum, o) => sum + o.time, 0);
  if (new Set(events.map((o) => o.time)).size >= 2) {
    const fit = weibullFit(observations);
    if (fit) return { distribution: 'weibull', ...fit };
  }
  if (exposure <= 0) return { distribution: 'exponential', median: 1 };
  // Exponential MLE (rate = events / exposure); with no event, half an event keeps it finite.
  return {
    distribution: 'exponential',
    median: (Math.LN2 * exposure) / Math.max(events.length, 0.5),
  };
}

/**
 * Fits a scenario to a cohort: response probabilities are the observed CR, PR and IMP shares;
 * time to response is the responders' empirical onset times; duration of response is a
 * right-censored maximum-likelihood Weibull (exponential with fewer than two distinct event
 * times); the cut-off is the longest follow-up and accrual the spread of follow-up among the
 * living (administrative censoring); the death hazard is deaths per patient-week; drop-out is
 * taken as 0 (not identifiable); weekly visits when every response and loss time is whole.
 * @example fitScenario(cohort).response // { cr: 0.111, pr: 0.722, imp: 0 } for the seed study
 */
export function fitScenario(cohort: Cohort): Scenario {
  const { patients } = cohort;
  const n = patients.length;
  if (n === 0) throw new RangeError('a scenario needs a cohort with at least one patient');
  const share = (code: string) => patients.filter((p) => p.bestResponse === code).length / n;
  const onsets = patients
    .map((p) => responseOnset(p, DEFAULT_ANALYSIS_OPTIONS.responders))
    .filter((t): t is number => t !== null);
  const ttr: TtrModel =
    onsets.length > 0
      ? { distribution: 'empirical', times: onsets }
      : { distribution: 'exponential', median: 1 };
  const followups = patients.map((p) => p.followupWk);
  const cutoff = Math.max(...followups);
  const alive = patients.filter((p) => p.deathWk === null).map((p) => p.followupWk);
  const accrual = alive.length > 1 ? cutoff - Math.min(...alive) : 0;
  const exposure = followups.reduce((a, b) => a + b, 0);
  const deaths = patients.filter((p) => p.deathWk !== null).length;
  const recorded = patients.flatMap((p) => [p.responseWk, p.lossWk]).filter((t) => t !== null);
  return {
    n,
    response: { cr: share('CR'), pr: share('PR'), imp: share('IMP') },
    ttr,
    dor: dorModel(cohort),
    accrual_wk: accrual,
    cutoff_wk: cutoff > 0 ? cutoff : 1,
    dropout_hazard: 0,
    death_hazard: exposure > 0 ? deaths / exposure : 0,
    visit_wk: recorded.length > 0 && recorded.every((t) => Number.isInteger(t)) ? 1 : null,
  };
}
