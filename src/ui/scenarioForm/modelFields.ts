import type { ModelKind } from './modelOfKind.ts';

/** One field of a time model in the scenario form: its key in the model, label and kind. */
export interface ModelField {
  /** The path inside the model, such as `median` or `rest.shape`. */
  key: string;
  label: string;
  type: 'number' | 'list' | 'family';
  /** What the number means, shown under the field. */
  hint?: string;
}

const SHAPE_HINTS: Record<string, string> = {
  weibull: 'Weibull k: below 1 a falling hazard, above 1 a rising one',
  lognormal: 'the standard deviation of log time',
  loglogistic: 'log-logistic k: S(t) = 1 / (1 + (t / median)^k)',
};

function family(kind: string, prefix = ''): ModelField[] {
  const median: ModelField = { key: `${prefix}median`, label: 'Median (weeks)', type: 'number' };
  if (kind === 'exponential') return [median];
  return [
    median,
    { key: `${prefix}shape`, label: 'Shape', type: 'number', hint: SHAPE_HINTS[kind] },
  ];
}

/**
 * The fields of a time model of `kind` in the scenario form, in order; a mixture's depend on
 * the family of its rest (`restKind`).
 * Example: `modelFields('weibull').map((f) => f.key)` is `['median', 'shape']`.
 */
export function modelFields(kind: ModelKind, restKind?: string): ModelField[] {
  switch (kind) {
    case 'piecewise':
      return [
        {
          key: 'breaks',
          label: 'Breaks (weeks)',
          type: 'list',
          hint: 'where the rate changes, comma-separated',
        },
        {
          key: 'rates',
          label: 'Rates (per week)',
          type: 'list',
          hint: 'one more than the breaks; the last holds for ever, 0 for a plateau',
        },
      ];
    case 'mixture':
      return [
        {
          key: 'durable',
          label: 'Durable share',
          type: 'number',
          hint: 'from 0 to below 1: responses that never end',
        },
        { key: 'rest.distribution', label: 'The rest follow', type: 'family' },
        ...family(restKind ?? 'weibull', 'rest.'),
      ];
    case 'km':
      return [
        { key: 'times', label: 'Step times (weeks)', type: 'list' },
        {
          key: 'survival',
          label: 'Survival after each step',
          type: 'list',
          hint: 'from 1 down to 0',
        },
        {
          key: 'tail_from_wk',
          label: 'Tail from (weeks)',
          type: 'number',
          hint: 'at least the last step',
        },
        { key: 'tail_rate', label: 'Tail rate (per week)', type: 'number', hint: '0: never ends' },
      ];
    case 'empirical':
      return [
        { key: 'times', label: 'Times (weeks)', type: 'list', hint: 'drawn with replacement' },
      ];
    default:
      return family(kind);
  }
}
