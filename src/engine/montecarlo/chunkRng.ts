import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * The random stream of one chunk of work: seedrandom's Alea generator seeded with the user's
 * seed and the chunk index, so a chunk draws the same numbers whichever worker runs it.
 * Assumes chunk indices are whole numbers; Alea is Johannes Baagøe's generator (seedrandom 3).
 * @example chunkRng('hlh', 0)() // the same number on every run, browser or Node
 */
export function chunkRng(seed: string, chunkIndex: number): Rng {
  return seedrandom.alea(`${seed}#${chunkIndex}`);
}
