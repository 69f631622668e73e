import { spread, type Spread } from '../reconstruct/spread.ts';
import type { KmEnsembleChunk } from './kmEnsembleChunk.ts';

/** How the median and the events of the reconstructed patients vary over readings of a figure. */
export interface KmEnsembleSummary {
  reps: number;
  spread: { median: Spread; events: Spread };
}

/**
 * Merges the chunks of a seeded ensemble, in chunk order, into the spread of the median
 * (`null` when not reached) and of the number of events across its reconstructions.
 * @example kmEnsembleSummary([kmEnsembleChunk(points, request, 0)]).spread.median.quantiles.median
 */
export function kmEnsembleSummary(chunks: readonly KmEnsembleChunk[]): KmEnsembleSummary {
  const medians = chunks.flatMap((c) => c.medians);
  const events = chunks.flatMap((c) => c.events);
  return { reps: medians.length, spread: { median: spread(medians), events: spread(events) } };
}
