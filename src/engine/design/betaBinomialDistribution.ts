/**
 * The beta-binomial probabilities of y = 0..m responders among m future patients when the rate
 * has a Beta(a, b) distribution: C(m, y) B(a + y, b + m - y) / B(a, b). Built from P(0) =
 * Π (b + i)/(a + b + i) and the ratio P(y + 1)/P(y) = (m - y)(a + y) / ((y + 1)(b + m - y - 1)),
 * in logs so that long rows neither underflow nor overflow.
 * Assumes m >= 0 whole and a, b > 0.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, equation (1); R:
 * choose(m, y) * beta(a + y, b + m - y) / beta(a, b).
 * @example betaBinomialDistribution(2, 1, 1) // [1/3, 1/3, 1/3]
 */
export function betaBinomialDistribution(m: number, a: number, b: number): number[] {
  if (!Number.isInteger(m) || m < 0) throw new RangeError(`m must be a whole number, got ${m}`);
  if (!(a > 0 && b > 0)) throw new RangeError(`a and b must be > 0, got ${a} and ${b}`);
  const logs = new Array<number>(m + 1);
  let log0 = 0;
  for (let i = 0; i < m; i++) log0 += Math.log((b + i) / (a + b + i));
  logs[0] = log0;
  for (let y = 0; y < m; y++) {
    logs[y + 1] = logs[y] + Math.log(((m - y) * (a + y)) / ((y + 1) * (b + m - y - 1)));
  }
  return logs.map(Math.exp);
}
