import { describe, expect, it } from 'vitest';
import {
  calibrateAxes,
  cleanPoints,
  extractCurve,
  pickInk,
} from '../../../src/engine/digitise/index.ts';
import { Painter } from './painter.ts';

// Time 0 at column 50 and 100 at column 450; survival 0 at row 350 and 1 at row 50. A pixel's
// centre is half a pixel on: column 50 spans x 50–51, centre 50.5.
const calibration = calibrateAxes({
  x: [
    { pixel: 50.5, value: 0 },
    { pixel: 450.5, value: 100 },
  ],
  y: [
    { pixel: 350.5, value: 0 },
    { pixel: 50.5, value: 1 },
  ],
});
const row = (s: number) => Math.round(350 - 300 * s);
const col = (t: number) => Math.round(50 + 4 * t);
const RED = '#c0392b';

/** (0, 1) → 1 at 20 → 0.8 at 20 → 0.8 at 45 → 0.5 at 45 → 0.5 at 70 → 0.3 at 70 → 0.3 at 90. */
const TRUE: [number, number][] = [
  [0, 1],
  [20, 1],
  [20, 0.8],
  [45, 0.8],
  [45, 0.5],
  [70, 0.5],
  [70, 0.3],
  [90, 0.3],
];
const corners = TRUE.map(([t, s]) => [col(t), row(s)] as [number, number]);

function expectSteps(points: { time: number; survival: number }[]) {
  const cleaned = cleanPoints(points).points;
  expect(cleaned.map((p) => [Math.round(p.time), Math.round(p.survival * 100) / 100])).toEqual(
    TRUE.map(([t, s]) => [t, s]),
  );
}

describe('extractCurve on drawn test figures', () => {
  it('reads a plain step curve to the pixel', () => {
    const p = new Painter(500, 400).steps(corners, RED);
    expectSteps(extractCurve(p.image, { colour: RED, calibration }).points);
  });

  it('ignores censoring ticks above the curve, a dashed median line and dashed confidence lines of the same colour', () => {
    const p = new Painter(500, 400).dashes(50, 480, row(0.5), RED);
    // Dashed confidence lines: the same steps 0.08 above and below, drawn in dashes.
    for (const shift of [0.08, -0.08]) {
      for (let k = 1; k < TRUE.length; k += 2) {
        const [t0, s] = TRUE[k - 1];
        const [t1] = TRUE[k];
        p.dashes(col(t0), col(t1), row(Math.min(1, Math.max(0, s + shift))), RED);
      }
    }
    p.steps(corners, RED);
    // Ticks above the curve at 30 and 80 (censorings).
    p.rect(col(30), col(30) + 1, row(0.8) - 10, row(0.8), RED);
    p.rect(col(80), col(80) + 1, row(0.3) - 10, row(0.3), RED);
    expectSteps(extractCurve(p.image, { colour: RED, calibration }).points);
  });

  it('crosses a stretch hidden under another curve drawn on top', () => {
    // A blue curve drawn on top runs along the red one from 55 to 78, hiding its drop at 70.
    const p = new Painter(500, 400).steps(corners, RED);
    p.steps(
      [
        [col(55), row(0.5)],
        [col(70), row(0.5)],
        [col(70), row(0.3)],
        [col(78), row(0.3)],
      ],
      '#1f4e9e',
      3,
    );
    const extracted = extractCurve(p.image, { colour: RED, calibration });
    expectSteps(extracted.points);
    expect(extracted.seen).toBeLessThan(1);
  });

  it('picks the line colour from a click a pixel off the line', () => {
    const p = new Painter(500, 400).steps(corners, RED, 3);
    expect(pickInk(p.image, { x: col(30) + 0.5, y: row(0.8) + 2.5 })).toBe(RED);
    expect(() => pickInk(p.image, { x: 10, y: 10 })).toThrow(/only background/);
    expect(() => pickInk(p.image, { x: 600, y: 10 })).toThrow(/outside/);
  });

  it('finds nothing where nothing of the colour is drawn', () => {
    const p = new Painter(500, 400).steps(corners, RED);
    const extracted = extractCurve(p.image, { colour: '#00aa00', calibration });
    expect(extracted.seen).toBe(0);
    expect(extracted.points.length).toBeLessThanOrEqual(2);
  });
});
