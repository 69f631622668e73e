import type { Rng } from './chunkRng.ts';

/** Below this mean (n·min(p, 1 − p)) a draw inverts the distribution function; above it, BTRD. */
const INVERSION_MEAN = 10;

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Stirling's correction fc(k) = ln k! − ((k + ½) ln(k + 1) − (k + 1) + ½ ln 2π), exact below 10. */
const SMALL_CORRECTION = Array.from({ length: 10 }, (_, k) => {
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return logFactorial - ((k + 0.5) * Math.log(k + 1) - (k + 1) + LOG_SQRT_2PI);
});

function correction(k: number): number {
  if (k < 10) return SMALL_CORRECTION[k];
  const inv = 1 / (k + 1);
  const inv2 = inv * inv;
  return (1 / 12 - (1 / 360 - inv2 / 1260) * inv2) * inv;
}

/** Inversion by sequential search from 0 (BINV); assumes p ≤ 0.5 and n·p < INVERSION_MEAN. */
function inversion(n: number, p: number, rng: Rng): number {
  const q = 1 - p;
  const start = Math.exp(n * Math.log1p(-p));
  const r = p / q;
  const g = r * (n + 1);
  const bound = Math.min(n, 110);
  for (;;) {
    let u = rng();
    let f = start;
    for (let x = 0; ;) {
      if (u < f) return x;
      if (x >= bound) break; // a rounding tail: draw again
      u -= f;
      x++;
      f *= g / x - r;
    }
  }
}

/** Hörmann's BTRD (transformed rejection with decomposition); assumes p ≤ 0.5 and n·p ≥ 10. */
function btrd(n: number, p: number, rng: Rng): number {
  const q = 1 - p;
  const m = Math.floor((n + 1) * p);
  const r = p / q;
  const nr = (n + 1) * r;
  const npq = n * p * q;
  const spq = Math.sqrt(npq);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * spq;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;
  const nm = n - m + 1;
  const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + correction(m) + correction(n - m);
  for (;;) {
    let v = rng();
    let u: number;
    if (v <= urvr) {
      u = v / vr - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = rng() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = (u < 0 ? -0.5 : 0.5) - u;
      v = rng() * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = Math.abs(k - m);
    if (km <= 15) {
      // f(k)/f(m) by recursion
      let f = 1;
      if (m < k) for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      else for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      if (v <= f) return k;
      continue;
    }
    // squeeze on ln v, then the exact test with Stirling's corrections
    v = Math.log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = -(km * km) / (2 * npq);
    if (v < t - rho) return k;
    if (v > t + rho) continue;
    const nk = n - k + 1;
    const bound =
      h +
      (n + 1) * Math.log(nm / nk) +
      (k + 0.5) * Math.log((nk * r) / (k + 1)) -
      correction(k) -
      correction(n - k);
    if (v <= bound) return k;
  }
}

/**
 * One exact draw from Binomial(n, p) using only `rng`: inversion by sequential search when the
 * smaller of n·p and n·(1 − p) is below 10, Hörmann's BTRD otherwise; p above ½ draws the
 * failures. The cost does not grow with n (a few numbers of the stream, a handful of logarithms),
 * and the same stream gives the same draw in every JavaScript engine (no `Math.pow`).
 * Assumes n a whole number ≥ 0, 0 ≤ p ≤ 1 and `rng` uniform on [0, 1).
 * References: Kachitvichyanukul & Schmeiser (1988), CACM 31:216 (BINV); Hörmann (1993),
 * J Stat Comput Simul 46:101 (BTRD).
 * @example drawBinomial(100000, 0.3, chunkRng('s', 0)) // about 30,000
 */
export function drawBinomial(n: number, p: number, rng: Rng): number {
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - drawBinomial(n, 1 - p, rng);
  return n * p < INVERSION_MEAN ? inversion(n, p, rng) : btrd(n, p, rng);
}
