/**
 * Refuses a count (replicates, studies, items, cohorts) that is not a whole number from `min`
 * to `max`, before any worker starts; the message names it.
 * @example checkCount('reps', 2e9, { max: 1e9 }) // throws "reps must be a whole number from 1 to 1000000000, got 2000000000"
 */
export function checkCount(
  name: string,
  value: number,
  { min = 1, max }: { min?: number; max: number },
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}
