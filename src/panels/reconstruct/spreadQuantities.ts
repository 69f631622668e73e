/** How a quantity of the ensemble reads: its name in a sentence, a short title and its unit. */
export interface SpreadQuantity {
  key: string;
  /** Noun phrase for a sentence, given the confidence level as text ("95%"). */
  noun: (level: string) => string;
  /** Short title for a chart. */
  title: (level: string) => string;
  unit: 'weeks' | 'months' | 'days' | 'count';
}

/**
 * The quantities a published summary leaves open, in display order, as the ensemble reports them
 * (`ensembleSpread` keys). Example: `SPREAD_QUANTITIES[1].noun('95%')` is "the upper 95% bound of
 * the median duration of response".
 */
export const SPREAD_QUANTITIES: readonly SpreadQuantity[] = [
  {
    key: 'dor_ci_lower',
    noun: (l) => `the lower ${l} confidence bound of the median duration of response`,
    title: (l) => `Median DOR: lower ${l} bound`,
    unit: 'weeks',
  },
  {
    key: 'dor_ci_upper',
    noun: (l) => `the upper ${l} confidence bound of the median duration of response`,
    title: (l) => `Median DOR: upper ${l} bound`,
    unit: 'weeks',
  },
  {
    key: 'ttr_km_median',
    noun: () => 'the Kaplan–Meier median time to response (non-responders censored)',
    title: () => 'Kaplan–Meier median time to response',
    unit: 'weeks',
  },
  {
    key: 'ttr_ci_lower',
    noun: (l) => `the lower ${l} confidence bound of the median time to response`,
    title: (l) => `Median time to response: lower ${l} bound`,
    unit: 'weeks',
  },
  {
    key: 'ttr_ci_upper',
    noun: (l) => `the upper ${l} confidence bound of the median time to response`,
    title: (l) => `Median time to response: upper ${l} bound`,
    unit: 'weeks',
  },
  {
    key: 'ongoing_at_cutoff',
    noun: () => 'the number of responses still ongoing at the data cut-off',
    title: () => 'Responses ongoing at cut-off',
    unit: 'count',
  },
  {
    key: 'deaths',
    noun: () => 'the number of deaths',
    title: () => 'Deaths',
    unit: 'count',
  },
  {
    key: 'dor_bootstrap_lower',
    noun: (l) =>
      `the lower bound of the ${l} bootstrap interval of the median duration of response`,
    title: (l) => `Median DOR: lower bound, ${l} bootstrap`,
    unit: 'weeks',
  },
  {
    key: 'dor_bootstrap_upper',
    noun: (l) =>
      `the upper bound of the ${l} bootstrap interval of the median duration of response`,
    title: (l) => `Median DOR: upper bound, ${l} bootstrap`,
    unit: 'weeks',
  },
];
