import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SwimmerPlot from '../../src/charts/swimmer/SwimmerPlot.svelte';
import type { Cohort } from '../../src/engine/cohort';
import { palette } from '../../src/charts/palette';
import { renderSvg } from './render';
import { sixPatients } from './sixPatients';

describe('SwimmerPlot (server-rendered SVG)', () => {
  it('draws six patients sorted by follow-up', async () => {
    const svg = renderSvg(SwimmerPlot, { cohort: sixPatients, title: 'Six patients' });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/swimmer-followup.svg');
  });

  it('groups by best response, sorts by duration of response and highlights the selection', async () => {
    const svg = renderSvg(SwimmerPlot, {
      cohort: sixPatients,
      sort: 'dor',
      groupByResponse: true,
      selectedId: 'P03',
      width: 640,
      title: 'Grouped by best response',
    });
    expect(svg).toContain(`fill="${palette.selected}"`);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/swimmer-grouped-dor.svg');
  });

  it('is a labelled image with one tab stop for the whole plot, and an option per lane', () => {
    const svg = renderSvg(SwimmerPlot, { cohort: sixPatients });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
    expect(svg).toContain(
      'aria-label="Swimmer plot of 6 patients: 5 responders (2 CR, 2 PR, 1 IMP), follow-up up to 12 weeks, sorted by follow-up."',
    );
    expect(svg.match(/<g data-patient-id="[^"]*"/g)).toHaveLength(6);
    expect(svg).not.toContain('tabindex');
    const { body } = render(SwimmerPlot, { props: { cohort: sixPatients } });
    expect(body.match(/tabindex="0"/g)).toHaveLength(1);
    expect(body).toMatch(/role="listbox"[^>]*tabindex="0"/);
    expect(body.match(/role="option"/g)).toHaveLength(6);
    expect(body).toContain(
      'Patient P03, 4 of 6: PR from week 1, lost at week 3; last follow-up week 8',
    );
  });

  it('escapes hostile ids instead of writing markup', () => {
    const svg = renderSvg(SwimmerPlot, { cohort: sixPatients });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('data-patient-id="&lt;script>alert(1)&lt;/script>"');
  });

  it('draws no classes or page styles, so the SVG stands alone when exported', () => {
    const svg = renderSvg(SwimmerPlot, { cohort: sixPatients });
    expect(svg).not.toMatch(/\sclass="/);
    expect(svg).toContain('font-family=');
  });

  it('draws 500 patients as an overview of every patient and 40 lanes in detail', async () => {
    const patients = Array.from({ length: 500 }, (_, i) => ({
      ...sixPatients.patients[i % 6],
      id: `S${String(i + 1).padStart(3, '0')}`,
    }));
    const cohort: Cohort = { ...sixPatients, patients };
    const svg = renderSvg(SwimmerPlot, { cohort, title: '500 patients' });
    expect(svg.match(/data-patient-id=/g)).toHaveLength(40);
    expect(svg).toContain('>S001</text>');
    expect(svg).toContain('data-swimmer-overview');
    expect(svg.length).toBeLessThan(200_000);
  });

  it('zooms the weeks and draws them on a square-root scale', async () => {
    const svg = renderSvg(SwimmerPlot, {
      cohort: sixPatients,
      title: 'Weeks 0 to 4, square root',
      timeScale: 'sqrt',
      timeWindow: [0, 4],
      ontimewindow: () => {},
      grouping: { by: 'sex' },
    });
    expect(svg).toContain('square-root scale');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/swimmer-sqrt-zoom-sex.svg');
  });
});
