import { describe, expect, it } from 'vitest';
import { calibrateAxes } from '../../../../src/engine/digitise/calibrateAxes.ts';
import { kmDiagnostics, reconstructFromKm } from '../../../../src/engine/kmfigure/index.ts';
import { describeFit, timeInWords } from '../../../../src/panels/reconstruct/figure/describeFit.ts';
import {
  curvePath,
  nearestPoint,
  pointPixel,
  readClick,
} from '../../../../src/panels/reconstruct/figure/figurePixels.ts';
import { atRiskOf, kmFigures } from '../../../engine/kmfigure/kmFigures.ts';

// R's aml figure: time 0–150 weeks over pixels 90.5–521.1, survival 0–1 over rows 317.5–53.7.
const aml = kmFigures.figures[0];
const calibration = calibrateAxes(aml.calibration);
const percent = calibrateAxes({
  ...aml.calibration,
  y: [
    { pixel: 317.451851851852, value: 0 },
    { pixel: 53.7481481481482, value: 100 },
  ],
});
const size = { width: aml.width, height: aml.height };
const r = (v: number) => Math.round(v * 10) / 10;

describe('points on the figure', () => {
  it('lie where the axes put them, survival a proportion whether the axis is in percent or not', () => {
    const p = pointPixel(calibration, { time: 0, survival: 1 })!;
    expect([r(p.x), r(p.y)]).toEqual([90.5, 53.7]);
    expect(pointPixel(percent, { time: 150, survival: 0 })).toEqual(
      pointPixel(calibration, { time: 150, survival: 0 }),
    );
    const log = calibrateAxes({
      ...aml.calibration,
      x: [
        { pixel: 90, value: 1 },
        { pixel: 500, value: 100 },
      ],
      xLog: true,
    });
    expect(pointPixel(log, { time: 0, survival: 1 })).toBeNull();
  });

  it('are joined as a step curve: across to each time, then down to its level', () => {
    expect(
      curvePath(calibration, [
        { time: 0, survival: 1 },
        { time: 9, survival: 1 },
        { time: 9, survival: 0.5 },
      ]),
    ).toBe('M90.5,53.7H116.3V53.7H116.3V185.6');
  });

  it('are found near a click, within a radius', () => {
    const pixels = [{ x: 10, y: 10 }, null, { x: 50, y: 12 }];
    expect(nearestPoint(pixels, { x: 48, y: 14 }, 6)).toBe(2);
    expect(nearestPoint(pixels, { x: 30, y: 30 }, 6)).toBe(-1);
  });
});

describe('a click on the figure', () => {
  it('reads as a point on the curve, inside the axes', () => {
    const read = readClick(calibration, { x: 390.5, y: 268.9 }, size);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.point.time).toBeCloseTo(104.5, 0);
    expect(read.point.survival).toBeCloseTo(0.18, 2);
    const inPercent = readClick(percent, { x: 390.5, y: 268.9 }, size);
    expect(inPercent.ok && inPercent.point.survival).toBeCloseTo(read.point.survival, 12);
    // A hair outside the axes is put on them.
    const edge = readClick(calibration, { x: 89, y: 52 }, size);
    expect(edge.ok && edge.point).toEqual({ time: 0, survival: 1 });
  });

  it('off the axes or the image says so, with what it reads', () => {
    expect(readClick(calibration, { x: 30, y: 200 }, size)).toEqual({
      ok: false,
      message:
        'That click is off the axes: it reads time −21.1, survival 0.445. Click inside the plot, on the curve.',
    });
    expect(readClick(calibration, { x: 300, y: 20 }, size).ok).toBe(false);
    expect(readClick(calibration, { x: 700, y: 200 }, size)).toEqual({
      ok: false,
      message: 'That click is outside the image.',
    });
  });
});

describe('the check in words', () => {
  const curve = aml.curves[0];
  const points = curve.corners.time.map((time, i) => ({
    time,
    survival: curve.corners.survival[i],
  }));

  it('says the patients, events, gap, medians and numbers at risk', () => {
    const options = { atRisk: atRiskOf(curve), totalEvents: 7 };
    const d = kmDiagnostics(points, reconstructFromKm(points, options), options);
    expect(describeFit(d, 'weeks', { atRiskGiven: true })).toEqual([
      'Reconstructed 11 patients with 7 events, as the paper reports.',
      'Their Kaplan–Meier curve lies within 0.058 of the digitised curve (the largest gap is at 48 weeks). That is more than a careful reading explains: check the points and the at-risk table.',
      'Median: 31 weeks, as on the figure.',
      'The numbers at risk match the figure at all 8 published times after 0.',
    ]);
  });

  it('names the numbers at risk that differ, and the guess made with n alone', () => {
    const atRisk = [
      { time: 0, n: 11 },
      // Ten still at risk at 20 weeks cannot be: three have had events by then.
      { time: 20, n: 10 },
      { time: 40, n: 3 },
    ];
    const d = kmDiagnostics(points, reconstructFromKm(points, { atRisk }), { atRisk });
    const words = describeFit(d, 'months', { atRiskGiven: true });
    expect(words[0]).toMatch(
      /^Reconstructed 11 patients with \d+ events \(the total was not given\)\.$/,
    );
    expect(words.at(-1)).toMatch(
      /^The numbers at risk differ at 1 of 2 published times: at 20 months 10 on the figure, 8 rebuilt\.$/,
    );
    const alone = kmDiagnostics(points, reconstructFromKm(points, { n: 11 }), { n: 11 });
    expect(describeFit(alone, 'days', { atRiskGiven: false }).at(-1)).toMatch(
      /^Only n was given: no censoring is placed before the curve ends/,
    );
  });

  it('writes times in the figure’s unit', () => {
    expect(timeInWords(1, 'months')).toBe('1 month');
    expect(timeInWords(10.1849, 'months')).toBe('10.18 months');
    expect(timeInWords(null, 'days')).toBe('not reached');
  });
});
