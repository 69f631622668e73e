import {
  symbolCircle,
  symbolCross,
  symbolDiamond2,
  symbolSquare,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import { palette } from '../palette';

/**
 * What a swimmer symbol marks. Events on the bar: the first response (shaped by its grade), CR
 * reached, loss of response, death. Events on the track above the bar: glucocorticoid halved,
 * fever resolved, a drug-related serious adverse event at its week (`sae`) or with no recorded
 * week (`sae-untimed`, drawn at the lane's start). Ends of lanes: a response still `ongoing`, and
 * `censored` (alive at last follow-up, not in response); a death ends its lane with `death`.
 */
export type MarkerKind =
  | 'response-CR'
  | 'response-PR'
  | 'response-IMP'
  | 'cr'
  | 'loss'
  | 'death'
  | 'gc-halved'
  | 'fever-resolved'
  | 'sae'
  | 'sae-untimed'
  | 'ongoing'
  | 'censored';

/**
 * How a marker is drawn: an SVG path centred on the origin, its paint, and a white `halo` (a
 * wider white stroke drawn first, 0 for none) that keeps it visible on any bar colour.
 */
export interface MarkerShape {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  halo: number;
}

/** A path written by hand in a 2 × 2 box centred on the origin (for shapes d3 lacks). */
type Outline = { points: [number, number][] };

const ARROW: Outline = {
  points: [
    [-1, -1],
    [1, 0],
    [-1, 1],
  ],
};
const BAR: Outline = {
  points: [
    [-0.3, -1],
    [0.3, -1],
    [0.3, 1],
    [-0.3, 1],
  ],
};

interface Style {
  type: SymbolType | Outline;
  fill: string;
  stroke: string;
  /** Stroke of the shape itself (a stroked symbol such as the loss ×), in pixels. */
  line: number;
  /** A white outline, in pixels either side of the shape's edge. */
  halo: number;
  /** Turn the symbol upside down (the glucocorticoid triangle points down at the bar). */
  flip?: boolean;
}

const WHITE = '#ffffff';

/** The one symbol set of every swimmer plot in the app (main, small multiples, lessons). */
const STYLES: Record<MarkerKind, Style> = {
  'response-CR': { type: symbolCircle, fill: palette.ink, stroke: 'none', line: 0, halo: 1 },
  'response-PR': { type: symbolTriangle, fill: palette.ink, stroke: 'none', line: 0, halo: 1 },
  'response-IMP': { type: symbolDiamond2, fill: palette.ink, stroke: 'none', line: 0, halo: 1 },
  cr: { type: symbolStar, fill: palette.cr, stroke: palette.ink, line: 0.8, halo: 0.6 },
  loss: { type: symbolTimes, fill: 'none', stroke: palette.ink, line: 2.2, halo: 1.2 },
  death: { type: symbolCross, fill: palette.death, stroke: 'none', line: 0, halo: 1 },
  'gc-halved': {
    type: symbolTriangle,
    fill: palette.gcHalved,
    stroke: 'none',
    line: 0,
    halo: 0,
    flip: true,
  },
  'fever-resolved': {
    type: symbolCircle,
    fill: palette.feverResolved,
    stroke: '#1b5f86',
    line: 1,
    halo: 0,
  },
  sae: { type: symbolSquare, fill: palette.sae, stroke: 'none', line: 0, halo: 0 },
  'sae-untimed': { type: symbolSquare, fill: WHITE, stroke: palette.sae, line: 1.5, halo: 0 },
  ongoing: { type: ARROW, fill: palette.inResponse, stroke: 'none', line: 0, halo: 0.8 },
  censored: { type: BAR, fill: palette.ink, stroke: 'none', line: 0, halo: 0 },
};

/**
 * The symbol of a marker kind whose whole drawing (shape, stroke and halo) fits a square of
 * half-side `r` centred on the origin, so a marker placed `r` inside its lane's band stays in it.
 * Every kind has its own shape, so colour is never the only cue; the same kinds look the same in
 * every swimmer plot of the app.
 * Example: `markerShape('death', 6)` is a black plus sign 12 px across, halo included.
 */
export function markerShape(kind: MarkerKind, r: number): MarkerShape {
  const key = `${kind} ${r}`;
  let shape = cache.get(key);
  if (!shape) cache.set(key, (shape = draw(kind, r)));
  return shape;
}

const cache = new Map<string, MarkerShape>();

function draw(kind: MarkerKind, r: number): MarkerShape {
  const s = STYLES[kind];
  // Outer width beyond the path: half the shape's stroke plus the halo, at most half of r (small
  // symbols get thinner strokes).
  const reach = s.line / 2 + s.halo;
  const k = reach > r * 0.5 ? (r * 0.5) / reach : 1;
  const [line, halo] = [s.line * k, s.halo * k];
  const d = fitPath(s.type, Math.max(0.25, r - reach * k), s.flip === true);
  return {
    d,
    fill: s.fill,
    stroke: s.stroke,
    strokeWidth: round2(line),
    halo: halo === 0 ? 0 : round2(line + 2 * halo),
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

const f = (v: number) => String(Math.round(v * 100) / 100 + 0);

/** Draws a symbol so that its bounding box is centred on the origin with half-extent `half`. */
function fitPath(type: SymbolType | Outline, half: number, flip: boolean): string {
  if ('points' in type) {
    const sy = flip ? -half : half;
    return (
      type.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x * half)},${f(y * sy)}`).join('') +
      'Z'
    );
  }
  // Record the symbol's extent at unit area, then draw it again scaled and centred.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const see = (x: number, y: number, r = 0) => {
    x0 = Math.min(x0, x - r);
    x1 = Math.max(x1, x + r);
    y0 = Math.min(y0, y - r);
    y1 = Math.max(y1, y + r);
  };
  type.draw(
    {
      moveTo: (x: number, y: number) => see(x, y),
      lineTo: (x: number, y: number) => see(x, y),
      closePath: () => {},
      arc: (x: number, y: number, r: number) => see(x, y, r),
      rect: (x: number, y: number, w: number, h: number) => {
        see(x, y);
        see(x + w, y + h);
      },
    } as unknown as Parameters<SymbolType['draw']>[0],
    1,
  );
  const k = half / Math.max((x1 - x0) / 2, (y1 - y0) / 2);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const X = (x: number) => f((x - cx) * k);
  const Y = (y: number) => f((flip ? -1 : 1) * (y - cy) * k);
  const parts: string[] = [];
  type.draw(
    {
      moveTo: (x: number, y: number) => parts.push(`M${X(x)},${Y(y)}`),
      lineTo: (x: number, y: number) => parts.push(`L${X(x)},${Y(y)}`),
      closePath: () => parts.push('Z'),
      arc: (x: number, y: number, r: number) => {
        const R = f(r * k);
        const [a, b, c] = [X(x + r), X(x - r), Y(y)];
        parts.push(`M${a},${c}A${R},${R},0,1,1,${b},${c}A${R},${R},0,1,1,${a},${c}Z`);
      },
      rect: (x: number, y: number, w: number, h: number) =>
        parts.push(`M${X(x)},${Y(y)}H${X(x + w)}V${Y(y + h)}H${X(x)}Z`),
    } as unknown as Parameters<SymbolType['draw']>[0],
    1,
  );
  return parts.join('');
}
