/**
 * Refuses a confidence level outside (0, 1) before any worker starts.
 * @example checkLevel(0.95) // passes; checkLevel(95) throws a RangeError
 */
export function checkLevel(level: number): void {
  if (!(level > 0 && level < 1))
    throw new RangeError(`level must be between 0 and 1, got ${level}`);
}
