/**
 * The limits on what a user may ask of the engine, shared by the link and form fields of the
 * page, the worker pool and the command line, so that a run the page accepts the command line
 * accepts too, and the other way round. A request beyond them is refused with a message (a
 * link value beyond them is named in a notice and replaced by its default).
 * Example: `reps <= MAX_BOOTSTRAP_REPS`.
 */

/** Seeds typed into the page or carried by a link: whole numbers 0 to 2^32 − 1 (the command line takes any text). */
export const SEED_RANGE = { min: 0, max: 2 ** 32 - 1 } as const;

/** Two-sided confidence levels. */
export const LEVEL_RANGE = { min: 0.5, max: 0.9999 } as const;

/**
 * Most bootstrap replicates in one run. The pool keeps counts, not replicates, so memory stays
 * flat; the time grows with replicates × patients, and a run shows its progress and can be
 * cancelled.
 */
export const MAX_BOOTSTRAP_REPS = 1_000_000_000;

/** Most simulated studies in one re-simulation run (each keeps about 60 bytes of results). */
export const MAX_SIMULATION_TRIALS = 1_000_000;

/** Most patients in one simulated study (a scenario's `n`), and the largest n of an exact-coverage table. */
export const MAX_SCENARIO_N = 10_000;

/** Most cohorts in one reconstruction ensemble (every cohort is kept, with its endpoints). */
export const MAX_ENSEMBLE_COHORTS = 5_000;

/** Most bootstrap resamples per cohort of a reconstruction ensemble (for the median DOR's interval). */
export const MAX_ENSEMBLE_BOOTSTRAP_REPS = 10_000;

/** Most perturbed reconstructions in one ensemble over a digitised Kaplan–Meier curve. */
export const MAX_KM_ENSEMBLE_REPS = 10_000;

/**
 * Most patients in a lesson's simulated or resampled study. The lessons are about small studies;
 * a larger loaded cohort is imitated by studies of this size, so every lesson still answers at once.
 */
export const MAX_STUDY_SIZE = 500;

/** A visit spacing stated for reading a cohort's times (weeks): from about a day to ten years. */
export const VISIT_WK_RANGE = { min: 0.01, max: 520 } as const;

/**
 * Weeks at which a stated piecewise exponential model changes rate (after the response for the
 * duration of response, after the start of treatment for the time to response): from about a
 * day to ten years.
 */
export const PIECE_BREAK_WK_RANGE = { min: 0.01, max: 520 } as const;

/** Most pieces a piecewise exponential model may have (so at most one fewer breaks). */
export const MAX_PIECES = 50;

/**
 * Weeks a confirmation rule may ask between a response and the assessment that confirms it
 * (visit-level and ADaM input; RECIST 1.1 asks for at least 4).
 */
export const CONFIRM_WK_RANGE = { min: 0, max: 520 } as const;

/** Most workers in one pool. */
export const MAX_WORKERS = 64;

/** Most patients in a tested study (the exact binomial test and its power). */
export const MAX_TEST_N = 1_000_000;

/** Largest total sample size a Simon two-stage design search covers. */
export const MAX_SIMON_N = 1000;

/** Most patients in a Bayesian monitoring rule (its boundaries cost about nMax² log nMax). */
export const MAX_MONITOR_N = 2000;

/** Weeks a user may name for landmarks, "responded by" proportions and Kaplan–Meier table breaks (20 years). */
export const WEEK_RANGE = { min: 0, max: 1040 } as const;

/** Most landmark weeks, and most "responded by" weeks, in one analysis. */
export const MAX_LANDMARKS = 10;

/** Most breaks of a Kaplan–Meier table (columns under the axis). */
export const MAX_TABLE_BREAKS = 20;

/** The Fleming–Harrington ρ of a group comparison (0: the log-rank test; 1: Peto–Peto). */
export const RHO_RANGE = { min: 0, max: 10 } as const;

/** Most curves digitised from one Kaplan–Meier figure (each travels in the link with its points). */
export const MAX_FIGURE_CURVES = 6;

/** Most pixels of a figure read for its curves (a 6,000 × 4,000 screenshot); more would stall a worker for seconds. */
export const MAX_FIGURE_PIXELS = 24_000_000;

/**
 * Longest estimated run (seconds, `runCost`) that a link may start by itself; a link asking
 * for more is asked about first.
 */
export const LINK_RUN_ASK_SECONDS = 5;
