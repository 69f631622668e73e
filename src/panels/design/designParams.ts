import { ALTERNATIVES } from '../../engine/alternative.ts';
import {
  LEVEL_RANGE,
  MAX_MONITOR_N,
  MAX_SIMON_N,
  MAX_SIMULATION_TRIALS,
  MAX_TEST_N,
  SEED_RANGE,
} from '../../engine/limits.ts';
import { choiceParam } from '../../io/params/choiceParam.ts';
import { numberParam } from '../../io/params/numberParam.ts';
import { numbersParam } from '../../io/params/numbersParam.ts';
import { wholeParam } from '../../io/params/wholeParam.ts';

/** The priors a monitoring rule may start from (see `betaPrior`). */
export const PRIOR_KINDS = ['jeffreys', 'uniform', 'historical', 'beta'] as const;
/** Which design the next study is simulated under. */
export const STUDY_RULES = ['simon', 'monitor'] as const;
/** Most planned patients on the power chart. */
export const MAX_POWER_N = 1000;
/** Most patients drawn on the power chart (the two-sided test costs about n³ to chart). */
export const POWER_CHART_N = 200;
/** Longest look delay and DOR threshold, in weeks (ten years). */
export const MAX_WEEKS = 520;

/** What the Design tab's defaults follow: the cohort on screen and the app's settings. */
export interface DesignDefaults {
  /**
   * The cohort's responders and patients (its ORR); `x` is `null` when the cohort records no
   * response (the defaults then take a rate of 0.5, as for no cohort).
   */
  x: number | null;
  n: number;
  /** The app's confidence level. */
  level: number;
  /** Weeks from the last patient's start to the cut-off in the scenario fitted to the cohort. */
  lookDelayWk: number;
  /** The cohort's median duration of response in weeks, where reached. */
  dorMedianWk: number | null;
}

const rate = (key: string, label: string, fallback: number) =>
  numberParam(key, { label, min: 0, max: 1, default: fallback, digits: 6 });
const openRate = (key: string, label: string, fallback: number) =>
  numberParam(key, { label, min: 0.001, max: 0.999, default: fallback, digits: 6 });
const seed = (key: string) => wholeParam(key, { label: 'The seed', ...SEED_RANGE, default: 1 });
const studies = (key: string, fallback: number) =>
  wholeParam(key, { label: 'Studies', min: 1, max: MAX_SIMULATION_TRIALS, default: fallback });

/**
 * The Design tab's link parameters (`d.`), declared once: the exact test against a historical
 * rate and its power (`x`, `n`, `p0`, `alt`, `level`, `cmp`, `pn`, `pt`, `pw`), the Simon
 * two-stage design (`s0`, `s1`, `sa`, `sb`, `snmax`, the chosen design's `sn` and the responders
 * observed at its end `sx`), the Bayesian monitoring rule (`prior`, `pa`, `pb`, `hr`, `hw`, `m0`,
 * `m1`, `tt`, `tl`, `tu`, `mnmax`, `first`, `step`, the interim `ix` of `in`, and its simulated
 * characteristics `ms`, `mseed`) and the simulation of the next study from the cohort (`rule`,
 * `delay`, `dor`, `trials`, `seed`). Defaults follow the cohort: x and n are its ORR, the assumed
 * true rate is its ORR, the interim look is the cohort, the look delay is the fitted scenario's
 * follow-up after the last patient, the DOR threshold its median DOR; Nmax is the cohort's size
 * (at least 40, at most `MAX_MONITOR_N`), a larger cohort's interim look its rate at Nmax patients.
 * A cohort that records no response (`x: null`) gives its size and a rate of 0.5 in place of its ORR.
 * Example: `designParams({ x: 15, n: 18, level: 0.95, lookDelayWk: 5, dorMedianWk: 1 }).x.default === 15`.
 */
export function designParams(d: DesignDefaults) {
  const orr = d.n > 0 && d.x !== null ? d.x / d.n : 0.5;
  const x = d.x ?? Math.round(orr * d.n);
  // The monitored study is at least as large as the cohort (40 patients at least, as Lee & Liu),
  // so the cohort can be its interim look; a cohort beyond the largest rule is read at its rate.
  const nMax = Math.min(MAX_MONITOR_N, Math.max(40, d.n));
  const interimN = Math.min(d.n, nMax);
  const interimX = d.n > 0 ? Math.round((x * interimN) / d.n) : 0;
  const round2 = (v: number) => Math.min(0.99, Math.max(0.01, Number(v.toFixed(2))));
  return {
    // Against a historical rate.
    x: wholeParam('x', { label: 'Responders (x)', min: 0, max: MAX_TEST_N, default: x }),
    n: wholeParam('n', { label: 'Patients (n)', min: 1, max: MAX_TEST_N, default: d.n }),
    p0: rate('p0', 'Historical rate (p0)', 0.5),
    alt: choiceParam('alt', ALTERNATIVES, { label: 'Alternative', default: 'greater' }),
    level: numberParam('level', {
      label: 'Confidence level',
      ...LEVEL_RANGE,
      default: d.level,
      digits: 6,
    }),
    cmp: numbersParam('cmp', {
      label: 'Other historical rates',
      min: 0,
      max: 1,
      minCount: 1,
      maxCount: 6,
      default: [0.6, 0.75],
      digits: 6,
    }),
    pn: wholeParam('pn', { label: 'Planned patients', min: 1, max: MAX_POWER_N, default: 40 }),
    pt: rate('pt', 'Assumed true rate', round2(orr)),
    pw: numberParam('pw', { label: 'Wanted power', min: 0.5, max: 0.99, default: 0.8, digits: 6 }),
    // Simon's two-stage design.
    s0: openRate('s0', 'p0 (not worth pursuing)', 0.5),
    s1: openRate('s1', 'p1 (worth detecting)', 0.7),
    sa: numberParam('sa', { label: 'α', min: 0.001, max: 0.5, default: 0.05, digits: 6 }),
    sb: numberParam('sb', { label: 'β (1 − power)', min: 0.01, max: 0.5, default: 0.2, digits: 6 }),
    snmax: wholeParam('snmax', { label: 'Largest n', min: 2, max: MAX_SIMON_N, default: 100 }),
    sn: wholeParam('sn', { label: 'Chosen design (n)', min: 2, max: MAX_SIMON_N, default: 2 }),
    sx: wholeParam('sx', { label: 'Responders at the end', min: 0, max: MAX_SIMON_N, default: 0 }),
    // Bayesian monitoring.
    prior: choiceParam('prior', PRIOR_KINDS, { label: 'Prior', default: 'historical' }),
    pa: numberParam('pa', { label: 'a', min: 0.001, max: 10_000, default: 0.6, digits: 6 }),
    pb: numberParam('pb', { label: 'b', min: 0.001, max: 10_000, default: 0.4, digits: 6 }),
    hr: openRate('hr', 'Historical rate', 0.6),
    hw: numberParam('hw', {
      label: 'Worth (patients)',
      min: 0.01,
      max: 10_000,
      default: 1,
      digits: 6,
    }),
    m0: rate('m0', 'p0 (to beat)', 0.6),
    m1: rate('m1', 'Hoped-for rate', 0.8),
    tt: numberParam('tt', { label: 'θT', min: 0, max: 0.999999, default: 0.9, digits: 6 }),
    tl: rate('tl', 'θL (futility)', 0.001),
    tu: rate('tu', 'θU (efficacy)', 1),
    mnmax: wholeParam('mnmax', { label: 'Nmax', min: 1, max: MAX_MONITOR_N, default: nMax }),
    first: wholeParam('first', {
      label: 'First look at n',
      min: 1,
      max: MAX_MONITOR_N,
      default: 10,
    }),
    step: wholeParam('step', { label: 'Then every', min: 1, max: MAX_MONITOR_N, default: 1 }),
    ix: wholeParam('ix', {
      label: 'Responders so far',
      min: 0,
      max: MAX_MONITOR_N,
      default: interimX,
    }),
    in: wholeParam('in', {
      label: 'Patients so far',
      min: 0,
      max: MAX_MONITOR_N,
      default: interimN,
    }),
    ms: studies('ms', 10_000),
    mseed: seed('mseed'),
    // The next study, simulated from the cohort.
    rule: choiceParam('rule', STUDY_RULES, { label: 'Design', default: 'simon' }),
    delay: numberParam('delay', {
      label: 'Weeks from a look’s last patient to the look',
      min: 0,
      max: MAX_WEEKS,
      default: Number(Math.max(0, d.lookDelayWk).toFixed(1)),
      digits: 6,
    }),
    dor: numberParam('dor', {
      label: 'Median DOR threshold (weeks)',
      min: 0,
      max: MAX_WEEKS,
      default: Number((d.dorMedianWk ?? 4).toFixed(1)),
      digits: 6,
    }),
    trials: studies('trials', 1000),
    seed: seed('seed'),
  };
}

/** The Design tab's declarations. */
export type DesignParams = ReturnType<typeof designParams>;
