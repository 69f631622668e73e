import { max } from 'd3-array';
import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import { dorObservations } from '../dorObservations.ts';
import { kaplanMeier } from '../kaplanMeier.ts';
import { kmMedian } from '../kmMedian.ts';
import type { Rng } from '../montecarlo/chunkRng.ts';
import { drawLatentStudy, type LatentPatient } from '../montecarlo/drawLatentStudy.ts';
import { observeLatentPatient } from '../montecarlo/observeLatentPatient.ts';
import { observeLatentStudy } from '../montecarlo/observeLatentStudy.ts';
import type { Scenario } from '../montecarlo/scenario.ts';
import type { KmTransform } from '../report.ts';
import { checkStoppingRule, type StoppingRule } from './stoppingRule.ts';

/** How a designed study is run and analysed (times in weeks). */
export interface DesignedStudySettings {
  /**
   * How long each look waits after its last patient started, so that patient's response can be
   * seen; accrual pauses meanwhile. At least 0.
   */
  lookDelayWk: number;
  /** Level and transform of the median duration of response's interval. */
  level: number;
  transform: KmTransform;
  /** The median DOR's interval lies above this when its lower bound does. At least 0. */
  dorThresholdWk: number;
}

/** Counts from simulated designed studies; the tallies of chunks add up. */
export interface DesignedStudyTally {
  trials: number;
  /**
   * `stops[lookOffsets(rule)[i] + x]`: studies that stopped at look i with x responders seen
   * (the last look: every study still running).
   */
  stops: Int32Array;
  /** Studies whose median-DOR interval lay wholly above the threshold. */
  dorAbove: number;
  /** Of those, the studies that also succeeded. */
  dorAboveAndSuccess: number;
  /** Studies without a responder (no duration of response), and with its median not reached. */
  noResponder: number;
  medianNotReached: number;
}

/**
 * Where look i's counts start in a tally's `stops`: the sum of n + 1 over the looks before it,
 * with the total length last. Example: `lookOffsets(simonRule({ r1: 3, n1: 13, r: 12, n: 43 }))` is `[0, 14, 58]`.
 */
export function lookOffsets(rule: StoppingRule): number[] {
  const offsets = [0];
  for (const look of rule.looks) offsets.push(offsets[offsets.length - 1] + look.n + 1);
  return offsets;
}

/**
 * Simulates `count` single-arm studies run under a stopping rule, each drawn patient by patient
 * from a scenario (the one fitted to a cohort, say), and counts where each stopped, with how
 * many responders, and whether its median duration of response (DOR) was shown to exceed a
 * threshold. The study enrols the rule's largest n at the scenario's accrual rate (its accrual
 * period stretched by nMax / n) in order of entry. Each look is taken `lookDelayWk` after its
 * last patient started, and counts the responses seen by then (`observeLatentPatient`: seen at
 * the scenario's visits, before death or drop-out); accrual pauses until the look's decision
 * (as two-stage designs assume), so no patient beyond the look's n has started. A study that
 * stops — at any look, for futility or efficacy, or at the last — is analysed then, with the
 * patients enrolled so far and the data seen at that look: its ORR is the responders seen over
 * those patients, and its DOR the Kaplan–Meier median of their responses with its
 * Brookmeyer–Crowley interval, which lies above the threshold when its lower bound does (a lower
 * bound not reached counts when the longest DOR follow-up passes the threshold). Success is an
 * efficacy stop, at an interim look or the last. Chunks drawn with `chunkRng(seed, index)` give
 * the same tallies whichever worker runs them.
 * Assumes a valid scenario (`validateScenario`), a rule that `checkStoppingRule` accepts, count
 * >= 0 whole, 0 < level < 1, lookDelayWk >= 0 and dorThresholdWk >= 0.
 * Reference: Simon (1989), Controlled Clinical Trials 10:1 (stage-wise accrual); Lee & Liu
 * (2008), Clinical Trials 5:93 (simulated operating characteristics); Brookmeyer & Crowley (1982).
 * @example designedStudyChunk(simonRule(design), fitScenario(cohort), { count: 64, rng: chunkRng('s', 0), lookDelayWk: 5, level: 0.95, transform: 'log-log', dorThresholdWk: 1 }).trials // 64
 */
export function designedStudyChunk(
  rule: StoppingRule,
  scenario: Scenario,
  options: DesignedStudySettings & { count: number; rng: Rng },
): DesignedStudyTally {
  const nMax = checkStoppingRule(rule);
  const { count, rng, lookDelayWk, level, transform, dorThresholdWk } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number >= 0, got ${count}`);
  }
  if (!(lookDelayWk >= 0 && Number.isFinite(lookDelayWk))) {
    throw new RangeError(`lookDelayWk must be a number of weeks >= 0, got ${lookDelayWk}`);
  }
  if (!(dorThresholdWk >= 0 && Number.isFinite(dorThresholdWk))) {
    throw new RangeError(`dorThresholdWk must be a number of weeks >= 0, got ${dorThresholdWk}`);
  }
  const design: Scenario = {
    ...scenario,
    n: nMax,
    accrual_wk: (scenario.accrual_wk * nMax) / scenario.n,
  };
  const { responders } = DEFAULT_ANALYSIS_OPTIONS;
  const visitWk = scenario.visit_wk;
  const offsets = lookOffsets(rule);
  const tally: DesignedStudyTally = {
    trials: count,
    stops: new Int32Array(offsets[offsets.length - 1]),
    dorAbove: 0,
    dorAboveAndSuccess: 0,
    noResponder: 0,
    medianNotReached: 0,
  };
  const last = rule.looks.length - 1;
  for (let t = 0; t < count; t++) {
    const latent = drawLatentStudy(design, { rng }).sort((a, b) => a.entryWk - b.entryWk);
    const enrolled: LatentPatient[] = [];
    /** Enrolled patients who will respond but whose response has not been seen yet. */
    let unseen: LatentPatient[] = [];
    let shift = 0;
    let x = 0;
    for (let i = 0; i <= last; i++) {
      const look = rule.looks[i];
      while (enrolled.length < look.n) {
        const p = latent[enrolled.length];
        const moved = shift === 0 ? p : { ...p, entryWk: p.entryWk + shift };
        enrolled.push(moved);
        if (responders.includes(p.code)) unseen.push(moved);
      }
      const cutoffWk = enrolled[look.n - 1].entryWk + lookDelayWk;
      // What is seen only grows with the cut-off, so a response once counted stays counted.
      unseen = unseen.filter((p) => {
        const seen = observeLatentPatient(p, { cutoffWk, visitWk });
        if (seen === null || !responders.includes(seen.bestResponse)) return true;
        x++;
        return false;
      });
      const efficacy = look.efficacy !== null && x >= look.efficacy;
      const futility = look.futility !== null && x <= look.futility;
      if (!efficacy && !futility && i < last) {
        shift += lookDelayWk;
        continue;
      }
      tally.stops[offsets[i] + x]++;
      const { patients } = observeLatentStudy(enrolled, { cutoffWk, visitWk });
      const dor = dorObservations(patients, responders);
      if (dor.length === 0) {
        tally.noResponder++;
        break;
      }
      const median = kmMedian(kaplanMeier(dor), { level, transform });
      if (median.median === null) tally.medianNotReached++;
      const longest = max(dor, (o) => o.time) ?? 0;
      const above =
        median.lower === null ? longest > dorThresholdWk : median.lower > dorThresholdWk;
      if (above) {
        tally.dorAbove++;
        if (efficacy) tally.dorAboveAndSuccess++;
      }
      break;
    }
  }
  return tally;
}
