import { backgroundColour } from './backgroundColour.ts';
import type { Calibration } from './calibrateAxes.ts';
import { dataToPixel } from './dataToPixel.ts';
import { dropDashes } from './dropDashes.ts';
import { inkMask } from './inkMask.ts';
import { pixelToData } from './pixelToData.ts';
import type { PixelRegion } from './plotRegion.ts';
import type { KmPoint, PixelPoint, RgbaImage } from './rgbaImage.ts';
import { hexColour, rgbColour, type Rgb } from './rgbColour.ts';
import { stepFlats } from './stepFlats.ts';
import { traceSteps } from './traceSteps.ts';

/** Options of `extractCurve`. */
export interface ExtractOptions {
  /** The curve's colour, `#RRGGBB` or channels (as `pickInk` gives it from a click). */
  colour: string | Rgb;
  calibration: Calibration;
  /** Largest ΔE (CIELAB) between a pixel and a mixture of the colour and the background (default 20). */
  tolerance?: number;
  /** Pixels searched (inclusive); default from time 0 to the image's right edge, survival 1 to 0 plus a margin. */
  region?: PixelRegion;
  /** Least change of level, in pixels, that counts as a drop (default 0.5). */
  minDrop?: number;
  /** Dashes shorter than this many pixels both ways are dropped (default: 5 line widths + 4, at least 12). */
  minDash?: number;
  /** Cost of a drop hidden under another line, in columns of missing ink (default 40). */
  jumpPenalty?: number;
}

/** A curve read off an image. */
export interface ExtractedCurve {
  /** Corners of the step function in the axis units (survival in percent on a percent axis). */
  points: KmPoint[];
  /** The same corners on the image, to draw over it. */
  pixels: PixelPoint[];
  /** Thickness of the line where flat, in pixels. */
  lineWidth: number;
  /** Share of the columns, from the curve's first to its last, where the curve was seen (0–1). */
  seen: number;
  ink: string;
  background: string;
}

function defaultRegion(image: RgbaImage, calibration: Calibration): PixelRegion {
  const full = calibration.percent ? 100 : 1;
  const top = dataToPixel(calibration, { time: 0, survival: full });
  const bottom = dataToPixel(calibration, { time: 0, survival: 0 });
  const clamp = (v: number, hi: number) => Math.min(Math.max(Math.round(v), 0), hi);
  return {
    left: clamp(Math.min(top.x, bottom.x) - 1, image.width - 1),
    right: image.width - 1,
    top: clamp(Math.min(top.y, bottom.y) - 4, image.height - 1),
    bottom: clamp(Math.max(top.y, bottom.y) + 3, image.height - 1),
  };
}

/**
 * Reads one Kaplan–Meier curve off an image by its colour, as the corners of a step function:
 * finds the pixels of that colour (anti-aliased edges included, shaded bands left out: `inkMask`),
 * drops the dashes of dashed confidence and median lines (`dropDashes`), follows the solid curve
 * from full survival at time 0 (`traceSteps`: ticks and spurs lead nowhere, hidden stretches are
 * crossed), and measures its flats and drops to a fraction of a pixel (`stepFlats`). The first
 * flat within a line width of full survival at time 0 is put there exactly.
 * Assumes an upright figure whose survival axis falls downwards, a calibration from
 * `calibrateAxes`, and one curve of this colour (confidence lines of the same colour dashed).
 * Output times may be slightly below 0 and survival slightly outside the axis: `cleanPoints`
 * makes them what the reconstruction needs.
 * @example extractCurve(image, { colour: '#d55e00', calibration }).points // [{ time: 0, survival: 1 }, { time: 9.1, survival: 1 }, { time: 9.1, survival: 0.91 }, …]
 */
export function extractCurve(image: RgbaImage, options: ExtractOptions): ExtractedCurve {
  const { calibration, tolerance = 20, minDrop = 0.5, jumpPenalty = 40 } = options;
  const ink = typeof options.colour === 'string' ? rgbColour(options.colour) : options.colour;
  const region = options.region ?? defaultRegion(image, calibration);
  if (region.right <= region.left || region.bottom <= region.top) {
    throw new RangeError('the plot region is empty: check the axis calibration');
  }
  const background = backgroundColour(image, region);
  const ink0 = inkMask(image, region, { ink, background, tolerance });
  clearFrameLines(ink0.mask, ink0.width, ink0.height);
  const lineWidth0 = typicalThickness(ink0.mask, ink0.width, ink0.height);
  const minDash = options.minDash ?? Math.max(12, 5 * lineWidth0 + 4);
  const mask = dropDashes(ink0, { minExtent: minDash });
  const full = calibration.percent ? 100 : 1;
  const origin = dataToPixel(calibration, { time: 0, survival: full });
  const startRow = Math.round(origin.y - 0.5) - region.top;
  const reach = Math.max(3, lineWidth0 + 1);
  const startRows = [startRow - reach, startRow + reach] as const;
  // First on this ink alone, to find where the curve ends; then again up to there, letting the
  // path follow other inks where they hide the curve (past its end they would only lead it off).
  const { width } = ink0;
  const alone = traceSteps(mask, width, ink0.height, { startRows, jumpPenalty });
  let end = width - 1;
  while (end > 0 && !mask[alone[end] * width + end]) end--;
  const cover = ink0.cover.slice();
  for (let i = 0; i < cover.length; i++) if (i % width > end) cover[i] = 0;
  const rows = traceSteps(mask, width, ink0.height, { startRows, jumpPenalty, cover });
  const trace = stepFlats({ ...ink0, cover }, mask, rows, { minDrop, start: origin });
  const result: ExtractedCurve = {
    points: [],
    pixels: [],
    lineWidth: trace.lineWidth,
    seen: trace.spanColumns > 0 ? trace.inkColumns / trace.spanColumns : 0,
    ink: hexColour(ink),
    background: hexColour(background),
  };
  const { flats, drops } = trace;
  if (flats.length === 0) return result;
  const ys = flats.map((f) => f.y);
  const pixels: PixelPoint[] = [{ x: origin.x, y: origin.y }];
  drops.forEach((x, k) => pixels.push({ x, y: ys[k] }, { x, y: ys[k + 1] }));
  pixels.push({ x: Math.max(flats.at(-1)!.x1, pixels.at(-1)!.x), y: ys.at(-1)! });
  result.pixels = pixels;
  result.points = pixels.map((p) => pixelToData(calibration, p));
  return result;
}

/** The most common height of the vertical runs of a mask (its lines' thickness where flat). */
function typicalThickness(mask: Uint8Array, width: number, height: number): number {
  const counts = new Array<number>(16).fill(0);
  for (let x = 0; x < width; x++) {
    let run = 0;
    for (let y = 0; y <= height; y++) {
      if (y < height && mask[y * width + x]) run++;
      else if (run > 0) {
        if (run < counts.length) counts[run]++;
        run = 0;
      }
    }
  }
  let best = 1;
  for (let h = 1; h < counts.length; h++) if (counts[h] > counts[best]) best = h;
  return best;
}

/**
 * Clears the columns crossed top to bottom by ink (a frame or an axis drawn in the curve's
 * colour, such as black): no drop of a survival curve spans the whole region with its margins.
 */
function clearFrameLines(mask: Uint8Array, width: number, height: number): void {
  for (let x = 0; x < width; x++) {
    let run = 0;
    let longest = 0;
    for (let y = 0; y < height; y++) {
      run = mask[y * width + x] ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest < 0.95 * height) continue;
    for (let y = 0; y < height; y++) mask[y * width + x] = 0;
  }
}
