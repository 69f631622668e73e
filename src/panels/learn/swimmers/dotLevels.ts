/**
 * Stacks equal values for a dot plot: the height (1, 2, …) of each value's dot among the equal
 * values before it, so coinciding dots pile upwards instead of hiding one another.
 * Values equal to six decimals coincide; `null` (not reached) stacks as a value of its own.
 * @example dotLevels([0.5, 0.6, 0.5, null, 0.5]) // [1, 1, 2, 1, 3]
 */
export function dotLevels(values: readonly (number | null)[]): number[] {
  const seen = new Map<string, number>();
  return values.map((v) => {
    const key = v === null ? 'NR' : v.toFixed(6);
    const level = (seen.get(key) ?? 0) + 1;
    seen.set(key, level);
    return level;
  });
}
