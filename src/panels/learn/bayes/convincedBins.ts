/** One bar of the replicate studies' posterior probabilities: its range and share of studies. */
export interface ConvincedBin {
  x0: number;
  x1: number;
  share: number;
  /** Whether the bin lies at or above the bar, so that every study in it is convinced. */
  convinced: boolean;
}

/**
 * Bins the replicate studies' posterior probabilities into bins `width` wide whose edges fall on
 * the bar (so no bin holds both convinced and unconvinced studies), from 0 to 1; the end bins may
 * be narrower. Returns the bins and the share of studies convinced (probability >= bar).
 * Assumes probabilities in [0, 1], 0 < bar <= 1 and 0 < width <= 1.
 * Example: `convincedBins([0.2, 0.95], 0.9).convinced === 0.5`.
 */
export function convincedBins(
  probabilities: readonly number[],
  bar: number,
  width = 0.1,
): { bins: ConvincedBin[]; convinced: number } {
  const below = Math.ceil(bar / width - 1e-9);
  const edges = [0];
  for (let k = below - 1; k >= 1; k--) edges.push(bar - k * width);
  edges.push(bar);
  for (let e = bar + width; e < 1 - 1e-9; e += width) edges.push(e);
  if (bar < 1) edges.push(1);
  const bins = edges.slice(0, -1).map((x0, i) => ({
    x0,
    x1: edges[i + 1],
    share: 0,
    convinced: x0 >= bar,
  }));
  let convinced = 0;
  const step = probabilities.length > 0 ? 1 / probabilities.length : 0;
  for (const p of probabilities) {
    if (p >= bar) convinced += step;
    // The bin whose range holds p; the top edge belongs to the last bin.
    let i = bins.findIndex((b) => p >= b.x0 && p < b.x1);
    if (i < 0) i = bins.length - 1;
    if (p >= bar && !bins[i].convinced) i = bins.findIndex((b) => b.convinced);
    bins[i].share += step;
  }
  return { bins, convinced };
}
