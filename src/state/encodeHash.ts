import { compressText } from './compressText.ts';
import type { UrlState } from './urlState.ts';

/**
 * Writes the whole app state as a URL hash (`#v=1&…`), every setting explicit so that a
 * link reproduces the same numbers even if defaults change. An inline cohort and a
 * synthetic scenario travel compressed (DEFLATE + base64url); a bundle-loaded cohort cannot
 * travel and is marked `src=bundle` so the receiver is told to open the bundle. A lesson's
 * control values travel as `l.KEY=VALUE`, the Reconstruct tab's as `r.KEY=VALUE`.
 *
 * @example encodeHash(DEFAULT_STATE) // '#v=1&src=builtin&id=hlh-anakinra-2025&view=summary&…'
 */
export function encodeHash(state: UrlState): string {
  const p = new URLSearchParams();
  p.set('v', '1');
  const src = state.source;
  p.set('src', src.kind);
  if (src.kind === 'builtin') p.set('id', src.id);
  if (src.kind === 'synthetic') {
    p.set('scn', compressText(JSON.stringify(src.scenario)));
    p.set('sseed', String(src.seed));
  }
  if (src.kind === 'inline' || src.kind === 'bundle') p.set('name', src.name);
  if (src.kind === 'inline') p.set('csv', compressText(src.csv));
  const s = state.settings;
  p.set('view', s.view);
  p.set('method', s.method);
  p.set('level', String(s.level));
  p.set('tr', s.transform);
  p.set('sort', s.sort);
  p.set('group', s.group ? '1' : '0');
  if (s.selected !== null) p.set('sel', s.selected);
  p.set('breps', String(s.bootReps));
  p.set('bseed', String(s.bootSeed));
  p.set('bstat', s.bootStatistic);
  p.set('rtrials', String(s.resimTrials));
  p.set('rseed', String(s.resimSeed));
  if (s.resimScenario !== null) p.set('rscn', compressText(JSON.stringify(s.resimScenario)));
  if (s.lesson !== null) p.set('lesson', s.lesson);
  for (const [key, value] of Object.entries(s.lessonParams)) p.set(`l.${key}`, value);
  for (const [key, value] of Object.entries(s.reconstructParams)) p.set(`r.${key}`, value);
  return '#' + p.toString();
}
