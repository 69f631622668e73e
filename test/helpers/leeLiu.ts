/**
 * Lee & Liu's (2008) example design: Nmax 40 patients, prior Beta(0.6, 0.4), p0 0.6, success
 * when the final posterior probability exceeds θT = 0.9 (28 responders or more); with 16 of 23
 * the predictive probability of success is 0.5656.
 */
export const leeLiu = { nMax: 40, prior: { a: 0.6, b: 0.4 }, p0: 0.6, thetaT: 0.9 } as const;
