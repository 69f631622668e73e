import { describe, expect, it } from 'vitest';
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

  it('is a labelled image with one focusable lane per patient', () => {
    const svg = renderSvg(SwimmerPlot, { cohort: sixPatients });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
    expect(svg).toContain(
      'aria-label="Swimmer plot of 6 patients: 5 responders (2 CR, 2 PR, 1 IMP), follow-up up to 12 weeks, sorted by follow-up."',
    );
    expect(svg.match(/<g data-patient-id="[^"]*"[^>]* tabindex="0"/g)).toHaveLength(6);
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

  it('draws 500 patients as compact lanes without labels', () => {
    const patients = Array.from({ length: 500 }, (_, i) => ({
      ...sixPatients.patients[i % 6],
      id: `S${String(i + 1).padStart(3, '0')}`,
    }));
    const cohort: Cohort = { ...sixPatients, patients };
    const svg = renderSvg(SwimmerPlot, { cohort });
    expect(svg.match(/data-patient-id=/g)).toHaveLength(500);
    expect(svg).not.toContain('>S001</text>');
  });
});
