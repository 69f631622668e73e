/** Solves A x = b for a symmetric positive definite A by Cholesky; `null` when A is not. */
function choleskySolve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i][i] = Math.sqrt(sum);
      } else l[i][j] = sum / l[j][j];
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}

/**
 * Refines a maximum of a smooth f by Newton's method with a backtracking line search, the
 * gradient and Hessian by central differences (steps 1e-5 and 1e-4); where the Hessian is not
 * negative definite it steps along the gradient instead. Only steps that raise f are taken;
 * it stops when a step moves less than 1e-10 or after 100 steps.
 * Reference: Nocedal & Wright (2006), Numerical Optimization, §3.1 and §3.4.
 * @example newtonPolish(([x]) => -(x - 2) ** 2, [1.9]).x // [2]
 */
export function newtonPolish(
  f: (x: number[]) => number,
  start: readonly number[],
): { x: number[]; value: number } {
  const n = start.length;
  let x = start.slice();
  let value = f(x);
  const shifted = (p: number[], moves: [number, number][]) => {
    const q = p.slice();
    for (const [i, d] of moves) q[i] += d;
    return q;
  };
  for (let iter = 0; iter < 100 && Number.isFinite(value); iter++) {
    const h = 1e-5;
    const grad = x.map((_, i) => (f(shifted(x, [[i, h]])) - f(shifted(x, [[i, -h]]))) / (2 * h));
    const k = 1e-4;
    const hess = x.map(() => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const v =
          i === j
            ? (f(shifted(x, [[i, k]])) - 2 * value + f(shifted(x, [[i, -k]]))) / (k * k)
            : (f(
                shifted(x, [
                  [i, k],
                  [j, k],
                ]),
              ) -
                f(
                  shifted(x, [
                    [i, k],
                    [j, -k],
                  ]),
                ) -
                f(
                  shifted(x, [
                    [i, -k],
                    [j, k],
                  ]),
                ) +
                f(
                  shifted(x, [
                    [i, -k],
                    [j, -k],
                  ]),
                )) /
              (4 * k * k);
        hess[i][j] = v;
        hess[j][i] = v;
      }
    }
    if (!grad.every(Number.isFinite) || !hess.every((r) => r.every(Number.isFinite))) break;
    const newton = choleskySolve(
      hess.map((r) => r.map((v) => -v)),
      grad,
    );
    const direction = newton ?? grad;
    let t = 1;
    let moved = false;
    for (let tries = 0; tries < 60; tries++, t /= 2) {
      const candidate = x.map((v, i) => v + t * direction[i]);
      const fc = f(candidate);
      if (Number.isFinite(fc) && fc > value) {
        const size = Math.max(...direction.map((d) => Math.abs(t * d)));
        x = candidate;
        value = fc;
        moved = size > 1e-10;
        break;
      }
    }
    if (!moved) break;
  }
  return { x, value };
}
