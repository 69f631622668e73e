/**
 * The number of responders in one simulated study of n patients who each respond with
 * probability p, by n Bernoulli draws (so a seed gives the same study whatever else is drawn).
 * Assumes n >= 0 integer, 0 <= p <= 1 and `rng` uniform in [0, 1).
 * Reference: the binomial distribution as a sum of Bernoulli trials (Feller, 1968, VI.1).
 * @example simulateResponders(18, 0.6, { rng: chunkRng('s', 0) }) // e.g. 11
 */
export function simulateResponders(n: number, p: number, { rng }: { rng: () => number }): number {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`n must be a whole number >= 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  let responders = 0;
  for (let i = 0; i < n; i++) if (rng() < p) responders++;
  return responders;
}
