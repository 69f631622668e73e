import {
  LEVEL_RANGE,
  MAX_BOOTSTRAP_REPS,
  MAX_PIECES,
  MAX_LANDMARKS,
  MAX_SIMULATION_TRIALS,
  MAX_TABLE_BREAKS,
  RHO_RANGE,
  PIECE_BREAK_WK_RANGE,
  SEED_RANGE,
  VISIT_WK_RANGE,
  WEEK_RANGE,
} from '../engine/limits.ts';
import { booleanParam } from '../io/params/booleanParam.ts';
import { choiceParam } from '../io/params/choiceParam.ts';
import { choicesParam } from '../io/params/choicesParam.ts';
import { numberParam } from '../io/params/numberParam.ts';
import { numbersParam } from '../io/params/numbersParam.ts';
import { optionalParam } from '../io/params/optionalParam.ts';
import { rangeParam } from '../io/params/rangeParam.ts';
import { textParam } from '../io/params/textParam.ts';
import { wholeParam } from '../io/params/wholeParam.ts';
import { CHOICES, DEFAULT_SETTINGS, MAX_SWIMMER_WEEK, URL_LIMITS } from './urlState.ts';

const d = DEFAULT_SETTINGS;

/**
 * The breaks of an endpoint's piecewise exponential model (weeks, ascending, at most one fewer
 * than `MAX_PIECES`), or auto for the tertiles of the event times.
 */
function pieceBreaksParam(key: string, label: string) {
  return optionalParam(
    numbersParam(key, {
      label,
      ...PIECE_BREAK_WK_RANGE,
      minCount: 1,
      maxCount: MAX_PIECES - 1,
      default: [1],
      digits: 6,
    }),
    { none: 'the tertiles of the event times' },
  );
}

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
  swimmerGroups: choiceParam('sg', CHOICES.swimmerGroups, { default: d.swimmerGroups }),
  selected: textParam('sel', {
    min: 1,
    max: URL_LIMITS.maxIdChars,
    describe: `a patient id of 1 to ${URL_LIMITS.maxIdChars} characters`,
    default: d.selected,
  }),
  responders: choiceParam('resp', CHOICES.responders, {
    label: 'Responders',
    default: d.responders,
  }),
  byWeek: numbersParam('bw', {
    label: 'Responded by weeks',
    ...WEEK_RANGE,
    maxCount: MAX_LANDMARKS,
    default: d.byWeek,
  }),
  landmarks: numbersParam('lm', {
    label: 'Landmark weeks',
    ...WEEK_RANGE,
    maxCount: MAX_LANDMARKS,
    default: d.landmarks,
  }),
  kmBreaks: numbersParam('kmb', {
    label: 'Table at weeks',
    ...WEEK_RANGE,
    maxCount: MAX_TABLE_BREAKS,
    default: d.kmBreaks,
  }),
  ttrScale: choiceParam('ttrs', CHOICES.ttrScale, { default: d.ttrScale }),
  grouping: textParam('by', {
    min: 1,
    max: URL_LIMITS.maxIdChars,
    describe: 'sex, best_response, age:CUTS or a column name, of 1 to 200 characters',
    default: d.grouping,
  }),
  rho: numberParam('rho', { label: 'ρ', ...RHO_RANGE, default: d.rho }),
  incidenceLayout: choiceParam('cil', CHOICES.incidenceLayout, { default: d.incidenceLayout }),
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
  fitDor: choiceParam('fdor', CHOICES.fitModel, { label: 'DOR model', default: d.fitDor }),
  fitTtr: choiceParam('fttr', CHOICES.fitModel, { label: 'TTR model', default: d.fitTtr }),
  fitCensoring: choiceParam('fcens', CHOICES.censoring, {
    label: 'Times read as',
    default: d.fitCensoring,
  }),
  fitVisitWk: optionalParam(
    numberParam('fvisit', {
      label: 'Visit spacing (weeks)',
      ...VISIT_WK_RANGE,
      default: 1,
      digits: 6,
    }),
    { none: 'detected from the data' },
  ),
  fitBreaks: pieceBreaksParam('fbrk', 'Piecewise DOR breaks (weeks)'),
  fitTtrBreaks: pieceBreaksParam('ftbrk', 'Piecewise TTR breaks (weeks)'),
  fitHidden: choicesParam('fhide', CHOICES.fitRow, {
    label: 'Fitted curves hidden',
    default: d.fitHidden,
  }),
  lesson: textParam('lesson', {
    max: 40,
    pattern: LINK_KEY,
    describe: 'a lesson id (letters, digits, - and _)',
    default: d.lesson,
  }),
};

/**
 * The age cut points of an age-band grouping, as the Subgroups tab's field reads them (in years);
 * the link carries them inside the grouping (`by=age:40,65`).
 * Example: `checkField(AGE_CUTS, '40, 65').value` is `[40, 65]`.
 */
export const AGE_CUTS = numbersParam('cuts', {
  label: 'Age cut points (years)',
  min: 0,
  max: 150,
  minCount: 1,
  maxCount: 11,
  default: [65],
});
