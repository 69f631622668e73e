/**
 * Fuzzing the URL-hash decoder: whatever a link holds, `decodeHash` returns a usable state
 * and explains what it refused; it never throws. `npm test` runs a fixed-seed slice;
 * `npm run fuzz` runs FUZZ_RUNS inputs per property.
 */
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../src/state/base64url.ts';
import { compressText } from '../../src/state/compressText.ts';
import { decodeHash, type DecodedHash } from '../../src/state/decodeHash.ts';
import { encodeHash } from '../../src/state/encodeHash.ts';
import { CHOICES, DEFAULT_STATE, VIEWS } from '../../src/state/urlState.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 11);
const SETTINGS = { numRuns: RUNS, seed: SEED };
const TIMEOUT_MS = Math.max(30_000, RUNS * 20);

/** Decodes and checks the contract: no throw, a state whose choices are allowed. */
function decodesSafely(hash: string): DecodedHash {
  const decoded = decodeHash(hash);
  const { settings, source } = decoded.state;
  expect(VIEWS).toContain(settings.view);
  expect(CHOICES.method).toContain(settings.method);
  expect(CHOICES.sort).toContain(settings.sort);
  expect(['builtin', 'synthetic', 'inline', 'bundle']).toContain(source.kind);
  for (const message of decoded.messages) {
    expect(typeof message).toBe('string');
    expect(message.length).toBeGreaterThan(0);
    expect(message.length).toBeLessThan(400);
  }
  return decoded;
}

/** Pieces of real hashes and of hostile ones. */
const PIECES = [
  ...Object.keys(DEFAULT_STATE.settings),
  'cohort',
  'builtin',
  'synthetic',
  'inline',
  'bundle',
  'csv',
  'seed',
  'scenario',
  '=',
  '&',
  '#',
  '%',
  '%00',
  '%ZZ',
  '%E2%80%AE',
  '+',
  '..',
  '/',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '<script>alert(1)</script>',
  'javascript:',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-1',
  '1e308',
  '99999999999999999999',
  '0.95',
  'learn',
  'wilson',
  '{',
  '}',
  '[',
  '"',
];

const pieceHash = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** A real link's hash with a random cut or a random edit. */
const mutatedHash = fc
  .record({
    view: fc.constantFrom(...VIEWS),
    cut: fc.nat(),
    at: fc.nat(),
    insert: fc.constantFrom(...PIECES),
  })
  .map(({ view, cut, at, insert }) => {
    const hash = encodeHash({ ...DEFAULT_STATE, settings: { ...DEFAULT_STATE.settings, view } });
    const i = at % (hash.length + 1);
    const edited = hash.slice(0, i) + insert + hash.slice(i);
    return edited.slice(0, edited.length - (cut % 5));
  });

describe('decodeHash under fuzzing', () => {
  it(
    'never throws on arbitrary text',
    () =>
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), (s) => void decodesSafely(s)),
        SETTINGS,
      ),
    TIMEOUT_MS,
  );

  it(
    'never throws on hashes assembled from real and hostile pieces',
    () =>
      fc.assert(
        fc.property(pieceHash, (s) => void decodesSafely(`#${s}`)),
        SETTINGS,
      ),
    TIMEOUT_MS,
  );

  it(
    'never throws on edited and truncated real links',
    () =>
      fc.assert(
        fc.property(mutatedHash, (s) => void decodesSafely(s)),
        SETTINGS,
      ),
    TIMEOUT_MS,
  );

  it(
    'refuses random compressed payloads with a message, never a crash',
    () =>
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, zipped) => {
          const payload = encodeBase64Url(zipped ? zlibSync(bytes) : bytes);
          decodesSafely(`#v=1&src=inline&name=x&csv=${payload}`);
        }),
        SETTINGS,
      ),
    TIMEOUT_MS,
  );

  it('refuses a compression bomb and keeps the default cohort', () => {
    const bomb = compressText('0'.repeat(5_000_000));
    const decoded = decodesSafely(`#v=1&src=inline&name=bomb&csv=${bomb}`);
    expect(decoded.state.source.kind).not.toBe('inline');
    expect(decoded.messages.length).toBeGreaterThan(0);
  });

  it('keeps hostile text as inert data', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const csv = compressText(`id,best_response,followup_wk\n"${hostile}",NR,3\n`);
    const decoded = decodesSafely(`#v=1&src=inline&name=${encodeURIComponent(hostile)}&csv=${csv}`);
    expect(decoded.state.source).toEqual({
      kind: 'inline',
      name: hostile,
      csv: expect.any(String),
    });
    if (decoded.state.source.kind === 'inline') expect(decoded.state.source.csv).toContain(hostile);
  });
});
