import type { Spread } from '../../engine/reconstruct/spread.ts';
import { plainValue } from './plainValue.ts';
import type { SpreadQuantity } from './spreadQuantities.ts';

const percent = (k: number, n: number) =>
  Math.round((100 * k) / n) === 0 ? 'less than 1%' : `${Math.round((100 * k) / n)}%`;

/**
 * One sentence, in plain words for a clinician, of how a quantity the paper did not report varies
 * across an ensemble of cohorts equally consistent with it (or, as `consistent` says, rebuilt
 * from readings of a figure): how often it is not reached, its range
 * where reached, and between which values the middle half of the cohorts lie.
 * Example: "Across 200 cohorts equally consistent with the paper, the upper 95% confidence bound
 * of the median duration of response was not reached in 51% of them (102 cohorts); where reached,
 * it ranged from 1 week to 25 weeks. The middle half of the cohorts lie between 1 week and not reached."
 */
export function describeSpread(
  quantity: SpreadQuantity,
  s: Spread,
  level: number,
  consistent = 'equally consistent with the paper',
): string {
  const n = s.n;
  const opening = `Across ${n.toLocaleString('en')} ${n === 1 ? 'cohort' : 'cohorts'} ${consistent}, ${quantity.noun(`${Number((level * 100).toFixed(1))}%`)}`;
  const show = (v: number | null) => plainValue(v, quantity.unit);
  if (n === 0) return `${opening} could not be computed: no cohort was drawn.`;
  const reached = s.histogram.filter((h) => h.value !== null);
  if (reached.length === 0) return `${opening} was not reached in any of them.`;
  const min = reached[0].value;
  const max = reached[reached.length - 1].value;
  const missing =
    s.not_reached > 0
      ? ` was not reached in ${percent(s.not_reached, n)} of them (${s.not_reached.toLocaleString('en')} ${s.not_reached === 1 ? 'cohort' : 'cohorts'}); where reached, it`
      : '';
  if (min === max) {
    return s.not_reached > 0
      ? `${opening}${missing} was ${show(min)}.`
      : `${opening} was ${show(min)} in every one of them.`;
  }
  const middle =
    s.quantiles.p25 === s.quantiles.p75
      ? `In at least half of the cohorts it was ${show(s.quantiles.p25)}.`
      : `The middle half of the cohorts lie between ${show(s.quantiles.p25)} and ${show(s.quantiles.p75)}.`;
  return `${opening}${missing} ranged from ${show(min)} to ${show(max)}. ${middle}`;
}
