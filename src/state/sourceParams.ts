import { CONFIRM_WK_RANGE, SEED_RANGE } from '../engine/limits.ts';
import { numberParam } from '../io/params/numberParam.ts';
import { choiceParam } from '../io/params/choiceParam.ts';
import { textParam } from '../io/params/textParam.ts';
import { wholeParam } from '../io/params/wholeParam.ts';
import { INPUT_FORMATS } from './importSpec.ts';
import { BUILTIN_COHORT_ID, URL_LIMITS } from './urlState.ts';

/**
 * The plain parameters of a link's cohort source (the compressed cohort and scenario are read
 * apart): its kind, a built-in cohort's id, a shared cohort's name and a synthetic cohort's seed,
 * and for an uploaded cohort that was mapped or derived, its layout and confirmation rule (its
 * column mapping travels compressed, as `map`).
 * Example: `decodeParam(SOURCE_PARAMS.kind, 'zip').message` lists the kinds of source.
 */
export const SOURCE_PARAMS = {
  kind: choiceParam('src', ['builtin', 'synthetic', 'inline', 'bundle'] as const, {
    default: 'builtin',
  }),
  id: textParam('id', {
    max: 64,
    pattern: /^[a-z0-9-]{1,64}$/,
    describe: 'a built-in cohort id (a-z, 0-9 and -)',
    default: BUILTIN_COHORT_ID,
  }),
  name: textParam('name', { max: URL_LIMITS.maxNameChars, shorten: true, default: '' }),
  seed: wholeParam('sseed', { label: 'The seed', ...SEED_RANGE, default: 1 }),
  /** How an uploaded cohort was read: one row per patient, visits, or ADaM. */
  format: choiceParam('fmt', INPUT_FORMATS, { default: 'patients' }),
  /** The confirmation rule it was derived with, in weeks (absent: off). */
  confirmWk: numberParam('cwk', {
    label: 'The confirmation rule',
    ...CONFIRM_WK_RANGE,
    default: CONFIRM_WK_RANGE.min,
  }),
};
