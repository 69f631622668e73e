/**
 * Times below this (weeks) are raised to it before fitting, so that a zero duration (a response
 * lost, or a death, at the visit that saw the response) keeps the likelihood finite.
 * The R fixtures apply the same floor.
 */
export const MIN_FIT_TIME = 1e-3;
