import seedrandom from 'seedrandom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { CohortSummary } from '../../../src/engine/reconstruct/cohortSummary.ts';
import { drawEnsemble } from '../../../src/engine/reconstruct/drawEnsemble.ts';
import { reconstructEnsemble } from '../../../src/engine/reconstruct/reconstructEnsemble.ts';
import CohortGrid from '../../../src/panels/reconstruct/CohortGrid.svelte';
import MiniSwimmer from '../../../src/panels/reconstruct/MiniSwimmer.svelte';
import { miniSwimmerGeometry } from '../../../src/panels/reconstruct/miniSwimmerGeometry.ts';
import { pathLabel } from '../../../src/panels/reconstruct/pathLabel.ts';
import ReconstructPanel from '../../../src/panels/reconstruct/ReconstructPanel.svelte';
import SpreadCards from '../../../src/panels/reconstruct/SpreadCards.svelte';
import { FORM_FIELDS } from '../../../src/panels/reconstruct/summaryForm.ts';
import { hlhSummaryJson } from '../../helpers/hlhSummary.ts';
import { RESPONSE_GRADES } from '../../../src/engine/cohort.ts';
import { markerShape } from '../../../src/charts/swimmer/markerShape.ts';
import { palette } from '../../../src/charts/palette.ts';
import { AppState } from '../../../src/state/AppState.svelte.ts';
import { renderPanel } from '../../helpers/appShowing.ts';

const summary = hlhSummaryJson() as unknown as CohortSummary;
const [cohort] = reconstructEnsemble(summary, { cohorts: 1, rng: seedrandom('5') }).cohorts;
const noop = () => {};
const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');

describe('ReconstructPanel (server render, before the summary is fetched)', () => {
  const app = new AppState();
  app.update({ level: 0.95, reconstructParams: { cohorts: '300', seed: '9' } });
  const html = renderPanel(ReconstructPanel, app);

  it('says plainly that the cohorts are reconstructions, not the real patients', () => {
    expect(text(html)).toContain(
      'These are reconstructions consistent with the published figures, not the real patients.',
    );
  });

  it('labels every input of the form', () => {
    for (const field of FORM_FIELDS) {
      expect(html, field.key).toMatch(new RegExp(`<label[^>]*for="rc-${field.key}"`));
      expect(html, field.key).toMatch(new RegExp(`<input[^>]*id="rc-${field.key}"`));
    }
    expect(html).toMatch(/<label[^>]*for="rc-json"/);
    expect(html).toMatch(/<textarea[^>]*id="rc-json"/);
  });

  it('takes the ensemble size and seed from the URL parameters', () => {
    expect(html).toMatch(
      /data-testid="reconstruct-cohorts"[^>]*value="300"|value="300"[^>]*data-testid="reconstruct-cohorts"/,
    );
    expect(html).toMatch(
      /value="9"[^>]*data-testid="reconstruct-seed"|data-testid="reconstruct-seed"[^>]*value="9"/,
    );
    expect(text(html)).toContain('--cohorts 300 --seed 9');
  });
});

describe('SpreadCards', () => {
  it('gives a sentence for every quantity, and groups those the figures fix', async () => {
    const run = await drawEnsemble(summary, { cohorts: 30, seed: '2' });
    const html = render(SpreadCards, { props: { spread: run.spread, level: 0.95 } }).body;
    const t = text(html);
    for (const key of Object.keys(run.spread)) expect(html).toContain(`data-quantity="${key}"`);
    expect(t).toContain('The same in every cohort');
    expect(t).toMatch(/Across 30 cohorts equally consistent with the paper, the number of deaths/);
  });
});

describe('CohortGrid', () => {
  it('offers each cohort of the first page with a button to use it', async () => {
    const run = await drawEnsemble(summary, { cohorts: 8, seed: '2' });
    const html = render(CohortGrid, {
      props: {
        cohorts: run.cohorts,
        endpoints: run.endpoints,
        level: 0.95,
        responders: RESPONSE_GRADES,
        onuse: noop,
      },
    }).body;
    expect(html.match(/data-cohort-index=/g)).toHaveLength(6);
    expect(html.match(/>Use this cohort</g)).toHaveLength(6);
    expect(text(html)).toContain('Cohorts 1–6 of 8');
    expect(text(html)).toMatch(/Median duration of response 1 week \(95% CI/);
  });
});

describe('MiniSwimmer', () => {
  it('draws one lane per patient, a cross per death and an arrow per ongoing response', () => {
    const g = miniSwimmerGeometry(cohort, {
      sort: 'dor',
      responders: RESPONSE_GRADES,
      width: 320,
      maxWeek: 40,
    });
    const deaths = cohort.patients.filter((p) => p.deathWk !== null).length;
    const ongoing = cohort.patients.filter(
      (p) => p.responseWk !== null && p.lossWk === null && p.deathWk === null,
    ).length;
    expect(g.lanes).toHaveLength(18);
    expect(g.lanes.filter((l) => l.death !== null)).toHaveLength(deaths);
    expect(g.lanes.filter((l) => l.ongoing !== null)).toHaveLength(ongoing);
    expect(g.ticks.map((t) => t.label)).toContain('0');
    const longest = Math.max(...g.lanes.map((l) => l.segments.at(-1)!.x1));
    expect(longest).toBeLessThanOrEqual(320 - g.left);

    const svg = render(MiniSwimmer, {
      props: { cohort, sort: 'dor', responders: RESPONSE_GRADES, width: 320, maxWeek: 40 },
    }).body;
    expect(svg).toMatch(/role="img"[^>]*aria-label="Swimmer plot of 18 patients: 15 responders/);
    // The death symbol is the one every swimmer plot draws.
    const death = markerShape('death', 9 / 2 - 0.25).d;
    expect(svg.split(`d="${death}" fill="${palette.death}"`).length - 1).toBe(deaths);
  });

  it('shares the x axis: the same week lands at the same x for any cohort', () => {
    const a = miniSwimmerGeometry(cohort, {
      sort: 'id',
      responders: RESPONSE_GRADES,
      width: 300,
      maxWeek: 40,
    });
    const short = { ...cohort, patients: cohort.patients.map((p) => ({ ...p })).slice(0, 3) };
    const b = miniSwimmerGeometry(short, {
      sort: 'id',
      responders: RESPONSE_GRADES,
      width: 300,
      maxWeek: 40,
    });
    expect(a.ticks).toEqual(b.ticks);
  });
});

describe('pathLabel', () => {
  it('names fields by their form label and sections in words', () => {
    expect(pathLabel('response.by_week.1')).toBe('Responded by week 1');
    expect(pathLabel('sex')).toBe('Sex counts');
    expect(pathLabel('assumptions.max_dor_wk')).toBe('assumptions.max_dor_wk');
  });
});
