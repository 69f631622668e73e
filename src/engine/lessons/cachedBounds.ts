import type { ProportionMethod } from '../report.ts';
import { intervalBounds } from './intervalBounds.ts';

/** Tables kept before the oldest is dropped (each holds 2(n + 1) numbers). */
const CAPACITY = 64;
const cache = new Map<string, Float64Array>();

/**
 * `intervalBounds(n, { method, level })`, remembered for the most recent tables: sweeping the
 * true rate over a grid asks for the same n + 1 intervals at every point. The result depends only
 * on the arguments and must not be changed by the caller.
 * Assumes the arguments `intervalBounds` accepts; the level defaults to 0.95.
 * Reference: see `intervalBounds`.
 * @example cachedBounds(18, 'wilson')[31] // upper Wilson bound for 15/18, 0.9421...
 */
export function cachedBounds(n: number, method: ProportionMethod, level = 0.95): Float64Array {
  const key = `${method}|${level}|${n}`;
  let bounds = cache.get(key);
  if (bounds === undefined) {
    bounds = intervalBounds(n, { method, level });
    if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
    cache.set(key, bounds);
  }
  return bounds;
}
