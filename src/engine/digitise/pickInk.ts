import { backgroundColour } from './backgroundColour.ts';
import { deltaE } from './deltaE.ts';
import { inkCoverage } from './inkCoverage.ts';
import { pixelRgb } from './pixelRgb.ts';
import type { PixelPoint, RgbaImage } from './rgbaImage.ts';
import { hexColour, type Rgb } from './rgbColour.ts';
import { srgbToLab } from './srgbToLab.ts';

/**
 * The colour of the curve a user clicked. The clicked pixel may be a pale anti-aliased edge, or
 * just miss the line: the nearest pixel within `radius` that differs from the background (ΔE
 * over 10) sets the hue, and of the pixels around with that hue (a mixture of it and the
 * background within ΔE 20) the most covered one — the core of the line — gives the colour.
 * Throws a `RangeError` when the click is outside the image or only background lies around it.
 * @example pickInk(image, { x: 390.5, y: 268.9 }) // '#d55e00' on the orange curve
 */
export function pickInk(
  image: RgbaImage,
  click: PixelPoint,
  { radius = 3 }: { radius?: number } = {},
): string {
  const cx = Math.floor(click.x);
  const cy = Math.floor(click.y);
  if (!(cx >= 0 && cy >= 0 && cx < image.width && cy < image.height)) {
    throw new RangeError(
      `the click (${click.x}, ${click.y}) is outside the ${image.width}×${image.height} image`,
    );
  }
  const background = backgroundColour(image, {
    left: 0,
    right: image.width - 1,
    top: 0,
    bottom: image.height - 1,
  });
  const backgroundLab = srgbToLab(background);
  const around: { rgb: Rgb; d2: number }[] = [];
  for (let y = Math.max(0, cy - radius); y <= Math.min(image.height - 1, cy + radius); y++) {
    for (let x = Math.max(0, cx - radius); x <= Math.min(image.width - 1, cx + radius); x++) {
      around.push({ rgb: pixelRgb(image, x, y), d2: (x - cx) ** 2 + (y - cy) ** 2 });
    }
  }
  const inked = around
    .filter((p) => deltaE(srgbToLab(p.rgb), backgroundLab) > 10)
    .sort((a, b) => a.d2 - b.d2);
  if (inked.length === 0) {
    throw new RangeError(`no line near (${click.x}, ${click.y}): only background there`);
  }
  const hue = inked[0].rgb;
  let best = hue;
  let bestAlpha = 1;
  for (const { rgb } of inked) {
    const { alpha, distance } = inkCoverage(rgb, background, hue);
    if (distance <= 20 && alpha > bestAlpha) {
      bestAlpha = alpha;
      best = rgb;
    }
  }
  return hexColour(best);
}
