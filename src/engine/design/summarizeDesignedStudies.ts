import type { Histogram } from '../montecarlo/Histogram.ts';
import { histogramMoments } from '../montecarlo/histogramMoments.ts';
import { histogramQuantile } from '../montecarlo/histogramQuantile.ts';
import { lookOffsets, type DesignedStudyTally } from './designedStudyChunk.ts';
import type { StoppingRule } from './stoppingRule.ts';

/** What simulated designed studies show: how the rule behaved, and the ORR and DOR they report. */
export interface DesignedStudyReport {
  trials: number;
  /** Share of studies that succeeded (stopped for efficacy, at an interim look or the last). */
  success: number;
  /** Share that stopped before the last look, and split by reason. */
  earlyStop: number;
  earlyFutility: number;
  earlyEfficacy: number;
  /** Mean number of patients enrolled. */
  expectedN: number;
  /** For each look, the share of studies that stopped there for futility and for efficacy. */
  byLook: { n: number; futility: number; efficacy: number }[];
  /**
   * The ORR each study reports at its stop (responders seen over patients enrolled): its exact
   * distribution over the studies, mean and 2.5%, 50% and 97.5% quantiles (R's type 1).
   */
  orr: Histogram & { mean: number; quantiles: [number, number, number] };
  /** Shares of studies by what their median duration of response showed. */
  dor: {
    /** The median's interval lay wholly above the threshold. */
    above: number;
    /** It did, and the study succeeded. */
    aboveAndSuccess: number;
    /** No responder, so no duration of response. */
    noResponder: number;
    /** The median was not reached. */
    notReached: number;
  };
}

/**
 * Adds up the tallies of simulated designed studies (`designedStudyChunk`) and turns them into
 * shares of the trials: the rule's behaviour (success, early stops, expected n, by look, in the
 * shape of `operatingCharacteristics`), the distribution of the ORR reported at the stop and what
 * the median duration of response showed.
 * Assumes tallies of the same rule, at least one trial in all.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, section 3 (simulated characteristics).
 * @example summarizeDesignedStudies(rule, [tally]).success // the share of studies that succeeded
 */
export function summarizeDesignedStudies(
  rule: StoppingRule,
  tallies: readonly DesignedStudyTally[],
): DesignedStudyReport {
  const trials = tallies.reduce((s, t) => s + t.trials, 0);
  if (trials === 0) throw new RangeError('no simulated studies to summarise');
  const offsets = lookOffsets(rule);
  const stops = new Float64Array(offsets[offsets.length - 1]);
  for (const t of tallies) t.stops.forEach((c, k) => (stops[k] += c));
  const last = rule.looks.length - 1;
  const orrCounts = new Map<number, number>();
  let expected = 0;
  const byLook = rule.looks.map((look, i) => {
    let futility = 0;
    let efficacy = 0;
    for (let x = 0; x <= look.n; x++) {
      const c = stops[offsets[i] + x];
      if (c === 0) continue;
      if (look.efficacy !== null && x >= look.efficacy) efficacy += c;
      else futility += c;
      orrCounts.set(x / look.n, (orrCounts.get(x / look.n) ?? 0) + c);
    }
    expected += look.n * (futility + efficacy);
    return { n: look.n, futility: futility / trials, efficacy: efficacy / trials };
  });
  const early = byLook.slice(0, last);
  const earlyFutility = early.reduce((s, l) => s + l.futility, 0);
  const earlyEfficacy = early.reduce((s, l) => s + l.efficacy, 0);
  const values = [...orrCounts.keys()].sort((a, b) => a - b);
  const histogram = { values, counts: values.map((v) => orrCounts.get(v)!) };
  const sum = (pick: (t: DesignedStudyTally) => number) =>
    tallies.reduce((s, t) => s + pick(t), 0) / trials;
  return {
    trials,
    success: earlyEfficacy + byLook[last].efficacy,
    earlyStop: earlyFutility + earlyEfficacy,
    earlyFutility,
    earlyEfficacy,
    expectedN: expected / trials,
    byLook,
    orr: {
      ...histogram,
      mean: histogramMoments(histogram).mean!,
      quantiles: [0.025, 0.5, 0.975].map((p) => histogramQuantile(histogram, p)) as [
        number,
        number,
        number,
      ],
    },
    dor: {
      above: sum((t) => t.dorAbove),
      aboveAndSuccess: sum((t) => t.dorAboveAndSuccess),
      noResponder: sum((t) => t.noResponder),
      notReached: sum((t) => t.medianNotReached),
    },
  };
}
