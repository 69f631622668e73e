import type { ProportionMethod } from '../../../engine/report.ts';

/**
 * The interval methods whose expected width the sample-size lesson offers, in menu order.
 * Wald is left out: at 0/n and n/n it gives a zero-width interval, so "enough" would be n = 1.
 * Example: `PRECISION_METHODS.includes('wald') === false`.
 */
export const PRECISION_METHODS: readonly ProportionMethod[] = [
  'clopper-pearson',
  'wilson',
  'jeffreys',
  'agresti-coull',
];
