import { describe, expect, it } from 'vitest';
import {
  calibrateAxes,
  cleanPoints,
  extractCurve,
  pickInk,
} from '../../../src/engine/digitise/index.ts';
import { pointsAt } from '../../../src/engine/kmfigure/pointsAt.ts';
import { figureImage, kmFigures, worstExcess } from '../kmfigure/kmFigures.ts';

/**
 * Largest distance allowed between the extracted and the true curve. In veteran-trt the test arm
 * is drawn over the standard arm, which is hidden under it for a tenth of its length: there the
 * extraction follows the arm on top, up to 0.021 away.
 */
const TOLERANCE: Record<string, number> = { 'veteran-trt-600x400/Standard': 0.025 };

const cases = kmFigures.figures.flatMap((figure) =>
  figure.curves.map((curve) => ({ figure, curve, name: `${figure.id}/${curve.label}` })),
);

describe('extractCurve on figures drawn by R (test/fixtures/kmfigures.R)', () => {
  it.each(cases)(
    '$name: the curve picked by a click lies within 0.02 of the true one',
    ({ figure, curve, name }) => {
      const image = figureImage(figure);
      const calibration = calibrateAxes(figure.calibration);
      expect(calibration.percent).toBe(figure.y_scale === 100);
      const colour = pickInk(image, curve.click);
      const extracted = extractCurve(image, { colour, calibration });
      const { points, percent } = cleanPoints(extracted.points);
      expect(percent).toBe(figure.y_scale === 100);
      // A drop may move by two pixels (the width of the thickest line) in time.
      const pixel = Math.abs(calibration.x.scale);
      const tolerance = TOLERANCE[name] ?? 0.02;
      const worst = worstExcess(curve, (t) => pointsAt(points, t), { tolerance, slack: 2 * pixel });
      const inputs = { name, colour, tolerance, worst, points: points.length };
      expect(worst.excess, JSON.stringify(inputs)).toBeLessThanOrEqual(0);
      // The curve is seen along most of its length, and ends where the data end (a censoring
      // mark at the end may carry it a few pixels on).
      expect(extracted.seen, JSON.stringify(inputs)).toBeGreaterThan(0.9);
      const end = Math.max(...curve.km.time);
      expect(Math.abs(points.at(-1)!.time - end), JSON.stringify(inputs)).toBeLessThanOrEqual(
        5 * pixel,
      );
    },
  );

  it('gives the same curve from the colour typed as #RRGGBB as from a click', () => {
    const figure = kmFigures.figures[0];
    const image = figureImage(figure);
    const calibration = calibrateAxes(figure.calibration);
    const curve = figure.curves[1];
    const typed = extractCurve(image, { colour: curve.colour, calibration });
    const picked = extractCurve(image, { colour: pickInk(image, curve.click), calibration });
    expect(typed.points.length).toBe(picked.points.length);
    typed.points.forEach((p, i) => {
      expect(p.time).toBeCloseTo(picked.points[i].time, 1);
      expect(p.survival).toBeCloseTo(picked.points[i].survival, 2);
    });
  });
});
