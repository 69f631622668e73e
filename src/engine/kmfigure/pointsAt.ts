import type { KmPoint } from '../digitise/rgbaImage.ts';

/**
 * The survival of a digitised step curve at time t: the lowest reading at or before t (or, with
 * `before`, strictly before t: the left limit), 1 before the first. Assumes points sorted by time.
 * @example pointsAt([{ time: 0, survival: 1 }, { time: 5, survival: 1 }, { time: 5, survival: 0.5 }], 5) // 0.5
 */
export function pointsAt(
  points: readonly KmPoint[],
  t: number,
  { before = false }: { before?: boolean } = {},
): number {
  let s = 1;
  for (const p of points) {
    if (before ? p.time >= t : p.time > t) break;
    s = Math.min(s, p.survival);
  }
  return s;
}
