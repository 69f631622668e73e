/** The parametric families a time can follow, each given by its median in weeks. */
export type FamilyName = 'exponential' | 'weibull' | 'lognormal' | 'loglogistic';

/** Exponential: constant hazard ln 2 / median. */
export interface ExponentialModel {
  distribution: 'exponential';
  median: number;
}

/** Weibull: S(t) = exp(−ln 2 · (t / median)^shape). */
export interface WeibullModel {
  distribution: 'weibull';
  median: number;
  shape: number;
}

/** Log-normal: log time is normal with mean log(median) and standard deviation `shape`. */
export interface LognormalModel {
  distribution: 'lognormal';
  median: number;
  shape: number;
}

/** Log-logistic: S(t) = 1 / (1 + (t / median)^shape). */
export interface LoglogisticModel {
  distribution: 'loglogistic';
  median: number;
  shape: number;
}

/** One of the four parametric families. */
export type FamilyModel = ExponentialModel | WeibullModel | LognormalModel | LoglogisticModel;

/**
 * Piecewise exponential: `rates[j]` (per week) holds after `breaks[j − 1]` (0 for j = 0) up to
 * and including `breaks[j]`, the last rate for ever; a last rate of 0 leaves a plateau that never ends.
 */
export interface PiecewiseModel {
  distribution: 'piecewise';
  breaks: number[];
  rates: number[];
}

/**
 * Durable-response mixture: a fraction `durable` whose time never ends (it is longer than any
 * horizon), the rest following `rest`. S(t) = durable + (1 − durable) · S_rest(t).
 */
export interface MixtureModel {
  distribution: 'mixture';
  durable: number;
  rest: FamilyModel;
}

/**
 * A Kaplan–Meier estimate used as a distribution: the curve falls to `survival[i]` at `times[i]`
 * (ascending), stays there until `tail_from_wk` (the last observed time, at least the last of
 * `times`) and then falls exponentially at `tail_rate` per week (0: never ends).
 */
export interface KmModel {
  distribution: 'km';
  times: number[];
  survival: number[];
  tail_from_wk: number;
  tail_rate: number;
}

/** A model of a time in weeks (duration of response, time to response). */
export type TimeModel = FamilyModel | PiecewiseModel | MixtureModel | KmModel;

/** The name of a model kind, as in `distribution`. */
export type TimeModelKind = TimeModel['distribution'];

/**
 * The functions of one model kind: density, survival S(t) = P(T > t), hazard, quantile
 * (the t with P(T ≤ t) = p, `Infinity` beyond what the model ever reaches) and a sampler that
 * draws one time with `rng` (uniform in [0, 1)); a time that never ends is `Infinity`. The
 * log density and log survival are computed on the log scale, so that a likelihood stays
 * finite far in the tails where the density and survival themselves underflow to 0.
 */
export interface TimeModelFunctions<M> {
  density(model: M, t: number): number;
  survival(model: M, t: number): number;
  logDensity(model: M, t: number): number;
  logSurvival(model: M, t: number): number;
  hazard(model: M, t: number): number;
  quantile(model: M, p: number): number;
  sample(model: M, rng: () => number): number;
}
