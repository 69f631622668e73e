import type { RgbaImage } from './rgbaImage.ts';
import type { Rgb } from './rgbColour.ts';

/**
 * The colour of pixel (x, y), composited over white when it is not opaque (a transparent
 * screenshot looks like that on a page). Assumes whole-number coordinates inside the image.
 * @example pixelRgb({ width: 1, height: 1, data: new Uint8ClampedArray([0, 0, 0, 0]) }, 0, 0) // [255, 255, 255]
 */
export function pixelRgb(image: RgbaImage, x: number, y: number): Rgb {
  const i = (y * image.width + x) * 4;
  const d = image.data;
  const a = d[i + 3] / 255;
  if (a === 1) return [d[i], d[i + 1], d[i + 2]];
  return [d[i] * a + 255 * (1 - a), d[i + 1] * a + 255 * (1 - a), d[i + 2] * a + 255 * (1 - a)];
}
