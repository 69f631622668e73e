import { availableParallelism } from 'node:os';
import { MAX_WORKERS } from '../engine/limits.ts';
import { MAX_POOL_SIZE } from '../worker/limits.ts';
import { numberOption } from './numberOption.ts';

/**
 * Reads `--workers`: 1 to `MAX_WORKERS`, by default the cores, at most `MAX_POOL_SIZE`.
 * @example workersOption({ workers: '2' }) // 2
 */
export function workersOption(options: Record<string, string>): number {
  return numberOption(options, 'workers', {
    fallback: Math.min(availableParallelism(), MAX_POOL_SIZE),
    min: 1,
    max: MAX_WORKERS,
    integer: true,
  });
}
