/** A long-lasting response in weeks, for which an early cut-off matters most. */
export const LONG_MEDIAN_WK = 26;

/**
 * The buttons offered for the true median duration of response: the median fitted to the
 * cohort and a long-lasting response (the fitted model stretched), each named with its value
 * in weeks, and the one the lesson starts from (`startsLong`: the long one) saying so.
 * Assumes `fittedMedianWk` is already rounded to one decimal.
 * @example medianPresets(3.4, false)[0] // { name: 'Fitted to this cohort (3.4 wk; the start)', value: 3.4 }
 */
export function medianPresets(
  fittedMedianWk: number,
  startsLong: boolean,
): { name: string; value: number }[] {
  const start = '; the start';
  return [
    {
      name: `Fitted to this cohort (${fittedMedianWk.toFixed(1)} wk${startsLong ? '' : start})`,
      value: fittedMedianWk,
    },
    {
      name: `Long-lasting responses (${LONG_MEDIAN_WK} wk${startsLong ? start : ''})`,
      value: LONG_MEDIAN_WK,
    },
  ];
}
