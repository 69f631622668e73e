// How the worker pool is sized and what one lesson task may hold. The caps on what a user may ask
// for (replicates, studies, ensembles, workers) are the engine's, in `src/engine/limits.ts`.

/** Largest number of items in one lesson task. */
export const MAX_LESSON_ITEMS = 100000;
/** Largest pool by default (cores beyond it are left alone); a pool asks for at most `MAX_WORKERS`. */
export const MAX_POOL_SIZE = 8;
