import type { ResponseCode } from '../engine/cohort.ts';
import type { ImportSpec } from './importSpec.ts';
import { MAX_BOOTSTRAP_REPS, MAX_SIMULATION_TRIALS, SEED_RANGE } from '../engine/limits.ts';
import {
  BOOTSTRAP_STATISTICS,
  type BootstrapStatistic,
} from '../engine/montecarlo/bootstrapStatistics.ts';
import { FIT_MODEL_CHOICES, FIT_ROW_KEYS, type FitRowKey } from '../engine/fit/fitModelChoice.ts';
import { CENSORING_CHOICES } from '../engine/fit/resolveCensoring.ts';
import type { FitSettings } from './fitChoice.ts';
import {
  KM_TRANSFORMS,
  PROPORTION_METHODS,
  type KmTransform,
  type ProportionMethod,
} from '../engine/report.ts';

/** The app's screens, in tab order. */
export const VIEWS = [
  'summary',
  'km',
  'subgroups',
  'bootstrap',
  'resim',
  'reconstruct',
  'design',
  'learn',
  'load',
] as const;
/** One screen of the app. */
export type ViewId = (typeof VIEWS)[number];

/** Orders of the swimmer plot's lanes. */
export const SWIMMER_SORTS = ['followup', 'dor', 'ttr', 'response', 'id'] as const;
/** One order of the swimmer plot's lanes. */
export type SwimmerSort = (typeof SWIMMER_SORTS)[number];

/** The responder definitions offered, from the narrowest: CR; CR + PR; CR + PR + IMP. */
export const RESPONDER_SETS = ['CR', 'CR-PR', 'CR-PR-IMP'] as const;
/** One responder definition, as the link writes it. */
export type ResponderSet = (typeof RESPONDER_SETS)[number];
/** The best responses each definition counts as response (the same array every time). */
export const RESPONDER_CODES: Readonly<Record<ResponderSet, readonly ResponseCode[]>> =
  Object.freeze({
    CR: Object.freeze(['CR'] as const),
    'CR-PR': Object.freeze(['CR', 'PR'] as const),
    'CR-PR-IMP': Object.freeze(['CR', 'PR', 'IMP'] as const),
  });
/** Time axes of the swimmer plot: weeks evenly spaced, or by their square root. */
export const SWIMMER_SCALES = ['linear', 'sqrt'] as const;
/** One time axis of the swimmer plot. */
export type SwimmerScale = (typeof SWIMMER_SCALES)[number];
/** How the swimmer plot shows the app's grouping: lanes split into blocks, or in order coloured by group. */
export const SWIMMER_GROUP_MODES = ['split', 'colour'] as const;
/** One way of showing groups in the swimmer plot. */
export type SwimmerGroupMode = (typeof SWIMMER_GROUP_MODES)[number];
/** The latest week a swimmer plot's window of weeks may reach in a link. */
export const MAX_SWIMMER_WEEK = 10_000;

/** How the time to response is drawn: the rising share responded (1 − KM) or the falling share not yet responded. */
export const TTR_SCALES = ['event', 'survival'] as const;
/** One way of drawing the time to response. */
export type TtrScale = (typeof TTR_SCALES)[number];

/** How the cumulative incidence of the causes that end a response is drawn. */
export const INCIDENCE_LAYOUTS = ['side-by-side', 'stacked'] as const;
/** One layout of the cumulative incidence plot. */
export type IncidenceLayout = (typeof INCIDENCE_LAYOUTS)[number];

/**
 * Where the cohort on screen came from; enough to load it again, bit for bit. An uploaded
 * cohort (inline, or kept as a bundle) that was mapped or derived from visits or ADaM carries
 * how it was read (`imported`: layout, column mapping, confirmation rule) beside the derived
 * cohort, so a link or a bundle shows the mapping step's result without the raw files.
 */
export type CohortSource =
  | { kind: 'builtin'; id: string }
  | { kind: 'synthetic'; scenario: unknown; seed: number }
  | { kind: 'inline'; name: string; csv: string; imported?: ImportSpec }
  | { kind: 'bundle'; name: string; imported?: ImportSpec };

/** Everything besides the cohort that decides what is on screen. */
export interface Settings extends FitSettings {
  view: ViewId;
  method: ProportionMethod;
  level: number;
  transform: KmTransform;
  sort: SwimmerSort;
  group: boolean;
  /** The swimmer plot's time axis and the weeks it shows (`null`: all of them). */
  swimmerScale: SwimmerScale;
  swimmerWeeks: [number, number] | null;
  /** How the swimmer plot shows the grouping (`grouping`): split into blocks or coloured lanes. */
  swimmerGroups: SwimmerGroupMode;
  selected: string | null;
  /** Who counts as a responder, for every endpoint, view, run and the report. */
  responders: ResponderSet;
  /** Weeks w of the proportions "responded by week w". */
  byWeek: readonly number[];
  /** Weeks of the Kaplan–Meier landmark rates (still in response; responded by). */
  landmarks: readonly number[];
  /** Weeks of the Kaplan–Meier tables under the plots; empty for the axis ticks. */
  kmBreaks: readonly number[];
  /** The time to response drawn rising (responded) or falling (not yet responded). */
  ttrScale: TtrScale;
  /**
   * The grouping of the patients, as `readGrouping` reads it (`sex`, `best_response`,
   * `age:40,65`, a column name), or `null` for none; `Analysis.grouping` resolves it.
   */
  grouping: string | null;
  /** Fleming–Harrington ρ of the group comparisons (0: log-rank). */
  rho: number;
  /** The cumulative incidence of loss and death: one panel per cause, or stacked. */
  incidenceLayout: IncidenceLayout;
  bootReps: number;
  bootSeed: number;
  bootStatistic: BootstrapStatistic;
  resimTrials: number;
  resimSeed: number;
  /** Fitted curves left off the Re-simulation tab's Kaplan–Meier plots. */
  fitHidden: readonly FitRowKey[];
  /** The re-simulation scenario as edited by the user, or `null` for the one fitted to the cohort. */
  resimScenario: unknown | null;
  /** The open lesson of the Learn tab, or `null` for the first. */
  lesson: string | null;
  /** The lesson's control values, as the lesson writes them. */
  lessonParams: Record<string, string>;
  /** The Reconstruct tab's ensemble settings, as that panel writes them. */
  reconstructParams: Record<string, string>;
  /** The Design tab's plan (tests, designs, monitoring rule, simulation), as that panel writes it. */
  designParams: Record<string, string>;
  /** The Reconstruct tab's Kaplan–Meier figure: curves, at-risk tables and options (`k.` parameters). */
  figureParams: Record<string, string>;
}

/** The whole shareable state of the app. */
export interface UrlState {
  source: CohortSource;
  settings: Settings;
}

/** The built-in cohort the app opens on. */
export const BUILTIN_COHORT_ID = 'hlh-anakinra-2025';

/** Settings when the link says nothing. */
export const DEFAULT_SETTINGS: Settings = {
  view: 'summary',
  method: 'clopper-pearson',
  level: 0.95,
  transform: 'log-log',
  sort: 'followup',
  group: false,
  swimmerScale: 'linear',
  swimmerWeeks: null,
  swimmerGroups: 'split',
  selected: null,
  responders: 'CR-PR-IMP',
  byWeek: [1, 2, 4],
  landmarks: [4, 12, 26],
  kmBreaks: [],
  ttrScale: 'event',
  grouping: null,
  rho: 0,
  incidenceLayout: 'side-by-side',
  bootReps: 2000,
  bootSeed: 20250101,
  bootStatistic: 'orr',
  resimTrials: 1000,
  resimSeed: 20250102,
  fitDor: 'auto',
  fitTtr: 'auto',
  fitCensoring: 'auto',
  fitVisitWk: null,
  fitBreaks: null,
  fitTtrBreaks: null,
  fitHidden: [],
  resimScenario: null,
  lesson: null,
  lessonParams: {},
  reconstructParams: {},
  designParams: {},
  figureParams: {},
};

/** The state of a link with an empty hash. */
export const DEFAULT_STATE: UrlState = {
  source: { kind: 'builtin', id: BUILTIN_COHORT_ID },
  settings: DEFAULT_SETTINGS,
};

/** Limits on what a link may carry; beyond them the cohort travels as a JSON bundle. */
export const URL_LIMITS = {
  /** Longest hash accepted at all. */
  maxHashChars: 64_000,
  /** Longest compressed cohort put into a link (base64url characters). */
  maxInlineChars: 6_000,
  /** Largest decompressed cohort or scenario accepted from a link. */
  maxInflatedBytes: 512_000,
  /** Bootstrap replicates: the shared cap, `MAX_BOOTSTRAP_REPS`. */
  maxBootReps: MAX_BOOTSTRAP_REPS,
  /** Re-simulated studies: the shared cap, `MAX_SIMULATION_TRIALS`. */
  maxTrials: MAX_SIMULATION_TRIALS,
  /** Seeds: the shared range, `SEED_RANGE`. */
  maxSeed: SEED_RANGE.max,
  maxIdChars: 200,
  maxNameChars: 200,
  maxLessonParams: 40,
  /** Longest value of a lesson's or the Reconstruct tab's parameter (`l.`, `r.`). */
  maxParamChars: 200,
  /** Most `k.` parameters (the figure's curves and options) and the longest value of one (a curve's points). */
  maxFigureParams: 64,
  maxFigureParamChars: 8_000,
} as const;

/** Choices for the confidence level offered in the page. */
export const LEVELS = [0.8, 0.9, 0.95, 0.99] as const;

/** The lists of allowed values, for validation and for the selects in the page. */
export const CHOICES = {
  view: VIEWS,
  method: PROPORTION_METHODS,
  transform: KM_TRANSFORMS,
  sort: SWIMMER_SORTS,
  bootStatistic: BOOTSTRAP_STATISTICS,
  fitModel: FIT_MODEL_CHOICES,
  fitRow: FIT_ROW_KEYS,
  censoring: CENSORING_CHOICES,
  responders: RESPONDER_SETS,
  ttrScale: TTR_SCALES,
  incidenceLayout: INCIDENCE_LAYOUTS,
  swimmerScale: SWIMMER_SCALES,
  swimmerGroups: SWIMMER_GROUP_MODES,
} as const;
