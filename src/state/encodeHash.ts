import { writeParams } from '../io/params/writeParams.ts';
import { compressText } from './linkCompression.ts';
import { isPlainSpec } from './importSpec.ts';
import { SETTINGS_PARAMS } from './settingsParams.ts';
import { SOURCE_PARAMS } from './sourceParams.ts';
import type { UrlState } from './urlState.ts';

/**
 * Writes the whole app state as a URL hash (`#v=1&…`), every setting explicit so that a
 * link reproduces the same numbers even if defaults change; the plain settings are written as
 * `SETTINGS_PARAMS` declares them. An inline cohort and a synthetic scenario travel compressed
 * (DEFLATE + base64url); a bundle-loaded cohort cannot travel and is marked `src=bundle` so the
 * receiver is told to open the bundle. An uploaded cohort that was mapped or derived also
 * carries how it was read: `fmt` (its layout), `cwk` (the confirmation rule) and `map` (the
 * column mapping, compressed JSON), never the raw files. A lesson's control values travel as
 * `l.KEY=VALUE`, the Reconstruct tab's as `r.KEY=VALUE` and its Kaplan–Meier figure's as `k.KEY=VALUE`, the Design tab's as `d.KEY=VALUE`.
 * With `rows: false` (the address bar's form) an inline cohort is named, not carried: it is
 * written as a kept cohort (`src=bundle&name=…`), so no patient row enters the history.
 *
 * @example encodeHash(DEFAULT_STATE) // '#v=1&src=builtin&id=hlh-anakinra-2025&view=summary&…'
 */
export function encodeHash(state: UrlState, { rows = true }: { rows?: boolean } = {}): string {
  const p = new URLSearchParams({ v: '1' });
  const given = state.source;
  const src: UrlState['source'] =
    given.kind === 'inline' && !rows
      ? {
          kind: 'bundle',
          name: given.name,
          ...(given.imported ? { imported: given.imported } : {}),
        }
      : given;
  const imported =
    (src.kind === 'inline' || src.kind === 'bundle') && src.imported && !isPlainSpec(src.imported)
      ? src.imported
      : null;
  const source = writeParams(
    SOURCE_PARAMS,
    {},
    {
      kind: src.kind,
      ...(src.kind === 'builtin' ? { id: src.id } : {}),
      ...(src.kind === 'inline' || src.kind === 'bundle' ? { name: src.name } : {}),
      ...(src.kind === 'synthetic' ? { seed: src.seed } : {}),
      ...(imported ? { format: imported.format } : {}),
      ...(imported && imported.confirmWk !== null ? { confirmWk: imported.confirmWk } : {}),
    },
  );
  for (const [key, value] of Object.entries(source)) p.set(key, value);
  if (src.kind === 'synthetic') p.set('scn', compressText(JSON.stringify(src.scenario)));
  if (src.kind === 'inline') p.set('csv', compressText(src.csv));
  if (imported?.mapping) p.set('map', compressText(JSON.stringify(imported.mapping)));
  const { resimScenario, lessonParams, reconstructParams, designParams, figureParams, ...plain } =
    state.settings;
  for (const [key, value] of Object.entries(writeParams(SETTINGS_PARAMS, {}, plain))) {
    p.set(key, value);
  }
  if (resimScenario !== null) p.set('rscn', compressText(JSON.stringify(resimScenario)));
  for (const [key, value] of Object.entries(lessonParams)) p.set(`l.${key}`, value);
  for (const [key, value] of Object.entries(reconstructParams)) p.set(`r.${key}`, value);
  for (const [key, value] of Object.entries(designParams)) p.set(`d.${key}`, value);
  for (const [key, value] of Object.entries(figureParams)) p.set(`k.${key}`, value);
  return '#' + p.toString();
}
