/**
 * Rounds to a whole number as R's `round` does: halves go to the even neighbour (IEC 60559),
 * so ports of R code give R's counts.
 * @example [0.5, 1.5, 2.5, -2.5].map(rRound) // [0, 2, 2, -2]
 */
export function rRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
