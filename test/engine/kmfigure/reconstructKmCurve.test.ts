import { describe, expect, it } from 'vitest';
import { cleanPoints } from '../../../src/engine/digitise/cleanPoints.ts';
import {
  kmDiagnostics,
  reconstructFromKm,
  reconstructKmCurve,
} from '../../../src/engine/kmfigure/index.ts';
import { atRiskOf, kmFigures } from './kmFigures.ts';

const curve = kmFigures.figures[0].curves[0];
const corners = curve.corners.time.map((time, i) => ({
  time,
  survival: 100 * curve.corners.survival[i],
}));

describe('reconstructKmCurve', () => {
  it('is cleanPoints, then reconstructFromKm, then kmDiagnostics, on the same options', () => {
    const options = { atRisk: atRiskOf(curve), totalEvents: curve.events };
    const read = reconstructKmCurve(corners, options);
    const cleaned = cleanPoints(corners);
    const reconstruction = reconstructFromKm(cleaned.points, options);
    expect(read.cleaned).toEqual(cleaned);
    expect(read.reconstruction).toEqual(reconstruction);
    expect(read.diagnostics).toEqual(kmDiagnostics(cleaned.points, reconstruction, options));
    expect(read.warnings).toEqual([]);
    expect(read.cleaned.notes).toContain('Survival read as a percentage and divided by 100.');
  });

  it('passes the cleaning options on, and says when the at-risk table reaches past the curve', () => {
    const read = reconstructKmCurve(
      corners.map((p) => ({ ...p, survival: p.survival / 100 })),
      { percent: false, maxTime: 100, atRisk: atRiskOf(curve) },
    );
    expect(read.cleaned.percent).toBe(false);
    expect(read.cleaned.points.at(-1)!.time).toBeLessThanOrEqual(100);
    expect(read.warnings[0]).toMatch(/^At-risk entries after the curve's last point/);
  });

  it('refuses, with the engine’s message, what cannot be rebuilt', () => {
    expect(() => reconstructKmCurve([], { n: 5 })).toThrow('no points to reconstruct from');
    expect(() => reconstructKmCurve(corners, {})).toThrow(
      'give n (the number of patients) or an at-risk table starting at time 0',
    );
    expect(() =>
      reconstructKmCurve(corners, {
        atRisk: [
          { time: 0, n: 11 },
          { time: 20, n: 12 },
        ],
      }),
    ).toThrow('numbers at risk cannot increase: 11 at 0 then 12 at 20');
    expect(() => reconstructKmCurve(corners, { n: 11, totalEvents: 12 })).toThrow(
      'total events must be a whole number from 0 to n (11), got 12',
    );
  });
});
