import { numberParam } from '../../../io/params/numberParam.ts';

const share = (key: string, label: string, min: number, max: number, fallback: number) =>
  numberParam(key, { label, min, max, default: fallback, digits: 6 });

/**
 * The Bayesian lesson's link parameters: the prior's centre `pm` and worth in patients `ps`,
 * the threshold `th`, the credible `level`, the true ORR of the replicate studies `tp` (the
 * cohort's, rounded) and the posterior probability that convinces, `bar`.
 * Example: `bayesParams(0.83).tp.default === 0.83`.
 */
export function bayesParams(observedRate: number) {
  return {
    pm: share('pm', 'Prior centre', 0.01, 0.99, 0.5),
    ps: share('ps', 'Prior worth (patients)', 0.5, 100, 2),
    th: share('th', 'Threshold ORR', 0, 1, 0.5),
    level: share('level', 'Credible level', 0.5, 0.99, 0.95),
    tp: share(
      'tp',
      'True ORR for the replicate studies',
      0.01,
      0.99,
      Number(observedRate.toFixed(2)),
    ),
    bar: share('bar', 'Convinced when the probability is at least', 0.5, 0.99, 0.9),
  };
}
