import type { Interval } from '../report.ts';
import type { BootstrapStatistic } from './bootstrapStatistics.ts';
import type { ExactDistribution, Histogram } from './Histogram.ts';

/** The bootstrap summary of one statistic. */
export interface StatisticSummary {
  /** The statistic on the cohort itself; `null` when undefined there. */
  estimate: number | null;
  /** Bootstrap standard error over the replicates where the statistic is defined. */
  se: number | null;
  /** Share of replicates where the statistic is undefined (median not reached, nobody eligible). */
  undefined_fraction: number;
  ci: { percentile: Interval; basic: Interval; bca: Interval };
  /** Exact histogram of the defined replicates. */
  histogram: Histogram;
  /** For a proportion with a fixed denominator: the exact bootstrap distribution Binomial(n, p̂)/n. */
  exact?: ExactDistribution;
}

/** The result of a nonparametric bootstrap of a cohort. */
export interface BootstrapReport {
  reps: number;
  seed: string;
  level: number;
  statistics: Record<BootstrapStatistic, StatisticSummary>;
}
