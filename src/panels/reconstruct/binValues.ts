const STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/**
 * Groups the values of a histogram onto a round grid (0.5, 1, 2, 5 … units) when there are more
 * than `maxBars` distinct values, so that interpolated quantities such as bootstrap bounds draw as
 * readable bars; counts of values rounding to the same point are added. `step` is `null` when the
 * values are shown as they are. Example: `binValues([1.2, 1.4, 3.9], [1, 1, 1], 2)` gives
 * `{ values: [2, 4], counts: [2, 1], step: 2 }`.
 */
export function binValues(
  values: readonly number[],
  counts: readonly number[],
  maxBars = 30,
): { values: number[]; counts: number[]; step: number | null } {
  if (values.length <= maxBars) return { values: [...values], counts: [...counts], step: null };
  const range = Math.max(...values) - Math.min(...values);
  const step = STEPS.find((s) => range / s <= maxBars) ?? STEPS[STEPS.length - 1];
  const bins = new Map<number, number>();
  values.forEach((v, i) => {
    const at = Number((Math.round(v / step) * step).toFixed(6));
    bins.set(at, (bins.get(at) ?? 0) + counts[i]);
  });
  const sorted = [...bins.entries()].sort((a, b) => a[0] - b[0]);
  return { values: sorted.map(([v]) => v), counts: sorted.map(([, c]) => c), step };
}
