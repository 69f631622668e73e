import type { Calibration } from './calibrateAxes.ts';
import type { KmPoint, PixelPoint } from './rgbaImage.ts';

/**
 * The image position of a data point (time, survival as on the axis); the inverse of
 * `pixelToData`. A value of 0 or less on a log axis has no position (`NaN`).
 * @example dataToPixel(calibration, { time: 0, survival: 1 }) // { x: 90, y: 54 } for the clicks of calibrateAxes' example
 */
export function dataToPixel(calibration: Calibration, { time, survival }: KmPoint): PixelPoint {
  const place = ({ offset, scale, log }: Calibration['x'], value: number) => {
    const v = log ? (value > 0 ? Math.log10(value) : NaN) : value;
    return (v - offset) / scale;
  };
  return { x: place(calibration.x, time), y: place(calibration.y, survival) };
}
