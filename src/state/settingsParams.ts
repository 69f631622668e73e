import {
  LEVEL_RANGE,
  MAX_BOOTSTRAP_REPS,
  MAX_SIMULATION_TRIALS,
  SEED_RANGE,
} from '../engine/limits.ts';
import { booleanParam } from '../io/params/booleanParam.ts';
import { choiceParam } from '../io/params/choiceParam.ts';
import { numberParam } from '../io/params/numberParam.ts';
import { rangeParam } from '../io/params/rangeParam.ts';
import { textParam } from '../io/params/textParam.ts';
import { wholeParam } from '../io/params/wholeParam.ts';
import { CHOICES, DEFAULT_SETTINGS, MAX_SWIMMER_WEEK, URL_LIMITS } from './urlState.ts';

const d = DEFAULT_SETTINGS;

/** A lesson id, and a key of a lesson's or a panel's link parameters. */
export const LINK_KEY = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The plain settings of a link, declared once: each one's key in the hash, its label in the
 * page's fields, what it allows and its default (`DEFAULT_SETTINGS`). `decodeHash` reads them,
 * `encodeHash` writes them, and the panels check their fields with them.
 * Example: `decodeParam(SETTINGS_PARAMS.bootReps, '0').message` names "breps" and its range.
 */
export const SETTINGS_PARAMS = {
  view: choiceParam('view', CHOICES.view, { default: d.view }),
  method: choiceParam('method', CHOICES.method, { default: d.method }),
  level: numberParam('level', { label: 'Level', ...LEVEL_RANGE, default: d.level }),
  transform: choiceParam('tr', CHOICES.transform, { default: d.transform }),
  sort: choiceParam('sort', CHOICES.sort, { default: d.sort }),
  group: booleanParam('group', { default: d.group }),
  swimmerScale: choiceParam('sx', CHOICES.swimmerScale, { default: d.swimmerScale }),
  swimmerWeeks: rangeParam('sw', {
    label: 'Weeks shown',
    min: 0,
    max: MAX_SWIMMER_WEEK,
    default: d.swimmerWeeks,
  }),
  selected: textParam('sel', {
    min: 1,
    max: URL_LIMITS.maxIdChars,
    describe: `a patient id of 1 to ${URL_LIMITS.maxIdChars} characters`,
    default: d.selected,
  }),
  bootReps: wholeParam('breps', {
    label: 'Replicates',
    min: 1,
    max: MAX_BOOTSTRAP_REPS,
    default: d.bootReps,
  }),
  bootSeed: wholeParam('bseed', { label: 'The seed', ...SEED_RANGE, default: d.bootSeed }),
  bootStatistic: choiceParam('bstat', CHOICES.bootStatistic, { default: d.bootStatistic }),
  resimTrials: wholeParam('rtrials', {
    label: 'Studies',
    min: 1,
    max: MAX_SIMULATION_TRIALS,
    default: d.resimTrials,
  }),
  resimSeed: wholeParam('rseed', { label: 'The seed', ...SEED_RANGE, default: d.resimSeed }),
  lesson: textParam('lesson', {
    max: 40,
    pattern: LINK_KEY,
    describe: 'a lesson id (letters, digits, - and _)',
    default: d.lesson,
  }),
};
