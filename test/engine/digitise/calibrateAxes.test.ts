import { describe, expect, it } from 'vitest';
import {
  calibrateAxes,
  dataToPixel,
  deltaE,
  hexColour,
  inkCoverage,
  pixelToData,
  rgbColour,
  srgbToLab,
} from '../../../src/engine/digitise/index.ts';

describe('calibrateAxes', () => {
  const calibration = calibrateAxes({
    x: [
      { pixel: 90, value: 0 },
      { pixel: 520, value: 150 },
    ],
    y: [
      { pixel: 317, value: 0 },
      { pixel: 54, value: 1 },
    ],
  });

  it('maps the clicked pixels to their values and back', () => {
    expect(pixelToData(calibration, { x: 90, y: 317 })).toEqual({ time: 0, survival: 0 });
    const p = pixelToData(calibration, { x: 520, y: 54 });
    expect(p.time).toBeCloseTo(150, 12);
    expect(p.survival).toBeCloseTo(1, 12);
    const back = dataToPixel(calibration, { time: 75, survival: 0.5 });
    expect(back.x).toBeCloseTo(305, 12);
    expect(back.y).toBeCloseTo(185.5, 12);
    expect(calibration.percent).toBe(false);
  });

  it('reads a percent axis, and log axes', () => {
    const percent = calibrateAxes({
      x: [
        { pixel: 0, value: 0 },
        { pixel: 100, value: 10 },
      ],
      y: [
        { pixel: 200, value: 0 },
        { pixel: 0, value: 100 },
      ],
    });
    expect(percent.percent).toBe(true);
    const log = calibrateAxes({
      x: [
        { pixel: 0, value: 1 },
        { pixel: 200, value: 100 },
      ],
      y: [
        { pixel: 100, value: 0.01 },
        { pixel: 0, value: 1 },
      ],
      xLog: true,
      yLog: true,
    });
    expect(pixelToData(log, { x: 100, y: 50 }).time).toBeCloseTo(10, 12);
    expect(pixelToData(log, { x: 100, y: 50 }).survival).toBeCloseTo(0.1, 12);
    expect(dataToPixel(log, { time: 0, survival: 1 }).x).toBeNaN();
  });

  it('refuses clicks that cannot calibrate, naming the axis', () => {
    const ok = {
      x: [
        { pixel: 0, value: 0 },
        { pixel: 100, value: 10 },
      ],
    } as const;
    expect(() =>
      calibrateAxes({
        ...ok,
        y: [
          { pixel: 5, value: 0 },
          { pixel: 5.5, value: 1 },
        ],
      }),
    ).toThrow(/^y axis: the two clicks must be at least one pixel apart/);
    expect(() =>
      calibrateAxes({
        ...ok,
        y: [
          { pixel: 5, value: 1 },
          { pixel: 50, value: 1 },
        ],
      }),
    ).toThrow(/y axis: the two clicks must have different values, got 1 twice/);
    expect(() =>
      calibrateAxes({
        ...ok,
        y: [
          { pixel: 5, value: 0 },
          { pixel: 50, value: 1 },
        ],
        yLog: true,
      }),
    ).toThrow(/y axis is logarithmic: values must be above 0, got 0/);
    expect(() =>
      calibrateAxes({
        ...ok,
        y: [
          { pixel: NaN, value: 0 },
          { pixel: 50, value: 1 },
        ],
      }),
    ).toThrow(/y axis: pixel and value must be numbers/);
  });
});

describe('colours', () => {
  it('reads and writes #RRGGBB', () => {
    expect(rgbColour('#D55E00')).toEqual([213, 94, 0]);
    expect(rgbColour('0af')).toEqual([0, 170, 255]);
    expect(hexColour([213, 94, 0])).toBe('#d55e00');
    expect(() => rgbColour('red')).toThrow('colour must be #RRGGBB, got "red"');
  });

  it('converts sRGB to CIELAB as the CIE defines it (D65)', () => {
    const white = srgbToLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.01);
    // Pure red: L* 53.24, a* 80.09, b* 67.20 (published sRGB→Lab values).
    const red = srgbToLab([255, 0, 0]);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
    expect(deltaE([50, 0, 0], [53, 4, 0])).toBe(5);
  });

  it('measures how much of a pixel a line covers, and how far its colour is from the mixture', () => {
    const white = [255, 255, 255] as const;
    const edge = inkCoverage([255, 136, 136], white, [255, 0, 0]);
    expect(edge.alpha).toBeCloseTo(119 / 255, 6);
    expect(edge.distance).toBeLessThan(1);
    // A paler pick of the same ink still reaches the core (coverage above 1).
    expect(inkCoverage([255, 0, 0], white, [255, 136, 136]).alpha).toBeCloseTo(255 / 119, 6);
    // Another hue at the same darkness is far from every mixture.
    expect(inkCoverage([0, 0, 255], white, [255, 0, 0]).distance).toBeGreaterThan(50);
  });
});
