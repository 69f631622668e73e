/** Integers below this are exact in a double. */
const EXACT = 2 ** 53;

/** Each value's place among the distinct values (0 for the smallest), and how many there are. */
function denseRanks(values: Float64Array): { ranks: Float64Array; count: number } {
  const distinct = values.slice().sort();
  let count = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (count === 0 || distinct[i] !== distinct[count - 1]) distinct[count++] = distinct[i];
  }
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return { ranks, count };
}

/** The level as ranks `value − min` when its values are whole numbers, else `null`. */
function wholeRanks(values: Float64Array): { ranks: Float64Array; count: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) ranks[i] = values[i] - min;
  return { ranks, count: values.length === 0 ? 1 : max - min + 1 };
}

/**
 * The indices 0 … n−1 ordered by numeric keys, ascending: by the first level, then the second,
 * and so on, ties by `tie` (a rank 0 … n−1 for each index, with `byTie` its inverse; the index
 * itself when absent). Values compare as `<` does (−0 equals 0). It sorts numbers, not objects
 * with a comparator: each level becomes a rank (itself when its values are whole numbers in a
 * narrow enough range, else its place among its distinct values) and the ranks combine into one
 * integer; with few of them (up to 4n) a counting sort of the indices in tie order orders them,
 * else one typed array of that integer and the tie (below 2^53) is sorted natively.
 * Example: `orderByKeys([Float64Array.of(2, 1, 2), Float64Array.of(0, 5, -1)])` is `[1, 2, 0]`.
 */
export function orderByKeys(
  levels: readonly Float64Array[],
  tie?: { rank: Uint32Array; byTie: Uint32Array },
): Uint32Array {
  const n = tie?.rank.length ?? levels[0]?.length ?? 0;
  let combined: Float64Array = new Float64Array(n);
  let space = 1;
  for (const level of levels) {
    let ranked = wholeRanks(level);
    if (ranked === null || space * ranked.count * n >= EXACT) ranked = denseRanks(level);
    if (space * ranked.count * n >= EXACT) {
      const squeezed = denseRanks(combined);
      combined = squeezed.ranks;
      space = squeezed.count;
    }
    const { ranks, count } = ranked;
    for (let i = 0; i < n; i++) combined[i] = combined[i] * count + ranks[i];
    space *= count;
  }
  const order = new Uint32Array(n);
  const at = (j: number) => (tie ? tie.byTie[j] : j);
  if (space <= 4 * n) {
    // Few enough ranks: a counting sort of the indices taken in tie order, which keeps that order.
    const start = new Uint32Array(space + 1);
    for (let i = 0; i < n; i++) start[combined[i] + 1]++;
    for (let r = 1; r <= space; r++) start[r] += start[r - 1];
    for (let j = 0; j < n; j++) order[start[combined[at(j)]]++] = at(j);
    return order;
  }
  for (let i = 0; i < n; i++) combined[i] = combined[i] * n + (tie ? tie.rank[i] : i);
  combined.sort();
  for (let j = 0; j < n; j++) {
    const c = combined[j];
    order[j] = at(c - Math.floor(c / n) * n);
  }
  return order;
}
