import { cleanPoints } from '../../engine/digitise/cleanPoints.ts';
import type { KmPoint } from '../../engine/digitise/rgbaImage.ts';

/**
 * Points with survival as a proportion, as the digitiser keeps them: survival given in percent
 * (detected as `cleanPoints` detects it: a value above 1.5) is divided by 100, with a note.
 * The points are otherwise left as given (cleaning comes when they are reconstructed).
 * Example: `pointsAsProportions([{ time: 0, survival: 100 }, { time: 3, survival: 80 }]).points[1].survival` is `0.8`.
 */
export function pointsAsProportions(points: readonly KmPoint[]): {
  points: KmPoint[];
  notes: string[];
} {
  const percent = points.length > 0 && cleanPoints(points).percent;
  if (!percent) return { points: [...points], notes: [] };
  return {
    points: points.map((p) => ({ time: p.time, survival: p.survival / 100 })),
    notes: ['Survival was read as a percentage and divided by 100.'],
  };
}
