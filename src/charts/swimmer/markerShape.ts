import {
  symbol,
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
import type { MarkerKind } from './geometry';

/** How a marker is drawn: an SVG path centred on the origin and its paint. */
export interface MarkerShape {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

const SHAPES: Record<MarkerKind, { type: SymbolType; area: number; fill: string; stroke: string }> =
  {
    'response-CR': { type: symbolCircle, area: 90, fill: palette.ink, stroke: '#ffffff' },
    'response-PR': { type: symbolTriangle, area: 90, fill: palette.ink, stroke: '#ffffff' },
    'response-IMP': { type: symbolDiamond2, area: 80, fill: palette.ink, stroke: '#ffffff' },
    cr: { type: symbolStar, area: 110, fill: palette.cr, stroke: '#ffffff' },
    loss: { type: symbolTimes, area: 90, fill: 'none', stroke: palette.loss },
    death: { type: symbolCross, area: 80, fill: palette.death, stroke: '#ffffff' },
    'gc-halved': { type: symbolTriangle, area: 34, fill: palette.gcHalved, stroke: 'none' },
    'fever-resolved': {
      type: symbolCircle,
      area: 30,
      fill: palette.feverResolved,
      stroke: '#1b5f86',
    },
    sae: { type: symbolSquare, area: 50, fill: palette.sae, stroke: 'none' },
  };

/**
 * The symbol of a marker kind, scaled by `scale` (1 for roomy lanes); shapes differ for every
 * kind so colour is never the only cue. The glucocorticoid triangle points down at the lane.
 * Example: `markerShape('loss').stroke === palette.loss`.
 */
export function markerShape(kind: MarkerKind, scale = 1): MarkerShape {
  const key = `${kind} ${scale}`;
  let shape = cache.get(key);
  if (!shape) cache.set(key, (shape = draw(kind, scale)));
  return shape;
}

const cache = new Map<string, MarkerShape>();

function draw(kind: MarkerKind, scale: number): MarkerShape {
  const s = SHAPES[kind];
  let d = symbol(s.type, s.area * scale * scale).digits(2)() ?? '';
  if (kind === 'gc-halved') d = flipVertically(d);
  return {
    d,
    fill: s.fill,
    stroke: s.stroke,
    strokeWidth: kind === 'loss' ? 2.5 : s.stroke === 'none' ? 0 : 1,
  };
}

/** Negates every y coordinate of a path made of absolute M/L/Z commands. */
function flipVertically(d: string): string {
  return d.replace(/(-?[\d.]+),(-?[\d.]+)/g, (_, x: string, y: string) => `${x},${-Number(y)}`);
}
