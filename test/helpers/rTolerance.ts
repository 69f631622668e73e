/**
 * The absolute tolerance for a number the engine computes compared with R's (the JSON under
 * `test/fixtures/`, written with full precision): far above rounding, far below what a reader sees.
 */
export const R_TOLERANCE = 1e-9;
