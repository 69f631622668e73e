import type { Calibration } from '../../../engine/digitise/calibrateAxes.ts';
import { dataToPixel } from '../../../engine/digitise/dataToPixel.ts';
import { pixelToData } from '../../../engine/digitise/pixelToData.ts';
import type { KmPoint, PixelPoint } from '../../../engine/digitise/rgbaImage.ts';
import { showNumber } from '../../../engine/showNumber.ts';

/** How far outside the axes a click may land and still count (survival, as a proportion). */
const SURVIVAL_SLACK = 0.03;

/**
 * Where a point of a curve (survival as a proportion) lies on the figure: as `dataToPixel`, with
 * survival scaled to the axis (percent or proportion); `null` where it has no place (0 on a log axis).
 * Example: `pointPixel(calibration, { time: 0, survival: 1 })` is `{ x: 90.5, y: 53.7 }` on R's aml figure.
 */
export function pointPixel(calibration: Calibration, point: KmPoint): PixelPoint | null {
  const scale = calibration.percent ? 100 : 1;
  const p = dataToPixel(calibration, { time: point.time, survival: point.survival * scale });
  return Number.isFinite(p.x) && Number.isFinite(p.y) ? p : null;
}

/**
 * Reads a click on the figure as a point of a curve (survival as a proportion), or says why it
 * cannot be one: outside the image, or off the axes (before time 0 less a little, survival below
 * 0 or above 1 by more than 0.03, or past the image's right edge).
 * Example: `readClick(calibration, { x: 30, y: 200 }, { width: 600, height: 400 }).message` is
 * `'That click is off the axes: it reads time −26, survival 0.44. Click inside the plot, on the curve.'`
 */
export function readClick(
  calibration: Calibration,
  click: PixelPoint,
  size: { width: number; height: number },
): { ok: true; point: KmPoint } | { ok: false; message: string } {
  if (!(click.x >= 0 && click.y >= 0 && click.x <= size.width && click.y <= size.height)) {
    return { ok: false, message: 'That click is outside the image.' };
  }
  const scale = calibration.percent ? 100 : 1;
  const data = pixelToData(calibration, click);
  const point = { time: data.time, survival: data.survival / scale };
  const left = pixelToData(calibration, { x: 0, y: 0 }).time;
  const right = pixelToData(calibration, { x: size.width, y: 0 }).time;
  const slack = 0.01 * Math.abs(right - left);
  const onAxes =
    point.time >= -slack &&
    point.survival >= -SURVIVAL_SLACK &&
    point.survival <= 1 + SURVIVAL_SLACK;
  if (onAxes) {
    return {
      ok: true,
      point: { time: Math.max(0, point.time), survival: Math.min(1, Math.max(0, point.survival)) },
    };
  }
  const show = (v: number) => showNumber(Number(v.toPrecision(3))).replace('-', '−');
  return {
    ok: false,
    message: `That click is off the axes: it reads time ${show(point.time)}, survival ${show(point.survival)}. Click inside the plot, on the curve.`,
  };
}

/**
 * The step path of a curve's points on the figure (SVG path data, 0.1 px): across to each
 * point's time, then down (or up) to its level, as a Kaplan–Meier curve is drawn; points with no
 * place on the figure are skipped.
 * Example: `curvePath(calibration, [{ time: 0, survival: 1 }, { time: 9, survival: 0.9 }])` is `'M90.5,53.7H116.3V80.1'`.
 */
export function curvePath(calibration: Calibration, points: readonly KmPoint[]): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (const point of [...points].sort((a, b) => a.time - b.time)) {
    const p = pointPixel(calibration, point);
    if (!p) continue;
    d += d === '' ? `M${r(p.x)},${r(p.y)}` : `H${r(p.x)}V${r(p.y)}`;
  }
  return d;
}

/**
 * The index of the point nearest to a position on the figure, within `radius` pixels, or `-1`.
 * Example: `nearestPoint([{ x: 10, y: 10 }, { x: 50, y: 12 }], { x: 48, y: 14 }, 6)` is `1`.
 */
export function nearestPoint(
  pixels: readonly (PixelPoint | null)[],
  at: PixelPoint,
  radius: number,
): number {
  let best = -1;
  let bestDistance = radius * radius;
  pixels.forEach((p, i) => {
    if (!p) return;
    const d = (p.x - at.x) ** 2 + (p.y - at.y) ** 2;
    if (d <= bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}
