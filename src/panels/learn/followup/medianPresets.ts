/** A long-lasting response in weeks, for which an early cut-off matters most. */
export const LONG_MEDIAN_WK = 26;

/**
 * The buttons offered for the true median duration of response: the median fitted to the
 * cohort and a long-lasting response, each named with its value in weeks.
 * Assumes `fittedMedianWk` is already rounded to one decimal.
 * @example medianPresets(3.4)[0] // { name: 'Fitted to this cohort (3.4 wk)', value: 3.4 }
 */
export function medianPresets(fittedMedianWk: number): { name: string; value: number }[] {
  return [
    { name: `Fitted to this cohort (${fittedMedianWk.toFixed(1)} wk)`, value: fittedMedianWk },
    { name: `Long-lasting responses (${LONG_MEDIAN_WK} wk)`, value: LONG_MEDIAN_WK },
  ];
}
