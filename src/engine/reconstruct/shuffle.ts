/**
 * Shuffles an array in place (Fisher–Yates) with the given rng and returns it.
 * Reference: Knuth, TAOCP vol. 2, Algorithm P.
 * @example shuffle([1, 2, 3], seedrandom('1')) // the same permutation for the same seed
 */
export function shuffle<T>(items: T[], rng: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
