import { proportionInterval } from './proportionInterval.ts';
import type { ProportionMethod } from './report.ts';

/** Tables kept before the oldest is dropped (each holds 2(n + 1) numbers). */
const CAPACITY = 64;
const cache = new Map<string, Float64Array>();

/**
 * Every interval a method gives for n patients, one table per (n, method, level): entries 2x and
 * 2x + 1 hold the lower and upper bound for x responders, x = 0..n. The intervals do not depend
 * on the true rate, so exact coverage and expected widths compute each table once and re-weight
 * it as the rate moves; the most recent tables are kept, and the same object is returned again.
 * Assumes n >= 1 integer and a two-sided level in (0, 1) (default 0.95). The table must not be
 * changed: copy it (`slice`) before transferring it to another thread.
 * Reference: see `proportionInterval`.
 * @example intervalTable(18, { method: 'clopper-pearson' }).slice(30, 32) // [0.5858..., 0.9642...]
 */
export function intervalTable(
  n: number,
  { method, level = 0.95 }: { method: ProportionMethod; level?: number },
): Float64Array {
  const key = `${method}|${level}|${n}`;
  let table = cache.get(key);
  if (table === undefined) {
    table = new Float64Array(2 * (n + 1));
    for (let x = 0; x <= n; x++) {
      const [lower, upper] = proportionInterval(x, n, { method, level });
      table[2 * x] = lower;
      table[2 * x + 1] = upper;
    }
    if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
    cache.set(key, table);
  }
  return table;
}
