import type { Rgb } from './rgbColour.ts';

/** A colour in CIELAB: lightness 0–100 and the two opponent axes. */
export type Lab = readonly [number, number, number];

const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const EPSILON = (6 / 29) ** 3;
const f = (t: number) => (t > EPSILON ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);

/**
 * Converts an 8-bit sRGB colour to CIELAB (D65 white), the space in which a distance is about
 * how different two colours look.
 * Reference: IEC 61966-2-1 (sRGB); CIE 15:2004 (CIELAB).
 * @example srgbToLab([255, 255, 255]) // [100, 0, 0] (to rounding)
 */
export function srgbToLab([r8, g8, b8]: Rgb): Lab {
  const r = linear(r8);
  const g = linear(g8);
  const b = linear(b8);
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const fy = f(y);
  return [116 * fy - 16, 500 * (f(x) - fy), 200 * (fy - f(z))];
}
