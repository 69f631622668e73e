import { quantileType7 } from '../quantileType7.ts';

/** Pieces a piecewise exponential model has unless breaks are given. */
export const DEFAULT_PIECES = 3;

/**
 * Where a piecewise exponential model changes rate when the user gives no breaks: at the
 * quantiles j / pieces (j = 1 … pieces − 1, R's type 7) of the event times, without repeats, and
 * only strictly between 0 and `lastTime` (the last observed time).
 * @example pieceBreaks([1, 1, 1, 2, 3, 5, 8], 20) // [1, 3]
 */
export function pieceBreaks(
  eventTimes: readonly number[],
  lastTime: number,
  pieces = DEFAULT_PIECES,
): number[] {
  const sorted = [...eventTimes].sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let j = 1; j < pieces; j++) {
    const b = quantileType7(sorted, j / pieces);
    if (b !== null && b > 0 && b < lastTime && !breaks.includes(b)) breaks.push(b);
  }
  return breaks;
}
