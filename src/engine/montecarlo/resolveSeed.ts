import type { Rng } from './chunkRng.ts';

/**
 * The seed of a chunked Monte Carlo job: the given text, or one drawn from `rng` (two draws,
 * in base 36) for callers that hold a generator rather than a seed.
 * @example resolveSeed({ seed: 'hlh' }) // 'hlh'
 */
export function resolveSeed({ seed, rng }: { seed?: string; rng?: Rng }): string {
  if (seed !== undefined) return seed;
  if (rng) return `${rng().toString(36).slice(2)}${rng().toString(36).slice(2)}`;
  throw new TypeError('a Monte Carlo job needs a seed or an rng');
}
