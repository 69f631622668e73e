/** Options of `traceSteps`. */
export interface TraceOptions {
  /** Rows (region-local) where the curve may begin at the first column, inclusive. */
  startRows: readonly [number, number];
  /** Cost of a drop where no ink joins the two levels, in columns of missing ink (default 40). */
  jumpPenalty?: number;
  /**
   * Pixels where another ink may hide the curve: a column there costs `coverCost` (default
   * 0.5) rather than 1, and drops may run through them, so a hidden stretch follows what hides it.
   */
  cover?: Uint8Array;
  coverCost?: number;
}

/**
 * Finds the path of a step curve through a mask, one row per column from left to right: the
 * path never rises (survival does not increase), may fall freely within a column's run of ink
 * (a drawn drop) or anywhere at `jumpPenalty`, and pays 1 for every column it spends off the
 * ink (less where another ink may hide it). The cheapest path (dynamic programming over columns, in
 * O(width × height)) follows the solid curve: a dashed confidence line costs a column per gap, a
 * censoring tick leads nowhere, and a curve hidden under another follows the one on top.
 * Ties keep the level (no fall) and, at the end, the highest row.
 * Assumes a mask laid out row by row (`y * width + x`).
 * @example traceSteps(mask, 300, 200, { startRows: [10, 14] }) // Int32Array of 300 rows
 */
export function traceSteps(
  mask: Uint8Array,
  width: number,
  height: number,
  { startRows, jumpPenalty = 40, cover, coverCost = 0.5 }: TraceOptions,
): Int32Array {
  const from = new Int32Array(width * height);
  const cost = (i: number) => (mask[i] ? 0 : cover?.[i] ? coverCost : 1);
  const drawn = (i: number) => mask[i] === 1 || cover?.[i] === 1;
  let prev = new Float64Array(height);
  let cur = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    const inStart = y >= startRows[0] && y <= startRows[1];
    prev[y] = (inStart ? 0 : jumpPenalty) + cost(y * width);
  }
  for (let x = 1; x < width; x++) {
    let above = Infinity;
    let aboveRow = -1;
    let run = Infinity;
    let runRow = -1;
    for (let y = 0; y < height; y++) {
      const ink = drawn(y * width + x);
      if (ink) {
        if (y === 0 || !drawn((y - 1) * width + x)) run = Infinity;
        if (prev[y] < run) {
          run = prev[y];
          runRow = y;
        }
      }
      let best = prev[y];
      let source = y;
      if (ink && run < best) {
        best = run;
        source = runRow;
      }
      if (above + jumpPenalty < best) {
        best = above + jumpPenalty;
        source = aboveRow;
      }
      cur[y] = best + cost(y * width + x);
      from[x * height + y] = source;
      if (prev[y] < above) {
        above = prev[y];
        aboveRow = y;
      }
    }
    [prev, cur] = [cur, prev];
  }
  const rows = new Int32Array(width);
  let end = 0;
  for (let y = 1; y < height; y++) if (prev[y] < prev[end]) end = y;
  rows[width - 1] = end;
  for (let x = width - 1; x > 0; x--) rows[x - 1] = from[x * height + rows[x]];
  return rows;
}
