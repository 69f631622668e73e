import { proportionInterval } from '../proportionInterval.ts';
import type { ProportionMethod } from '../report.ts';

/** Entries kept before the cache starts afresh (about 40 MB at most). */
const CAPACITY = 300_000;
const cache = new Map<string, readonly [number, number]>();

/**
 * `proportionInterval(x, n, { method, level })`, remembered: exact coverage and width sums ask for
 * the same intervals again and again as the true rate moves, and Clopper–Pearson and Jeffreys
 * bounds cost a beta quantile each. The result depends only on the arguments.
 * Assumes the arguments `proportionInterval` accepts; the level defaults to 0.95.
 * Reference: see `proportionInterval`.
 * @example cachedInterval(15, 18, 'clopper-pearson') // [0.5858..., 0.9642...]
 */
export function cachedInterval(
  x: number,
  n: number,
  method: ProportionMethod,
  level = 0.95,
): readonly [number, number] {
  const key = `${method}|${level}|${n}|${x}`;
  let interval = cache.get(key);
  if (interval === undefined) {
    interval = Object.freeze(proportionInterval(x, n, { method, level }));
    if (cache.size >= CAPACITY) cache.clear();
    cache.set(key, interval);
  }
  return interval;
}
