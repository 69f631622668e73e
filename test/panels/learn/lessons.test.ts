import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LearnPanel from '../../../src/panels/learn/LearnPanel.svelte';
import { LESSONS, findLesson } from '../../../src/panels/learn/lessons.ts';
import { hlhCohort } from './hlhCohort.ts';

const cohort = hlhCohort();
const noop = () => {};

/** The text of the lesson's summary (`data-summary`), tags removed and spaces collapsed. */
function summaryText(html: string): string {
  const match = html.match(/data-summary[^>]*>([\s\S]*?)<\/div>/);
  return (match?.[1] ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function renderLesson(id: string, params: Record<string, string> = {}): string {
  return render(LearnPanel, {
    props: { cohort, lessonId: id, onlesson: noop, params, onparams: noop },
  }).body;
}

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
