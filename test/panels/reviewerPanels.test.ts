/**
 * The Summary, Kaplan–Meier and Subgroups panels rendered on the server with the app's state:
 * what they say about follow-up, landmarks, how responses ended, the grouping and endpoints the
 * cohort cannot give. (Charts need a width, which only a browser gives; the browser tests draw them.)
 */
import { describe, expect, it } from 'vitest';
import KmPanel from '../../src/panels/KmPanel.svelte';
import SubgroupsPanel from '../../src/panels/SubgroupsPanel.svelte';
import SummaryPanel from '../../src/panels/SummaryPanel.svelte';
import { appShowing, renderPanel } from '../helpers/appShowing.ts';

/** The text of some HTML, tags removed and spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const UNTIMED =
  'id,best_response,response_wk,followup_wk,sex\nA,PR,,10,F\nB,NR,,8,M\nC,CR,2,12,F\n';

describe('the summary', () => {
  it('gives the median follow-up, the landmarks and how the responses ended', async () => {
    const html = text(renderPanel(SummaryPanel, await appShowing()));
    expect(html).toContain(
      'Median follow-up 18.0 wk (95% CI 10.0 wk to 26.0 wk; reverse Kaplan–Meier, log–log); median observed time 15.5 wk',
    );
    expect(html).toMatch(/12 26\.7% 8\.3% to 49\.6% not estimable/);
    expect(html).toContain(
      'Of 15 responses, 10 ended by loss of response (relapse) and 1 by death; 4 are ongoing',
    );
    expect(html).toContain('No response (NR) 3/18 16.7%');
  });

  it('says plainly which endpoints are not available', async () => {
    const html = text(renderPanel(SummaryPanel, await appShowing({}, UNTIMED, 'untimed.csv')));
    expect(html).toContain('Landmark rates: not available: responder A has no response time');
    expect(html).toMatch(/Median duration of response \(KM\) not available: responder A/);
  });
});

describe('the Kaplan–Meier tab', () => {
  it('offers the rising and falling time to response, the table breaks and how responses ended', async () => {
    const html = renderPanel(KmPanel, await appShowing({ ttrScale: 'survival' }));
    expect(html).toMatch(
      /data-testid="ttr-scale-survival"[^>]*checked|checked[^>]*data-testid="ttr-scale-survival"/,
    );
    const words = text(html);
    expect(words).toContain('Of 15 responses, 10 ended by loss, 1 by death, and 4 are ongoing');
    expect(words).toContain(
      'By week 5 from response, 66.7% of responses had been lost and 6.7% had ended in death (Aalen–Johansen).',
    );
    expect(words).toContain(
      'says 68.0%: it overstates the share of responses lost by 1.3 percentage points',
    );
  });

  it('says why a curve is not available instead of drawing part of it', async () => {
    const words = text(renderPanel(KmPanel, await appShowing({}, UNTIMED, 'untimed.csv')));
    expect(words).toContain(
      'not available: responder A has no response time; duration of response',
    );
    expect(words).toContain('not available: responder A has no response time; time to response');
  });
});

describe('the Subgroups tab', () => {
  it('compares the sexes: the tests, the ORR difference and each group’s endpoints', async () => {
    const words = text(renderPanel(SubgroupsPanel, await appShowing({ grouping: 'sex' })));
    expect(words).toContain('2 groups by sex: F (16), M (2).');
    expect(words).toContain('Duration of response, log-rank χ² = 0.88 on 1 df 0.35');
    expect(words).toMatch(
      /ORR difference F − M: 37\.5% \(95% CI -9\.4% to 79\.0%, Newcombe's hybrid score\); Fisher's exact p = 0\.31/,
    );
    expect(words).toContain('sex: F (16 patients)');
  });

  it('says why a grouping cannot be used', async () => {
    const words = text(renderPanel(SubgroupsPanel, await appShowing({ grouping: 'arm' })));
    expect(words).toMatch(
      /Cannot group by "arm": no column "arm" in the cohort; use one of sex, best_response, age:CUTS/,
    );
    const none = text(renderPanel(SubgroupsPanel, await appShowing()));
    expect(none).toContain('Choose a column to group by');
  });
});
