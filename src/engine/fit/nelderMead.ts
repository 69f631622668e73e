/**
 * Maximizes f from a start by the Nelder–Mead simplex (reflection 1, expansion 2, contraction
 * and shrink 1/2), with a first simplex `step` away along each axis; stops when the simplex's
 * values agree to `tolerance` (and, if asked, its points to `spread`: a flat direction, such as a
 * share running to 0, then keeps it going to `maxIterations`), or after `maxIterations`. A value that is
 * not finite counts as the worst possible; a simplex with no finite value stops at once.
 * Reference: Nelder & Mead (1965), Comput J 7:308; Lagarias et al. (1998), SIAM J Optim 9:112.
 * @example nelderMead(([x]) => -(x - 2) ** 2, [0]).x // [2]
 */
export function nelderMead(
  f: (x: number[]) => number,
  start: readonly number[],
  {
    step = 0.5,
    tolerance = 1e-12,
    spread: maxSpread = Infinity,
    maxIterations = 4000,
  }: { step?: number; tolerance?: number; spread?: number; maxIterations?: number } = {},
): { x: number[]; value: number } {
  const g = (x: number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : -Infinity;
  };
  const n = start.length;
  let simplex = [start.slice()];
  for (let i = 0; i < n; i++) {
    const p = start.slice();
    p[i] += step;
    simplex.push(p);
  }
  let values = simplex.map(g);
  const along = (from: number[], to: number[], t: number) =>
    from.map((v, i) => v + t * (to[i] - v));
  for (let iter = 0; iter < maxIterations; iter++) {
    const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    const spread = Math.max(
      ...simplex.slice(1).map((p) => Math.max(...p.map((v, i) => Math.abs(v - simplex[0][i])))),
    );
    if (values[0] - values[n] <= tolerance && spread <= maxSpread) break;
    // nowhere finite: this start cannot be improved on
    if (values[0] === -Infinity) break;
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] += simplex[k][i] / n;
    const worst = simplex[n];
    const reflected = along(worst, centroid, 2);
    const fr = g(reflected);
    if (fr > values[0]) {
      const expanded = along(worst, centroid, 3);
      const fe = g(expanded);
      [simplex[n], values[n]] = fe > fr ? [expanded, fe] : [reflected, fr];
    } else if (fr > values[n - 1]) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const outside = fr > values[n];
      const contracted = outside ? along(worst, centroid, 1.5) : along(worst, centroid, 0.5);
      const fc = g(contracted);
      if (fc > (outside ? fr : values[n])) [simplex[n], values[n]] = [contracted, fc];
      else {
        for (let k = 1; k <= n; k++) {
          simplex[k] = along(simplex[0], simplex[k], 0.5);
          values[k] = g(simplex[k]);
        }
      }
    }
  }
  const best = values.indexOf(Math.max(...values));
  return { x: simplex[best], value: values[best] };
}
