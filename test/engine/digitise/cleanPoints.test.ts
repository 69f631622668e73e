import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPoints } from '../../../src/engine/digitise/cleanPoints.ts';

describe('cleanPoints', () => {
  it('detects percent, sorts, clips to the axes, lowers rises and starts at (0, 1)', () => {
    const { points, percent, notes } = cleanPoints([
      { time: 5, survival: 80 },
      { time: 2, survival: 90 },
      { time: 6, survival: 85 },
      { time: -0.3, survival: 101 },
      { time: 9, survival: NaN },
    ]);
    expect(percent).toBe(true);
    expect(points).toEqual([
      { time: 0, survival: 1 },
      { time: 2, survival: 0.9 },
      { time: 5, survival: 0.8 },
      { time: 6, survival: 0.8 },
    ]);
    expect(notes).toEqual([
      '1 point without a number dropped.',
      'Survival read as a percentage and divided by 100.',
      '1 point moved onto the axes.',
      '1 point lowered so that survival never increases.',
    ]);
  });

  it('keeps the top and bottom of a drop, drops repeats and points past the axis', () => {
    const { points, notes } = cleanPoints(
      [
        { time: 0, survival: 1 },
        { time: 3, survival: 1 },
        { time: 3, survival: 0.9 },
        { time: 3, survival: 0.8 },
        { time: 3, survival: 0.8 },
        { time: 7, survival: 0.8 },
        { time: 12, survival: 0.7 },
      ],
      { maxTime: 10 },
    );
    expect(points).toEqual([
      { time: 0, survival: 1 },
      { time: 3, survival: 1 },
      { time: 3, survival: 0.8 },
      { time: 7, survival: 0.8 },
    ]);
    expect(notes).toEqual(['1 point after time 10 dropped.']);
  });

  it('adds (0, 1) when the curve does not start there, and refuses an empty input', () => {
    expect(cleanPoints([{ time: 1, survival: 0.5 }]).points[0]).toEqual({ time: 0, survival: 1 });
    expect(() => cleanPoints([])).toThrow('no points to reconstruct from');
  });

  it('always gives a non-increasing curve from (0, 1) inside the axes (property)', () => {
    const point = fc.record({
      time: fc.double({ min: -5, max: 100, noNaN: true }),
      survival: fc.double({ min: -0.1, max: 1.2, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 60 }), (input) => {
        const { points } = cleanPoints(input, { percent: false });
        expect(points[0]).toEqual({ time: 0, survival: 1 });
        for (let i = 1; i < points.length; i++) {
          expect(points[i].time).toBeGreaterThanOrEqual(points[i - 1].time);
          expect(points[i].survival).toBeLessThanOrEqual(points[i - 1].survival);
          expect(points[i].survival).toBeGreaterThanOrEqual(0);
          // At most two readings at one time.
          if (i >= 2) expect(points[i - 2].time === points[i].time).toBe(false);
        }
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
