import type { BootstrapReport } from '../../../engine/montecarlo/bootstrapReport.ts';
import type { Interval } from '../../../engine/report.ts';

/** Where the resamples are heading, read from a large bootstrap of the same cohort. */
export interface BootstrapSpread {
  /** Middle 95% of the resample ORRs (percentile interval). */
  orr: Interval;
  /** Middle 95% of the resample median durations of response; a `null` end when too many were not reached. */
  dor: Interval;
  /** Share of resamples whose median duration of response was not reached. */
  dorUndefined: number;
}

/**
 * The percentile intervals of the ORR and the median duration of response, and how often that
 * median was not reached, from a finished bootstrap report.
 * Assumes the report was run at the level the lesson names (95%).
 * @example bootstrapSpread(report).orr // [0.667, 1]
 */
export function bootstrapSpread(report: BootstrapReport): BootstrapSpread {
  const { orr, dor_median } = report.statistics;
  return {
    orr: orr.ci.percentile,
    dor: dor_median.ci.percentile,
    dorUndefined: dor_median.undefined_fraction,
  };
}
