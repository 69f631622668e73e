import type { Interval } from '../report.ts';
import { bcaInterval, jackknifeAcceleration } from './bcaInterval.ts';
import type { BootstrapCounts } from './bootstrapCounts.ts';
import type { BootstrapPlan } from './bootstrapPlan.ts';
import type { BootstrapReport, StatisticSummary } from './bootstrapReport.ts';
import { BOOTSTRAP_STATISTICS, type BootstrapStatistic } from './bootstrapStatistics.ts';
import { decodeStatistic } from './decodeStatistic.ts';
import { exactProportionDistribution } from './exactProportionDistribution.ts';
import type { Histogram } from './Histogram.ts';
import { histogramMoments } from './histogramMoments.ts';
import { histogramQuantile } from './histogramQuantile.ts';
import { jackknifeCodes } from './jackknifeCodes.ts';
import type { TallyData } from './CodeTally.ts';

function toHistogram(
  plan: BootstrapPlan,
  statistic: BootstrapStatistic,
  tally: TallyData,
): Histogram {
  const byValue = new Map<number, number>();
  tally.codes.forEach((code, k) => {
    const value = decodeStatistic(plan, statistic, code)!;
    byValue.set(value, (byValue.get(value) ?? 0) + tally.counts[k]);
  });
  const values = [...byValue.keys()].sort((a, b) => a - b);
  return { values, counts: values.map((v) => byValue.get(v)!) };
}

const FIXED_DENOMINATOR: readonly BootstrapStatistic[] = ['orr', 'cr', 'response_by_week_1'];

function summarize(
  plan: BootstrapPlan,
  s: number,
  {
    counts,
    full,
    jackknife,
    level,
  }: {
    counts: BootstrapCounts;
    full: Float64Array;
    jackknife: Float64Array[];
    level: number;
  },
): StatisticSummary {
  const statistic = BOOTSTRAP_STATISTICS[s];
  const estimate = decodeStatistic(plan, statistic, full[s]);
  const histogram = toHistogram(plan, statistic, counts.tallies[s]);
  const { count, sd } = histogramMoments(histogram);
  const none: Interval = [null, null];
  const alpha = (1 - level) / 2;
  let ci = { percentile: none, basic: none, bca: none };
  if (count > 0) {
    const lo = histogramQuantile(histogram, alpha);
    const hi = histogramQuantile(histogram, 1 - alpha);
    ci = {
      percentile: [lo, hi],
      basic: estimate === null ? none : [2 * estimate - hi, 2 * estimate - lo],
      bca:
        estimate === null
          ? none
          : bcaInterval(histogram, {
              estimate,
              level,
              acceleration: jackknifeAcceleration(
                jackknife.map((codes) => decodeStatistic(plan, statistic, codes[s])),
              ),
            }),
    };
  }
  const fixedDenominator =
    FIXED_DENOMINATOR.includes(statistic) ||
    (statistic === 'gc_halved' && full[s] >= 0 && full[s] % (plan.n + 1) === plan.n);
  const summary: StatisticSummary = {
    estimate,
    se: sd,
    undefined_fraction: counts.reps > 0 ? counts.undefinedCounts[s] / counts.reps : 0,
    ci,
    histogram,
  };
  if (fixedDenominator && estimate !== null && plan.n > 0) {
    summary.exact = exactProportionDistribution(Math.round(estimate * plan.n), plan.n);
  }
  return summary;
}

/**
 * Turns merged bootstrap counts into the report: per statistic the cohort's estimate, the
 * bootstrap SE, the share of undefined replicates and the percentile, basic and BCa intervals
 * (over the defined replicates), the exact histogram and, for proportions, the exact
 * Binomial(n, p̂)/n distribution. Efron & Tibshirani (1993), chs. 6, 13, 14.
 * @example summarizeBootstrap(plan, counts, { level: 0.95, seed: 'hlh' }).statistics.orr.se
 */
export function summarizeBootstrap(
  plan: BootstrapPlan,
  counts: BootstrapCounts,
  { level, seed }: { level: number; seed: string },
): BootstrapReport {
  const { full, leaveOneOut } = jackknifeCodes(plan);
  const statistics = Object.fromEntries(
    BOOTSTRAP_STATISTICS.map((name, s) => [
      name,
      summarize(plan, s, { counts, full, jackknife: leaveOneOut, level }),
    ]),
  ) as BootstrapReport['statistics'];
  return { reps: counts.reps, seed, level, statistics };
}
