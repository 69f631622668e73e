import type { BootstrapStatistic } from '../engine/montecarlo/bootstrapStatistics.ts';

/** How each bootstrap statistic is named in the page, and whether it is a proportion. */
export const STATISTIC_LABELS: Record<BootstrapStatistic, { label: string; proportion: boolean }> =
  {
    orr: { label: 'Overall response rate', proportion: true },
    cr: { label: 'Complete response rate', proportion: true },
    response_by_week_1: { label: 'Responded by week 1', proportion: true },
    gc_halved: { label: 'Glucocorticoid halved', proportion: true },
    dor_median: { label: 'Median duration of response (KM, weeks)', proportion: false },
    ttr_median: { label: 'Median time to response (KM, weeks)', proportion: false },
  };
