/**
 * The true rates at which a rule's characteristics are shown: 0 to 100% in steps of `step` for
 * the chart, with the named rates (p0, p1, the cohort's ORR) added, ascending, each once.
 * Example: `characteristicRates([0.2, 0.4], 0.25)` is `[0, 0.2, 0.25, 0.4, 0.5, 0.75, 1]`.
 */
export function characteristicRates(named: readonly number[], step = 0.05): number[] {
  const grid = Array.from({ length: Math.round(1 / step) + 1 }, (_, i) =>
    Number((i * step).toFixed(10)),
  );
  return [...new Set([...grid, ...named.filter((p) => p >= 0 && p <= 1)])].sort((a, b) => a - b);
}
