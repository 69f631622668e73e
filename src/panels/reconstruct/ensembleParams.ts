import {
  MAX_ENSEMBLE_BOOTSTRAP_REPS,
  MAX_ENSEMBLE_COHORTS,
  SEED_RANGE,
} from '../../engine/limits.ts';
import { choiceParam } from '../../io/params/choiceParam.ts';
import { wholeParam } from '../../io/params/wholeParam.ts';

/**
 * The Reconstruct tab's link parameters (`r.cohorts`, `r.seed`, `r.boot`), declared once: the
 * ensemble size, its seed and the bootstrap resamples per cohort for the median DOR (0 for none).
 * The panel decodes them with `decodeParams`, checks its fields with `checkField` and writes them
 * back with `writeParams`.
 * Example: `decodeParams(ENSEMBLE_PARAMS, { cohorts: '500' }).values` is `{ cohorts: 500, seed: 1, boot: 0 }`.
 */
export const ENSEMBLE_PARAMS = {
  cohorts: wholeParam('cohorts', {
    label: 'The number of cohorts',
    min: 1,
    max: MAX_ENSEMBLE_COHORTS,
    default: 200,
  }),
  seed: wholeParam('seed', { label: 'The seed', ...SEED_RANGE, default: 1 }),
  boot: wholeParam('boot', {
    label: 'Bootstrap resamples per cohort',
    min: 0,
    max: MAX_ENSEMBLE_BOOTSTRAP_REPS,
    default: 0,
  }),
};

/** Bootstrap resamples per cohort when the panel's box is ticked and the link names none. */
export const ENSEMBLE_BOOTSTRAP_REPS = 200;

/** Where the Reconstruct tab starts from: a published summary, or a Kaplan–Meier figure. */
export const RECONSTRUCT_SOURCES = ['summary', 'figure'] as const;

/**
 * Every `r.` parameter of the Reconstruct tab: the ensemble's and where it starts from (`r.from`,
 * the summary by default). The figure's own parameters are `k.` (`FIGURE_PARAMS`).
 * Example: `decodeParams(RECONSTRUCT_PARAMS, { from: 'figure' }).values.from` is `'figure'`.
 */
export const RECONSTRUCT_PARAMS = {
  ...ENSEMBLE_PARAMS,
  from: choiceParam('from', RECONSTRUCT_SOURCES, { label: 'Reconstruct from', default: 'summary' }),
};
