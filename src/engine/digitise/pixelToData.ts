import type { Calibration } from './calibrateAxes.ts';
import type { KmPoint, PixelPoint } from './rgbaImage.ts';

/**
 * The data coordinates (time, survival as on the axis) of an image position.
 * Assumes a calibration from `calibrateAxes`.
 * @example pixelToData(calibration, { x: 90, y: 54 }) // { time: 0, survival: 1 } for the clicks above
 */
export function pixelToData(calibration: Calibration, { x, y }: PixelPoint): KmPoint {
  const read = ({ offset, scale, log }: Calibration['x'], pixel: number) => {
    const v = offset + scale * pixel;
    return log ? 10 ** v : v;
  };
  return { time: read(calibration.x, x), survival: read(calibration.y, y) };
}
