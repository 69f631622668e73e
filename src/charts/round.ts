/**
 * Rounds a pixel coordinate to two decimals so geometry and snapshots stay stable.
 * Example: `round(12.3456) === 12.35`.
 */
export function round(v: number): number {
  return Math.round(v * 100) / 100;
}
