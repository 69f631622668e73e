/** The statistics every bootstrap replicate computes, in report order. */
export const BOOTSTRAP_STATISTICS = [
  'orr',
  'cr',
  'response_by_week_1',
  'gc_halved',
  'dor_median',
  'ttr_median',
] as const;

/** One bootstrap statistic. */
export type BootstrapStatistic = (typeof BOOTSTRAP_STATISTICS)[number];
