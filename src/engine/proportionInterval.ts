import { agrestiCoull } from './agrestiCoull.ts';
import { clopperPearson } from './clopperPearson.ts';
import { jeffreys } from './jeffreys.ts';
import type { ProportionMethod } from './report.ts';
import { wald } from './wald.ts';
import { wilson } from './wilson.ts';

const METHODS: Record<
  ProportionMethod,
  (x: number, n: number, options: { level?: number }) => [number, number]
> = {
  'clopper-pearson': clopperPearson,
  wilson,
  jeffreys,
  'agresti-coull': agrestiCoull,
  wald,
};

/**
 * The interval of one named method for x successes of n at a two-sided level (default 0.95).
 * Assumes n >= 1 and 0 <= x <= n integers; see each method's function for its reference.
 * @example proportionInterval(3, 18, { method: 'wilson' }) // [0.0583..., 0.3922...]
 */
export function proportionInterval(
  x: number,
  n: number,
  options: { method: ProportionMethod; level?: number },
): [number, number] {
  const interval = METHODS[options.method];
  if (!interval) throw new RangeError(`unknown proportion method: ${String(options.method)}`);
  return interval(x, n, { level: options.level });
}
