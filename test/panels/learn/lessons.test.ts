import { beforeAll, describe, expect, it } from 'vitest';
import LearnPanel from '../../../src/panels/learn/LearnPanel.svelte';
import {
  DEFAULT_LESSON_ANALYSIS,
  type LessonAnalysis,
} from '../../../src/panels/learn/analysis.ts';
import { LESSONS, findLesson } from '../../../src/panels/learn/lessons.ts';
import { cohortResponse } from '../../../src/panels/learn/cohortResponse.ts';
import { reconstructionToCohort } from '../../../src/engine/kmfigure/reconstructionToCohort.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';
import type { AppState } from '../../../src/state/AppState.svelte.ts';
import { appShowing, renderPanel } from '../../helpers/appShowing.ts';

/** The app showing the built-in cohort, as a user who opened the Learn tab has it. */
let app: AppState;
beforeAll(async () => {
  app = await appShowing({ view: 'learn' });
});

/** The text of the lesson's summary (`data-summary`), tags removed and spaces collapsed. */
function summaryText(html: string): string {
  const match = html.match(/data-summary[^>]*>([\s\S]*?)<\/div>/);
  return (match?.[1] ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Learn panel on lesson `id` with these link parameters and app analysis settings. */
function renderLesson(
  id: string,
  params: Record<string, string> = {},
  analysis: LessonAnalysis = DEFAULT_LESSON_ANALYSIS,
): string {
  const { method, level, transform } = analysis;
  app.update({ lesson: id, lessonParams: params, method, level, transform });
  return renderPanel(LearnPanel, app);
}

describe('cohortResponse', () => {
  it('counts the responders and says whether response was recorded at all', () => {
    expect(cohortResponse(hlhCohort())).toEqual({ x: 15, n: 18, recorded: true });
    expect(cohortResponse(hlhCohort(), ['CR'])).toEqual({ x: 2, n: 18, recorded: true });
    const rebuilt = reconstructionToCohort(
      [
        { time: 2, event: true },
        { time: 4, event: false },
      ],
      { endpoint: 'os', unit: 'weeks' },
    );
    expect(cohortResponse(rebuilt)).toEqual({ x: 0, n: 2, recorded: false });
  });
});

describe('lesson registry', () => {
  it('has unique ids and a title and summary for each lesson', () => {
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lesson of LESSONS) {
      expect(lesson.title.length).toBeGreaterThan(3);
      expect(lesson.summary.length).toBeGreaterThan(10);
    }
    expect(findLesson('discreteness')?.id).toBe('discreteness');
    expect(findLesson('nope')).toBeUndefined();
  });
});

describe.each(LESSONS.map((l) => l.id))('lesson %s', (id) => {
  it('renders a labelled chart and a text summary with numbers', () => {
    const html = renderLesson(id);
    expect(html, id).toMatch(/<svg[^>]*role="img"[^>]*aria-label="[^"]{20,}"/);
    const summary = summaryText(html);
    expect(summary, `${id}: ${summary}`).toMatch(/\d/);
    expect(summary.length).toBeGreaterThan(40);
  });
});

describe('lessons follow the app settings unless their link says otherwise', () => {
  const analysis: LessonAnalysis = {
    ...DEFAULT_LESSON_ANALYSIS,
    method: 'jeffreys',
    level: 0.9,
    transform: 'log',
  };

  it('coverage takes the level and adds the method to those shown', () => {
    const html = renderLesson('coverage', {}, analysis);
    expect(summaryText(html)).toContain('the 90% intervals are');
    expect(html).toMatch(/exact coverage of 4 interval methods/);
    expect(summaryText(renderLesson('coverage', { level: '0.8' }, analysis))).toContain(
      'the 80% intervals are',
    );
  });

  it('the sample-size lesson names the Kaplan–Meier transform and method it uses', () => {
    const html = renderLesson('sample-size', {}, analysis);
    expect(html).toContain('Brookmeyer–Crowley intervals, log transform');
    expect(html).toMatch(/<option value="jeffreys"[^>]*selected/);
  });

  it('counts responders as the app does: with CR alone, 2 of the 18', () => {
    expect(summaryText(renderLesson('coverage'))).toContain('With 18 patients and 15 responders');
    app.update({ responders: 'CR' });
    try {
      expect(summaryText(renderLesson('coverage'))).toContain('With 18 patients and 2 responders');
    } finally {
      app.update({ responders: 'CR-PR-IMP' });
    }
  });

  it('the dance draws with the app method by default', () => {
    expect(renderLesson('dance', {}, analysis)).toMatch(/<option value="jeffreys"[^>]*selected/);
    expect(renderLesson('dance', { m: 'wald' }, analysis)).toMatch(
      /<option value="wald"[^>]*selected/,
    );
  });
});

describe('LearnPanel', () => {
  it('lists every lesson and marks the selected one', () => {
    const html = renderLesson('discreteness');
    for (const lesson of LESSONS) expect(html).toContain(lesson.title);
    expect(html).toMatch(/aria-current="page"/);
  });

  it('falls back to the first lesson for an unknown id', () => {
    expect(renderLesson('unknown')).toContain(LESSONS[0].title);
  });
});

describe('discreteness lesson', () => {
  it('defaults to the cohort: 15/18 and the chance of 15 or more when the truth is 60%', () => {
    const summary = summaryText(renderLesson('discreteness'));
    expect(summary).toContain('at least 15 responders');
    expect(summary).toContain('3.3% (about 1 in 31)');
    expect(summary).toContain('This cohort observed 15/18 (83.3%)');
  });

  it('reads its controls from the URL parameters', () => {
    const summary = summaryText(renderLesson('discreteness', { p: '0.8', x: '15', n: '18' }));
    expect(summary).toContain('If the true ORR were 80.0%');
    expect(summary).toContain('at least 15 responders');
  });
});

describe('coverage lesson', () => {
  it('lists the five intervals for 15/18 with Clopper–Pearson from binom.test', () => {
    const summary = summaryText(renderLesson('coverage'));
    // R: binom.test(15, 18)$conf.int = 0.5858225 0.9642100
    expect(summary).toContain('Clopper–Pearson (exact): 58.6% to 96.4% (37.8 points wide)');
    for (const name of ['Wilson', 'Jeffreys', 'Agresti–Coull', 'Wald'])
      expect(summary).toContain(name);
  });

  it('follows n and level from the link, rescaling the observed result', () => {
    const summary = summaryText(renderLesson('coverage', { n: '36', level: '0.9' }));
    expect(summary).toContain('With 36 patients and 30 responders (83.3%), the 90% intervals are');
  });
});

describe('Bayesian lesson', () => {
  it('updates a flat prior with 15/18 to Beta(16, 4), interval from qbeta', () => {
    const summary = summaryText(renderLesson('bayes'));
    // R: qbeta(c(0.025, 0.975), 16, 4) = 0.604215 0.939475
    expect(summary).toContain('the posterior is Beta(16.00, 4.00): mean 80.0%');
    expect(summary).toContain('95% credible interval 60.4% to 93.9%');
  });

  it('gives the exact chance that another study of 18 would be as convinced', () => {
    const summary = summaryText(renderLesson('bayes', { th: '0.6', tp: '0.83', bar: '0.9' }));
    // R (lessons.R): 14 or more of 18, pbinom(13, 18, 0.83, lower.tail = FALSE) = 0.8213
    expect(summary).toContain(
      'another study of 18 would reach a probability of at least 90% that the ORR exceeds 60% when 14 or more patients respond, which happens with probability 82.1%',
    );
  });

  it('takes the prior and threshold from the link', () => {
    const summary = summaryText(renderLesson('bayes', { pm: '0.3', ps: '10', th: '0.7' }));
    expect(summary).toContain('Prior Beta(3.00, 7.00)');
    expect(summary).toContain('the posterior is Beta(18.00, 10.00)');
    expect(summary).toContain('exceeds 70% is now');
  });
});

describe('sample-size lesson', () => {
  it('gives the critical value and size of the exact test at the cohort size', () => {
    const summary = summaryText(renderLesson('sample-size'));
    // R: the smallest k with pbinom(k - 1, 18, 0.6, lower.tail = FALSE) <= 0.05 is 15 (0.0328)
    expect(summary).toContain(
      'With 18 patients the one-sided test at 5.0% against a historical ORR of 60%',
    );
    expect(summary).toContain(
      'needs at least 15 responders (its real false-positive rate is 3.3%)',
    );
    expect(summary).toMatch(/Power first reaches 80% at n = \d+/);
  });
});

/** The lesson's statement of the model and the truths it simulates from (`data-testid=lesson-truth`). */
function truthText(html: string): string {
  const match = html.match(/data-testid="lesson-truth"[^>]*>([\s\S]*?)<\/(p|span)>/);
  return (match?.[1] ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('dance lessons before any draw', () => {
  it('state the truth they will simulate from', () => {
    expect(summaryText(renderLesson('dance'))).toMatch(
      /No studies drawn yet.*Each study has 18 patients; the true ORR is 83\.0%/,
    );
    expect(summaryText(renderLesson('swimmers'))).toContain(
      'The cohort itself: ORR 83.3%, median duration of response 1.0 wk.',
    );
  });

  it('name the model and both true medians, or say there is none', () => {
    // the fitted log-logistic, stretched a little so that the Kaplan–Meier estimand is 0.5 wk
    expect(truthText(renderLesson('dance'))).toMatch(
      /Duration of response: the log-logistic \(median 0\.552 wk, shape 0\.248\) fitted to this cohort, stretched in time to log-logistic \(median 0\.51\d wk, shape 0\.248\)\. The true median here is 0\.5 wk, the median DOR the Kaplan–Meier estimates \(a death also ends a response\); the DOR model's median \(the latent duration, without death or censoring\) is 0\.51\d wk\./,
    );
    expect(truthText(renderLesson('swimmers'))).toMatch(/^No model here, and no true median/);
    expect(truthText(renderLesson('sample-size'))).toMatch(
      /^Duration of response: the log-logistic \(median 0\.552 wk, shape 0\.248\) fitted to this cohort\. The true median here is 0\.537 wk/,
    );
  });
});

describe('follow-up lesson', () => {
  it('defaults to the cohort’s follow-up, and to long responses when the fitted median is shorter than two visits', () => {
    const html = renderLesson('follow-up');
    const summary = summaryText(html);
    // fitScenario: cut-off 37 weeks, accrual 32 weeks; log-logistic DOR, true median 0.537 wk
    expect(summary).toContain('With 5 weeks of follow-up after the last of 18 patients started');
    expect(summary).toContain('true median duration of response 26.0 wk');
    expect(summary).toContain('simulating 200 studies');
    expect(truthText(html)).toMatch(
      // deaths end half the responses long before the model's own median (113 wk) is reached
      /stretched in time to log-logistic \(median 113 wk, shape 0\.248\)\. The true median here is 26 wk.* is 113 wk\. Fitted to this cohort, the true median is only 0\.5 wk, shorter than two visits \(every 1 wk\)/,
    );
    expect(html).toContain('Fitted to this cohort (0.5 wk)');
    expect(html).toContain('Long-lasting responses (26 wk; the start)');
  });

  it('takes the cut-off and the true median from the link', () => {
    const summary = summaryText(renderLesson('follow-up', { dm: '26', fu: '8' }));
    expect(summary).toContain('With 8 weeks of follow-up');
    expect(summary).toContain('true median duration of response 26.0 wk');
  });
});
