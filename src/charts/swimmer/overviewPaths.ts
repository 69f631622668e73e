import { round } from '../round';
import type { SegmentState } from './laneStyle';

/**
 * The overview of many lanes, drawn cheaply: one thin row per lane (its stretches as given,
 * `height` / n pixels each, from `top`), gathered into one SVG path per state, so 2,000 lanes are
 * a handful of elements. Rows thinner than half a pixel are drawn half a pixel thick.
 * Example: `overviewPaths([[{ state: 'before', x0: 0, x1: 10 }]], { top: 0, height: 4 }).before`
 * is `'M0,0.5h10v3h-10Z'`.
 */
export function overviewPaths(
  lanes: readonly (readonly { state: SegmentState; x0: number; x1: number }[])[],
  { top, height }: { top: number; height: number },
): Partial<Record<SegmentState, string>> {
  const h = height / Math.max(1, lanes.length);
  const thick = h >= 2 ? h * 0.75 : Math.max(0.5, h);
  const parts: Partial<Record<SegmentState, string[]>> = {};
  lanes.forEach((segments, i) => {
    const y = round(top + i * h + (h - thick) / 2);
    for (const s of segments) {
      const w = round(s.x1 - s.x0);
      if (w <= 0) continue;
      (parts[s.state] ??= []).push(`M${round(s.x0)},${y}h${w}v${round(thick)}h${-w}Z`);
    }
  });
  return Object.fromEntries(Object.entries(parts).map(([state, p]) => [state, p.join('')]));
}
