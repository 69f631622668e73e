import { SEED_RANGE } from '../../engine/limits.ts';
import { wholeParam } from '../../io/params/wholeParam.ts';

/**
 * The `l.seed` of the lessons that draw random studies: a seed in the shared range, 1 by default.
 * Example: `decodeParam(LESSON_SEED, '7').value === 7`.
 */
export const LESSON_SEED = wholeParam('seed', { label: 'The seed', ...SEED_RANGE, default: 1 });
