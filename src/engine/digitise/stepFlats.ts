import type { InkMask } from './inkMask.ts';

/** A flat stretch of a traced curve, in image pixels (column and row centres). */
export interface Flat {
  /** Row of the line's centre (coverage-weighted). */
  y: number;
  /** Centres of the first and last columns where it was seen. */
  x0: number;
  x1: number;
  /** Columns that measured it. */
  columns: number;
}

/** The flats and drops of a traced step curve. */
export interface StepTrace {
  /** Typical thickness of the line where it is flat, in pixels. */
  lineWidth: number;
  /** Flats from left to right, each lower than the last. */
  flats: Flat[];
  /** Column (image x) of the drop between `flats[k]` and `flats[k + 1]`. */
  drops: number[];
  /** Columns where the path lay on ink, and the columns from its first to its last such column. */
  inkColumns: number;
  spanColumns: number;
}

/** Options of `stepFlats`. */
export interface StepFlatsOptions {
  /** Least change of level, in pixels, that counts as a drop (default 0.5). */
  minDrop?: number;
  /**
   * Where the curve starts (image pixels): a flat at this level begins there even when another
   * line hides it, so a first drop is not lost.
   */
  start?: { x: number; y: number };
}

interface Column {
  x: number;
  y: number;
  /** The column holds a drawn drop (or a tick): its level is where the path leaves it. */
  tall: boolean;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Reads a traced path (one row per column, from `traceSteps`) as a step function: in each column
 * where the path lies on a thin run of ink, the line's centre is the coverage-weighted mean row
 * of the run and its anti-aliased fringe (where another ink hides it, the middle of that ink's
 * run); a column with a drawn drop gives the level where the path leaves it; consecutive columns within `minDrop` of a flat's median
 * extend it, a change confirmed by the next column starts a new flat, and a lone odd column
 * (a dash or tick touching the line) is skipped. Flats that would make the curve rise are
 * merged away (the shorter goes). A drop lies at the centre of the drawn vertical between two
 * flats when there is one, else halfway across the columns where neither flat was seen.
 * Assumes the mask and coverage of `inkMask`, after `dropDashes`.
 * @example stepFlats(ink, mask, traceSteps(mask, ink.width, ink.height, { startRows: [4, 8] })).flats[0].y
 */
export function stepFlats(
  ink: InkMask,
  mask: Uint8Array,
  rows: Int32Array,
  { minDrop = 0.5, start }: StepFlatsOptions = {},
): StepTrace {
  const { width, height, alpha, region, cover } = ink;
  const drawn = (i: number) => mask[i] === 1 || cover[i] === 1;
  const runs: { x: number; top: number; bottom: number; hidden: boolean }[] = [];
  for (let x = 0; x < width; x++) {
    const r = rows[x];
    const hidden = !mask[r * width + x];
    if (hidden && !cover[r * width + x]) continue;
    const inRun = hidden ? drawn : (i: number) => mask[i] === 1;
    let top = r;
    let bottom = r;
    while (top > 0 && inRun((top - 1) * width + x)) top--;
    while (bottom < height - 1 && inRun((bottom + 1) * width + x)) bottom++;
    runs.push({ x, top, bottom, hidden });
  }
  const seen = runs.filter((r) => !r.hidden);
  const empty: StepTrace = { lineWidth: 0, flats: [], drops: [], inkColumns: 0, spanColumns: 0 };
  if (seen.length === 0) return empty;
  const heights = seen.map((r) => r.bottom - r.top + 1);
  const counts = new Map<number, number>();
  for (const h of heights) counts.set(h, (counts.get(h) ?? 0) + 1);
  const lineWidth = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const thin = lineWidth + 1;

  const columns: Column[] = [];
  const tall = new Set(runs.filter((r) => r.bottom - r.top + 1 > thin).map((r) => r.x));
  for (const [i, { x, top, bottom, hidden }] of runs.entries()) {
    if (x > seen.at(-1)!.x) break;
    if (bottom - top + 1 > thin) {
      // Where the path goes on, it left the drop at the next level; at the curve's end it did not.
      if (runs[i + 1]?.x !== x + 1) continue;
      // The path leaves a drop at the row it continues on, the top row of the line it reaches.
      const y = rows[x] + 0.5 + (lineWidth - 1) / 2;
      columns.push({ x: x + 0.5 + region.left, y: y + region.top, tall: true });
      continue;
    }
    // Beside a drop the fringe of the vertical line pulls the centre: such columns are skipped.
    if (tall.has(x - 1) || tall.has(x + 1)) continue;
    let sum = 0;
    let weight = 0;
    for (let y = Math.max(0, top - 1); y <= Math.min(height - 1, bottom + 1); y++) {
      const a = hidden ? (y >= top && y <= bottom ? 1 : 0) : alpha[y * width + x];
      sum += (y + 0.5) * a;
      weight += a;
    }
    if (weight > 0) {
      columns.push({ x: x + 0.5 + region.left, y: sum / weight + region.top, tall: false });
    }
  }

  type Group = { ys: number[]; xs: number[]; tall: boolean };
  const groups: Group[] = [];
  if (start) groups.push({ ys: [start.y], xs: [start.x], tall: false });
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const current = groups.at(-1);
    if (current && Math.abs(c.y - median(current.ys.slice(-25))) <= minDrop) {
      current.ys.push(c.y);
      current.xs.push(c.x);
      continue;
    }
    // A thin column at a new level must be confirmed by the next one (else it is a dash or a
    // tick's arm); a drawn drop needs no confirmation: the path only goes down real drops.
    const next = columns[i + 1];
    const confirmed =
      !current || c.tall || (next !== undefined && Math.abs(next.y - c.y) <= minDrop);
    if (confirmed) groups.push({ ys: [c.y], xs: [c.x], tall: c.tall });
  }
  // A curve never rises: of two flats where the later is higher, the one seen less goes (the
  // start stays); then neighbours at the same level join.
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k + 1 < groups.length; k++) {
      const a = groups[k];
      const b = groups[k + 1];
      const dy = median(b.ys) - (k === 0 && start ? start.y : median(a.ys));
      const same = k === 0 && start ? Math.max(1.5, lineWidth) : minDrop;
      if (Math.abs(dy) <= same) {
        groups[k] = { ys: [...a.ys, ...b.ys], xs: [...a.xs, ...b.xs], tall: a.tall };
        groups.splice(k + 1, 1);
        changed = true;
        break;
      }
      if (dy < 0) {
        groups.splice(a.ys.length >= b.ys.length || (k === 0 && start) ? k + 1 : k, 1);
        changed = true;
        break;
      }
    }
  }
  const flats: Flat[] = groups.map((g, k) => ({
    y: k === 0 && start ? start.y : median(g.ys),
    x0: g.xs[0],
    x1: g.xs.at(-1)!,
    columns: g.ys.length - (k === 0 && start ? 1 : 0),
  }));
  // A curve that ends with an event ends with a drop and no flat after it: the last drawn
  // column whose ink starts at the last level and reaches well below it ends at the final level.
  const lastFlat = flats.at(-1);
  if (lastFlat) {
    const top = lastFlat.y - region.top - lineWidth / 2 - 1;
    const ends = seen.slice(-(lineWidth + 2)).filter((r) => {
      const bottom = r.bottom + 1 - lineWidth / 2;
      return r.top >= top && bottom - (lastFlat.y - region.top) > lineWidth + 1;
    });
    if (ends.length > 0) {
      const y = Math.max(...ends.map((r) => r.bottom)) + 1 - lineWidth / 2 + region.top;
      const x = ends.reduce((sum, r) => sum + r.x, 0) / ends.length + 0.5 + region.left;
      flats.push({ y, x0: x, x1: x, columns: 0 });
      groups.push({ ys: [y], xs: [x], tall: true });
    }
  }
  const drops = flats
    .slice(1)
    .map((b, k) =>
      dropColumn(ink, mask, flats[k], b, { thin, lineWidth, drawn: groups[k + 1].tall }),
    );
  return {
    lineWidth,
    flats,
    drops,
    inkColumns: seen.length,
    spanColumns: seen.at(-1)!.x - seen[0].x + 1,
  };
}

/**
 * Image x of the drop between two flats: the coverage-weighted centre of the vertical line on the
 * row halfway between them, when the drop is taller than the line is thick; otherwise the centre
 * of the line in the column where the path fell (`drawn`), or halfway across the columns between
 * the flats.
 */
function dropColumn(
  ink: InkMask,
  mask: Uint8Array,
  a: Flat,
  b: Flat,
  { thin, lineWidth, drawn }: { thin: number; lineWidth: number; drawn: boolean },
): number {
  const { width, alpha, region } = ink;
  const fallback = drawn ? b.x0 + (lineWidth - 1) / 2 : (a.x1 + b.x0) / 2;
  if (b.y - a.y <= Math.max(thin, lineWidth + 2)) return fallback;
  const row = Math.floor((a.y + b.y) / 2) - region.top;
  const from = Math.max(0, Math.floor((drawn ? b.x0 - lineWidth : a.x1) - region.left) - 1);
  const to = Math.min(width - 1, Math.floor(b.x0 - region.left) + lineWidth + 1);
  const w = (x: number) => (mask[row * width + x] ? alpha[row * width + x] : 0);
  // The first line met on that row, up to where coverage dips again: a censoring tick just after
  // the drop is a second line beside it.
  let x = from;
  while (x <= to && w(x) === 0) x++;
  let sum = 0;
  let weight = 0;
  for (let rising = true; x <= to && w(x) > 0; x++) {
    if (!rising && w(x) > w(x - 1)) break;
    if (x > from && w(x) < w(x - 1)) rising = false;
    sum += (x + 0.5) * w(x);
    weight += w(x);
  }
  return weight >= 0.3 ? sum / weight + region.left : fallback;
}
