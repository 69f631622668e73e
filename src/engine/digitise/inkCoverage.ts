import { deltaE } from './deltaE.ts';
import type { Rgb } from './rgbColour.ts';
import { srgbToLab } from './srgbToLab.ts';

/**
 * How much of a pixel a line of colour `ink` covers on `background`: the share α such that
 * the pixel looks like `background + α (ink − background)` (α may pass 1 up to the edge of the
 * sRGB cube, when the picked ink was itself a little pale), and how far, in CIELAB ΔE, the pixel
 * is from that mixture. Anti-aliased edges of the line have a small α and a small distance;
 * pixels of another colour have a large distance whatever their α.
 * Assumes anti-aliasing mixes in sRGB, as Cairo, Skia and most renderers do.
 * @example inkCoverage([255, 136, 136], [255, 255, 255], [255, 0, 0]) // { alpha: 0.47, distance: ~0 }
 */
export function inkCoverage(
  pixel: Rgb,
  background: Rgb,
  ink: Rgb,
): { alpha: number; distance: number } {
  let dot = 0;
  let norm = 0;
  let alphaMax = Infinity;
  for (let c = 0; c < 3; c++) {
    const step = ink[c] - background[c];
    dot += (pixel[c] - background[c]) * step;
    norm += step * step;
    if (step > 0) alphaMax = Math.min(alphaMax, (255 - background[c]) / step);
    if (step < 0) alphaMax = Math.min(alphaMax, -background[c] / step);
  }
  if (norm === 0) return { alpha: 0, distance: deltaE(srgbToLab(pixel), srgbToLab(ink)) };
  const alpha = Math.min(Math.max(dot / norm, 0), alphaMax);
  const mix: Rgb = [0, 1, 2].map(
    (c) => background[c] + alpha * (ink[c] - background[c]),
  ) as unknown as Rgb;
  return { alpha, distance: deltaE(srgbToLab(pixel), srgbToLab(mix)) };
}
