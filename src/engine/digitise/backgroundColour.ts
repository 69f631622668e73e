import type { PixelRegion } from './plotRegion.ts';
import { pixelRgb } from './pixelRgb.ts';
import type { RgbaImage } from './rgbaImage.ts';
import type { Rgb } from './rgbColour.ts';

/**
 * The background of a region: the most common colour, grouped in bins of 8 levels per channel
 * so that JPEG noise does not split it, and averaged within its bin.
 * Assumes the background covers more of the region than any one line or band, as in a plot.
 * @example backgroundColour(image, { left: 0, right: 99, top: 0, bottom: 99 }) // [255, 255, 255] on white
 */
export function backgroundColour(image: RgbaImage, region: PixelRegion): Rgb {
  const counts = new Map<number, { n: number; r: number; g: number; b: number }>();
  let best: { n: number; r: number; g: number; b: number } | null = null;
  for (let y = region.top; y <= region.bottom; y++) {
    for (let x = region.left; x <= region.right; x++) {
      const [r, g, b] = pixelRgb(image, x, y);
      const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
      let bin = counts.get(key);
      if (!bin) counts.set(key, (bin = { n: 0, r: 0, g: 0, b: 0 }));
      bin.n++;
      bin.r += r;
      bin.g += g;
      bin.b += b;
      if (!best || bin.n > best.n) best = bin;
    }
  }
  if (!best) return [255, 255, 255];
  return [best.r / best.n, best.g / best.n, best.b / best.n];
}
