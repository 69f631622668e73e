import { MAX_BOOTSTRAP_REPS, MAX_SIMULATION_TRIALS, SEED_RANGE } from '../engine/limits.ts';
import {
  BOOTSTRAP_STATISTICS,
  type BootstrapStatistic,
} from '../engine/montecarlo/bootstrapStatistics.ts';
import {
  CENSORING_CHOICES,
  FIT_MODEL_CHOICES,
  FIT_ROW_KEYS,
  type FitRowKey,
  type FitSettings,
} from './fitChoice.ts';
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

/** Where the cohort on screen came from; enough to load it again, bit for bit. */
export type CohortSource =
  | { kind: 'builtin'; id: string }
  | { kind: 'synthetic'; scenario: unknown; seed: number }
  | { kind: 'inline'; name: string; csv: string }
  | { kind: 'bundle'; name: string };

/** Everything besides the cohort that decides what is on screen. */
export interface Settings extends FitSettings {
  view: ViewId;
  method: ProportionMethod;
  level: number;
  transform: KmTransform;
  sort: SwimmerSort;
  group: boolean;
  selected: string | null;
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
  selected: null,
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
  fitHidden: [],
  resimScenario: null,
  lesson: null,
  lessonParams: {},
  reconstructParams: {},
  designParams: {},
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
} as const;
