import { unitGrid } from '../../../engine/lessons/index.ts';

/**
 * The true response rates the coverage lesson computes its curves at: 301 evenly spaced rates
 * from 0.5% to 99.5%, fine enough to show the jumps of exact coverage at small n.
 * Assumes the curves need not reach a true rate of exactly 0% or 100%.
 * Example: `COVERAGE_GRID.length === 301`, `COVERAGE_GRID[0] === 0.005`.
 */
export const COVERAGE_GRID: readonly number[] = unitGrid(301, 0.005, 0.995);
