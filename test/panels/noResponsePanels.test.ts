/**
 * Every tab with a cohort rebuilt from a survival figure, rendered on the server with the app's
 * state: the Summary and the Kaplan–Meier tab give its overall survival (the engine's numbers,
 * which agree with R), and no tab shows a response rate of 0 of n; each says what it cannot show
 * and why. (Charts need a width, which only a browser gives; the browser tests draw them.)
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kmMedian } from '../../src/engine/kmMedian.ts';
import { NO_RESPONSE_RECORDED } from '../../src/engine/responseNotRecorded.ts';
import BootstrapPanel from '../../src/panels/BootstrapPanel.svelte';
import DesignPanel from '../../src/panels/design/DesignPanel.svelte';
import KmPanel from '../../src/panels/KmPanel.svelte';
import LearnPanel from '../../src/panels/learn/LearnPanel.svelte';
import { LESSONS } from '../../src/panels/learn/lessons.ts';
import ResimPanel from '../../src/panels/ResimPanel.svelte';
import SubgroupsPanel from '../../src/panels/SubgroupsPanel.svelte';
import SummaryPanel from '../../src/panels/SummaryPanel.svelte';
import type { AppState } from '../../src/state/AppState.svelte.ts';
import { format } from '../../src/ui/format.ts';
import { appShowing, renderPanel } from '../helpers/appShowing.ts';

/** The text of some HTML, tags removed and spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const CSV = readFileSync('test/fixtures/cohorts/reconstructed/veteran-os.csv', 'utf8');
const REASON = `not available for this cohort: ${NO_RESPONSE_RECORDED}`;
const Capital = REASON.charAt(0).toUpperCase() + REASON.slice(1);

let app: AppState;
beforeAll(async () => {
  app = await appShowing({}, CSV, 'veteran-os.csv');
});

describe('a cohort rebuilt from a survival figure, tab by tab', () => {
  it('has 137 patients, 128 deaths, and no response recorded', () => {
    expect(app.analysis.report?.n).toBe(137);
    expect(app.analysis.osCurve?.events).toBe(128);
    expect(app.analysis.unavailable.response).toBe(REASON);
  });

  it('Summary: median overall survival in the endpoint table, one row on response, no 0/137', () => {
    app.update({ view: 'summary', transform: 'log-log' });
    const html = text(renderPanel(SummaryPanel, app));
    expect(html).toContain(
      'Median overall survival (KM) 128 of 137 died; from the start of treatment 128/137 11.4 wk 7.4 wk to 14.2 wk',
    );
    expect(html).toContain(
      `Response, time to response, duration of response ${REASON} not available`,
    );
    expect(html).toContain('Follow-up and overall survival');
    expect(html).toContain('Response was not recorded for this cohort');
    expect(html).not.toMatch(/0\/137|0\.0%|How responses ended|Group by best response/);
  });

  it('Kaplan–Meier: the overall-survival curve’s median, and why there are no response curves', () => {
    app.update({ view: 'km', transform: 'log-log', level: 0.95 });
    const html = renderPanel(KmPanel, app);
    const median = kmMedian(app.analysis.osCurve!, { transform: 'log-log', level: 0.95 });
    expect(text(html)).toContain(
      `Overall survival SVG PNG Median ${format.weeks(median.median)} (95% CI ${format.weeksInterval([median.lower, median.upper])}); 128 of 137 patients died.`,
    );
    expect(html).toContain('data-testid="km-median-os"');
    expect(html).not.toMatch(/km-median-(dor|ttr)|data-testid="ttr-scale|data-testid="competing"/);
    expect(text(html)).toContain(`${Capital}.`);
  });

  it('Subgroups, Bootstrap and Re-simulation: not available, with the reason and what each would show', () => {
    for (const [panel, heading, words] of [
      [SubgroupsPanel, 'Subgroups', "This tab compares the groups' response"],
      [BootstrapPanel, 'Bootstrap', 'The bootstrap resamples the patients'],
      [ResimPanel, 'Re-simulation', 'Re-simulation fits a scenario to the cohort'],
    ] as const) {
      const html = text(renderPanel(panel, app));
      expect(html, heading).toContain(`${heading} ${Capital}.`);
      expect(html, heading).toContain(words);
      expect(html, heading).toContain('overall survival');
      expect(html, heading).not.toMatch(/0\/137|Run bootstrap|Simulate/);
    }
  });

  it('Design: starts from the cohort’s size, says why not from its ORR, and does not claim 0 of 137', () => {
    const html = text(renderPanel(DesignPanel, app));
    expect(html).toContain(`the response rate is ${REASON}.`);
    expect(html).toContain(
      "start from the cohort's size (137 patients) and a response rate of 50%",
    );
    expect(html).not.toMatch(/0 of 137 responded|Use the cohort's/);
    expect(html).toContain(`No scenario can be fitted to this cohort: ${NO_RESPONSE_RECORDED}.`);
  });

  it('Learn: the lessons about responses say why they are not available; the others use n only', () => {
    for (const lesson of LESSONS) {
      app.update({ view: 'learn', lesson: lesson.id, lessonParams: {} });
      const html = text(renderPanel(LearnPanel, app));
      expect(html, lesson.id).toContain('This cohort records no response');
      expect(html, lesson.id).not.toMatch(/observed 0\/137|0 of 137 responded|Bayesian view of 0/);
      if (lesson.needsResponse) {
        expect(html, lesson.id).toContain(`${Capital}. ${lesson.needsResponse}`);
      } else {
        expect(html, lesson.id).not.toContain(Capital);
      }
    }
    expect(LESSONS.filter((l) => !l.needsResponse).map((l) => l.id)).toEqual([
      'discreteness',
      'sample-size',
    ]);
  });
});
