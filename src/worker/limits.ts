// What a worker pool accepts: larger requests are refused before any worker starts.

/** Largest bootstrap a pool accepts. */
export const MAX_BOOTSTRAP_REPS = 1e9;
/** Largest number of simulated studies a pool accepts (each keeps a few numbers). */
export const MAX_SIMULATION_TRIALS = 1e6;
/** Largest number of items in one lesson task. */
export const MAX_LESSON_ITEMS = 100000;
/** Largest reconstruction ensemble a pool accepts (every cohort is kept). */
export const MAX_ENSEMBLE_COHORTS = 100000;
/** Largest bootstrap per reconstructed cohort. */
export const MAX_ENSEMBLE_BOOTSTRAP_REPS = 100000;
/** Largest pool by default (cores beyond it are left alone). */
export const MAX_POOL_SIZE = 8;
