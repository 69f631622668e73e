import { describe, expect, it } from 'vitest';
import FigurePanel from '../../../../src/panels/reconstruct/figure/FigurePanel.svelte';
import ReconstructTab from '../../../../src/panels/reconstruct/ReconstructTab.svelte';
import { AppState } from '../../../../src/state/AppState.svelte.ts';
import { figureSession } from '../../../../src/state/figure/figureSession.svelte.ts';
import { renderPanel } from '../../../helpers/appShowing.ts';
import { kmFigures } from '../../../engine/kmfigure/kmFigures.ts';

const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the Reconstruct tab (server render)', () => {
  it('offers both starting points, the summary by default', () => {
    const html = renderPanel(ReconstructTab, new AppState());
    expect(text(html)).toContain('From a published summary');
    expect(text(html)).toContain('From a Kaplan–Meier figure');
    expect(html).toMatch(/value="summary"[^>]*checked|checked[^>]*value="summary"/);
    expect(text(html)).toContain('Reconstruct from a summary');
  });
});

describe('FigurePanel (server render, a curve from a link)', () => {
  const app = new AppState();
  const curve = kmFigures.figures[0].curves[0];
  const points = curve.corners.time.map((t, i) => `${t}:${curve.corners.survival[i]}`).join(',');
  const risk = curve.at_risk.time.map((t, i) => `${t}:${curve.at_risk.n[i]}`).join(',');
  figureSession(app).digitiser.load({ l1: 'Maintained', p1: points, r1: risk, unit: 'weeks' });
  const html = renderPanel(FigurePanel, app);

  it('says the patients are a reconstruction and that the image is not kept in links', () => {
    expect(text(html)).toContain('They are a reconstruction, not the real patients.');
    expect(text(html)).toContain(
      'The image stays in this page: it is neither uploaded nor kept in links',
    );
  });

  it('shows the check of the curve in words and numbers', () => {
    expect(text(html)).toContain('Reconstructed 11 patients with 7 events');
    expect(text(html)).toContain('Median: 31 weeks, as on the figure.');
    expect(html).toMatch(/data-testid="fit-gap"[^>]*>0\.058</);
  });

  it('labels every field of the curve', () => {
    for (const field of ['times', 'counts', 'n', 'events']) {
      expect(html, field).toMatch(new RegExp(`<label[^>]*for="risk-${field}"`));
      expect(html, field).toMatch(new RegExp(`<input[^>]*id="risk-${field}"`));
    }
    expect(html).toMatch(/aria-label="Point 1 time"/);
  });
});
