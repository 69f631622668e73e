import { deltaE } from './deltaE.ts';
import { inkCoverage } from './inkCoverage.ts';
import type { PixelRegion } from './plotRegion.ts';
import { pixelRgb } from './pixelRgb.ts';
import type { RgbaImage } from './rgbaImage.ts';
import type { Rgb } from './rgbColour.ts';
import { srgbToLab } from './srgbToLab.ts';

/** The ink of one colour over a region, column-major-free: index `(y - top) * width + (x - left)`. */
export interface InkMask {
  region: PixelRegion;
  width: number;
  height: number;
  /** Coverage α of each pixel by the ink (0 where its colour is another ink's). */
  alpha: Float32Array;
  /** 1 where the pixel belongs to a line of the ink: covered enough and darker than around it. */
  mask: Uint8Array;
  /** 1 where another ink covers the pixel (it differs from the background by ΔE over 15): a line of this ink may be hidden there. */
  cover: Uint8Array;
}

/** Options of `inkMask`. */
export interface InkMaskOptions {
  ink: Rgb;
  background: Rgb;
  /**
   * Largest ΔE between a fully covered pixel and the ink (default 20); a pixel covered α is
   * allowed α of it, plus 2 for rounding.
   */
  tolerance?: number;
  /** Least coverage of a line pixel (default 0.3): lighter shaded bands stay out. */
  minCoverage?: number;
  /** Least coverage above the local surroundings (default 0.15): darker bands stay out. */
  minContrast?: number;
  /** How far the surroundings are looked at, in pixels (default 8). */
  radius?: number;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const m = values.length >> 1;
  return values.length % 2 ? values[m] : (values[m - 1] + values[m]) / 2;
}

/**
 * Finds the pixels of a region drawn with one ink: each pixel's coverage α (`inkCoverage`),
 * kept when its colour is within `tolerance` of an ink–background mixture, its α is at least
 * `minCoverage`, and it stands out by `minContrast` from its surroundings — the least, over the
 * four directions, of the median α at 2 to `radius` pixels away. A line is thin in at least one
 * direction, so its pixels stand out; a shaded confidence band is wide, so it does not.
 * Assumes lines at most about `radius` pixels thick.
 * @example inkMask(image, region, { ink: [213, 94, 0], background: [255, 255, 255] }).mask
 */
export function inkMask(image: RgbaImage, region: PixelRegion, options: InkMaskOptions): InkMask {
  const {
    ink,
    background,
    tolerance = 20,
    minCoverage = 0.3,
    minContrast = 0.15,
    radius = 8,
  } = options;
  const width = region.right - region.left + 1;
  const height = region.bottom - region.top + 1;
  const alpha = new Float32Array(width * height);
  const cover = new Uint8Array(width * height);
  const backgroundLab = srgbToLab(background);
  const seen = new Map<number, number>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rgb = pixelRgb(image, x + region.left, y + region.top);
      const key = (Math.round(rgb[0]) << 16) | (Math.round(rgb[1]) << 8) | Math.round(rgb[2]);
      let a = seen.get(key);
      if (a === undefined) {
        const c = inkCoverage(rgb, background, ink);
        // A pale pixel of any hue is close to a pale mixture of the ink: the allowed distance
        // shrinks with the coverage, so that grey anti-aliasing of black axes is not taken.
        // Another ink is coded as a negative coverage.
        a =
          c.distance <= tolerance * Math.min(1, c.alpha) + 2
            ? c.alpha
            : deltaE(srgbToLab(rgb), backgroundLab) > 15
              ? -1
              : 0;
        seen.set(key, a);
      }
      if (a < 0) cover[y * width + x] = 1;
      alpha[y * width + x] = Math.max(a, 0);
    }
  }
  // Scale coverage so that the line's core is 1, whichever pixel of it gave the ink: the
  // 30th-largest coverage stands for the core (corners and crossings of even a hair line).
  const covered = alpha.filter((a) => a > 0.05).sort();
  const core = covered.length > 0 ? covered[Math.max(0, covered.length - 30)] : 1;
  if (core > 0) for (let i = 0; i < alpha.length; i++) alpha[i] = Math.min(1, alpha[i] / core);
  const mask = new Uint8Array(width * height);
  const around: number[] = [];
  const directions = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = alpha[y * width + x];
      if (a < minCoverage) continue;
      let surroundings = Infinity;
      for (const [dx, dy] of directions) {
        around.length = 0;
        for (let d = 2; d <= radius; d++) {
          const u = x + dx * d;
          const v = y + dy * d;
          around.push(u < 0 || v < 0 || u >= width || v >= height ? 0 : alpha[v * width + u]);
        }
        surroundings = Math.min(surroundings, median(around));
      }
      if (a - surroundings >= minContrast) mask[y * width + x] = 1;
    }
  }
  return { region, width, height, alpha, mask, cover };
}
