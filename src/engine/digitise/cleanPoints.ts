import type { KmPoint } from './rgbaImage.ts';

/** Points ready for reconstruction, and what was changed to make them so. */
export interface CleanedPoints {
  /** Sorted by time, from (0, 1), survival a proportion that never increases. */
  points: KmPoint[];
  /** The input gave survival in percent (and was divided by 100). */
  percent: boolean;
  /** One sentence per kind of change, for the user to check. */
  notes: string[];
}

/** Options of `cleanPoints`. */
export interface CleanOptions {
  /** Survival is in percent; by default, when a value passes 1.5. */
  percent?: boolean;
  /** Last time on the x axis: later points are dropped. */
  maxTime?: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Makes digitised points what Guyot's reconstruction needs (as IPDfromKM's `preprocess` does):
 * survival as a proportion (percent detected when a value passes 1.5), clipped to the axes (times
 * below 0 set to 0, survival into [0, 1], points after `maxTime` dropped), sorted by time (the
 * higher reading first at a tied time), never increasing (a reading above an earlier one is
 * lowered to it), at most two readings per time (the top and bottom of a drop), no repeats, and
 * starting at (0, 1). Non-finite readings are dropped. Each kind of change is counted in `notes`.
 * Throws a `RangeError` when no point is left.
 * Reference: Liu, Zhou & Lee (2021), BMC Med Res Methodol 21:111 (IPDfromKM `preprocess`).
 * @example cleanPoints([{ time: 5, survival: 80 }, { time: 2, survival: 90 }, { time: 6, survival: 85 }]).points // (0, 1), (2, 0.9), (5, 0.8), (6, 0.8)
 */
export function cleanPoints(input: readonly KmPoint[], options: CleanOptions = {}): CleanedPoints {
  const notes: string[] = [];
  const finite = input.filter((p) => Number.isFinite(p.time) && Number.isFinite(p.survival));
  if (finite.length < input.length) {
    notes.push(`${plural(input.length - finite.length, 'point')} without a number dropped.`);
  }
  const percent = options.percent ?? finite.some((p) => p.survival > 1.5);
  if (percent) notes.push('Survival read as a percentage and divided by 100.');
  const scale = percent ? 100 : 1;
  let clipped = 0;
  let points = finite.map(({ time, survival }) => {
    const s = survival / scale;
    const p = { time: Math.max(0, time), survival: Math.min(1, Math.max(0, s)) };
    if (p.time !== time || p.survival !== s) clipped++;
    return p;
  });
  if (clipped > 0) notes.push(`${plural(clipped, 'point')} moved onto the axes.`);
  if (options.maxTime !== undefined) {
    const before = points.length;
    points = points.filter((p) => p.time <= options.maxTime!);
    if (points.length < before) {
      notes.push(
        `${plural(before - points.length, 'point')} after time ${options.maxTime} dropped.`,
      );
    }
  }
  if (points.length === 0) throw new RangeError('no points to reconstruct from');
  points.sort((a, b) => a.time - b.time || b.survival - a.survival);
  let lowered = 0;
  for (let i = 1; i < points.length; i++) {
    if (points[i].survival > points[i - 1].survival) {
      points[i] = { time: points[i].time, survival: points[i - 1].survival };
      lowered++;
    }
  }
  if (lowered > 0) {
    notes.push(`${plural(lowered, 'point')} lowered so that survival never increases.`);
  }
  if (points[0].time !== 0 || points[0].survival !== 1) {
    points.unshift({ time: 0, survival: 1 });
    notes.push('The curve starts at (0, 1): that point was added.');
  }
  const kept: KmPoint[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const previous = kept.at(-1);
    if (previous && previous.time === p.time && previous.survival === p.survival) continue;
    // Of the readings at one time keep the first (highest) and the last (lowest).
    const sameBefore = kept.length >= 2 && kept.at(-2)!.time === p.time;
    if (sameBefore) kept.pop();
    kept.push(p);
  }
  return { points: kept, percent, notes };
}
