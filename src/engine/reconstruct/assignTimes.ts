import { shuffle } from './shuffle.ts';

/**
 * Gives each time to a different patient chosen at random among those whose follow-up can still
 * cover it (`capacity(p) >= time`), latest times first; `false` when some time fits nobody left.
 * Assumes `pool` holds distinct patients; `set` records the time on the chosen one.
 * @example assignTimes([2, 1], patients, { capacity: (p) => p.deathWk ?? 38, set, rng })
 */
export function assignTimes<P>(
  times: readonly number[],
  pool: readonly P[],
  {
    capacity,
    set,
    rng,
  }: { capacity: (p: P) => number; set: (p: P, time: number) => void; rng: () => number },
): boolean {
  const free = shuffle([...pool], rng);
  for (const t of [...times].sort((a, b) => b - a)) {
    const i = free.findIndex((p) => capacity(p) >= t - 1e-9);
    if (i < 0) return false;
    set(free[i], t);
    free.splice(i, 1);
  }
  return true;
}
