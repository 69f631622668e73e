import { median } from '../median.ts';
import { quantileType7 } from '../quantileType7.ts';
import { chunkRng } from '../montecarlo/chunkRng.ts';
import { drawLatentStudy } from '../montecarlo/drawLatentStudy.ts';
import { observeLatentStudy } from '../montecarlo/observeLatentStudy.ts';
import type { Scenario } from '../montecarlo/scenario.ts';
import type { KmTransform } from '../report.ts';
import { replicateEstimates, type ReplicateEstimates } from './replicateEstimates.ts';

/** What many replicate studies report about the median DOR at one data cut-off. */
export interface FollowupSummary {
  /** Weeks from the last possible start (the end of accrual) to the cut-off. */
  followupWk: number;
  /** Share of studies whose Kaplan–Meier median was not reached. */
  notReached: number;
  /** The middle, 10th and 90th percentile of the medians that were reached (R's default quantile, type 7). */
  middle: number | null;
  low: number | null;
  high: number | null;
  /** The median over studies of the naive median of responses seen to end. */
  naive: number | null;
  /** Share of all responses seen by the cut-off that are still going on (censored). */
  ongoing: number;
  /** What the first study (stream 0) reports. */
  example: ReplicateEstimates;
}

/**
 * How the data cut-off changes the median duration of response: `studies` replicate studies of a
 * scenario (study k drawn from stream k of `seed`, so the patients are the same at every cut-off)
 * analysed at `followupWk` weeks after the end of accrual, summarised as the share of medians not
 * reached, the spread of those reached, the naive median and the share of responses ongoing.
 * Assumes a valid scenario and followupWk >= 0; its own cut-off is ignored.
 * Reference: Collett, Modelling Survival Data (2015), 1.1 and 2.4 (censoring and the median).
 * @example followupSummary(scenario, { followupWk: 4, studies: 200, seed: 'f' }).notReached // e.g. 0.31
 */
export function followupSummary(
  scenario: Scenario,
  {
    followupWk,
    studies,
    seed,
    transform = 'log-log',
  }: { followupWk: number; studies: number; seed: string; transform?: KmTransform },
): FollowupSummary {
  if (!(followupWk >= 0)) throw new RangeError(`followupWk must be >= 0, got ${followupWk}`);
  if (!Number.isInteger(studies) || studies < 1) {
    throw new RangeError(`studies must be a whole number >= 1, got ${studies}`);
  }
  const cutoffWk = scenario.accrual_wk + followupWk;
  const estimates = Array.from({ length: studies }, (_, k) => {
    const latent = drawLatentStudy(scenario, { rng: chunkRng(seed, k) });
    const seen = observeLatentStudy(latent, { cutoffWk, visitWk: scenario.visit_wk });
    return replicateEstimates(seen, { transform });
  });
  const reached = estimates
    .map((e) => e.dorMedian)
    .filter((m): m is number => m !== null)
    .sort((a, b) => a - b);
  const at = (q: number) => quantileType7(reached, q);
  const responders = estimates.reduce((s, e) => s + e.responders, 0);
  const ongoing = estimates.reduce((s, e) => s + e.responders - e.dorEvents, 0);
  return {
    followupWk,
    notReached: 1 - reached.length / studies,
    middle: median(reached),
    low: at(0.1),
    high: at(0.9),
    naive: median(estimates.map((e) => e.naiveDorMedian).filter((m): m is number => m !== null)),
    ongoing: responders > 0 ? ongoing / responders : 0,
    example: estimates[0],
  };
}
