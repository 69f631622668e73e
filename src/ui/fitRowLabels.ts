import type { FitRowKey } from '../engine/fit/fitModelChoice.ts';

/** How each row of a fit table (each fitted model) is named in the page. */
export const FIT_ROW_LABELS: Record<FitRowKey, string> = {
  exponential: 'Exponential',
  weibull: 'Weibull',
  lognormal: 'Log-normal',
  loglogistic: 'Log-logistic',
  piecewise: 'Piecewise exponential',
  'mixture-exponential': 'Durable mixture, exponential',
  'mixture-weibull': 'Durable mixture, Weibull',
  'mixture-lognormal': 'Durable mixture, log-normal',
  'mixture-loglogistic': 'Durable mixture, log-logistic',
  km: 'Kaplan–Meier with a tail',
};
