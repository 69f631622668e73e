// Import, reconstruction and link figures for `npm run bench`: timings the tests no longer
// assert (they check the behaviour). Prints, asserts nothing.
import { deflateSync } from 'fflate';
import seedrandom from 'seedrandom';
import { reconstructEnsemble } from '../src/engine/reconstruct/reconstructEnsemble.ts';
import { MAX_FILE_CHARS } from '../src/io/limits.ts';
import { parseCohort } from '../src/io/parseCohort.ts';
import { encodeBase64Url } from '../src/state/base64url.ts';
import { decodeHash } from '../src/state/decodeHash.ts';
import { hlhSummary } from '../test/helpers/hlhSummary.ts';
import { largeCsv } from '../test/io/largeCsv.ts';
import { line, seconds } from './line.ts';

/** Wall and CPU milliseconds of one call. */
function timed(run: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  return { wall: performance.now() - started, cpu: process.cpuUsage(cpu).user / 1000 };
}

const both = ({ wall, cpu }: { wall: number; cpu: number }) =>
  `${wall.toFixed(0)} ms (${cpu.toFixed(0)} ms of CPU)`;

/** Prints how long the importer, the reconstruction and the link decoder take on large input. */
export function inputsBench(): void {
  parseCohort(largeCsv(5000), { fileName: 'warm-up.csv' });
  const text = largeCsv(100_000);
  line(
    'parse and validate a 100,000-patient CSV',
    both(timed(() => parseCohort(text, { fileName: 'large.csv' }))),
  );
  const huge = 'x'.repeat(MAX_FILE_CHARS + 1);
  line(
    'refuse a file over the 20 MB limit',
    both(timed(() => parseCohort(huge, { fileName: 'huge.csv' }))),
  );
  const bomb = encodeBase64Url(deflateSync(new Uint8Array(20_000_000)));
  line(
    'refuse a link holding a 20 MB decompression bomb',
    both(timed(() => decodeHash(`#v=1&src=inline&csv=${bomb}`))),
  );
  const { wall } = timed(() =>
    reconstructEnsemble(hlhSummary(), { cohorts: 1000, rng: seedrandom('hlh') }),
  );
  line('reconstruct 1,000 cohorts from the HLH summary', seconds(wall));
}
