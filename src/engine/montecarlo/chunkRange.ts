/** Replicates per bootstrap chunk: small enough to report progress well within 200 ms. */
export const BOOTSTRAP_CHUNK_SIZE = 16384;

/** Studies per simulation chunk. */
export const SIMULATION_CHUNK_SIZE = 64;

/**
 * The replicates `[start, start + count)` of chunk `index` when `total` is split into chunks of `size`.
 * Assumes 0 ≤ index < chunkCount(total, size).
 * @example chunkRange(40000, 16384, 2) // { start: 32768, count: 7232 }
 */
export function chunkRange(
  total: number,
  size: number,
  index: number,
): { start: number; count: number } {
  const start = index * size;
  return { start, count: Math.max(0, Math.min(size, total - start)) };
}

/**
 * How many chunks of `size` cover `total` items.
 * @example chunkCount(40000, 16384) // 3
 */
export function chunkCount(total: number, size: number): number {
  return Math.ceil(total / size);
}
