/** What part of a patient's course a lane segment shows. */
export type LaneState = 'before' | 'response' | 'after';

/** One stretch of a lane, from x0 to x1 in plot coordinates. */
export interface LaneSegment {
  state: LaneState;
  x0: number;
  x1: number;
}

/** A patient's course as a swimmer lane draws it, in weeks from the start of treatment. */
export interface LaneCourse {
  /** When the response began, or `null` for a patient who never responded. */
  onsetWk: number | null;
  /** When the response ended (or last follow-up, if it did not end). */
  endWk: number;
  followupWk: number;
}

/**
 * The stretches of a swimmer lane: before response from week 0 (to last follow-up for a patient
 * who never responded), in response from onset to its end, and after it to last follow-up, with x
 * mapping weeks to the plot. A responder's stretches that come out empty on the plot are left out.
 * Assumes 0 <= onset <= end <= follow-up and an increasing x. The main, small and lesson swimmer
 * plots all draw their lanes from this.
 * Reference: README, "Using the app" (the swimmer plot's lanes).
 * @example laneSegments({ onsetWk: 1, endWk: 4, followupWk: 4 }, (w) => 10 * w) // [{ state: 'before', x0: 0, x1: 10 }, { state: 'response', x0: 10, x1: 40 }]
 */
export function laneSegments(
  { onsetWk, endWk, followupWk }: LaneCourse,
  x: (week: number) => number,
): LaneSegment[] {
  if (onsetWk === null) return [{ state: 'before', x0: x(0), x1: x(followupWk) }];
  const segments: LaneSegment[] = [
    { state: 'before', x0: x(0), x1: x(onsetWk) },
    { state: 'response', x0: x(onsetWk), x1: x(endWk) },
    { state: 'after', x0: x(endWk), x1: x(followupWk) },
  ];
  return segments.filter((s) => s.x1 > s.x0);
}
