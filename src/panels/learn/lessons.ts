import type { Component } from 'svelte';
import BayesianLesson from './BayesianLesson.svelte';
import CoverageLesson from './CoverageLesson.svelte';
import DanceIntervalsLesson from './DanceIntervalsLesson.svelte';
import DanceSwimmersLesson from './DanceSwimmersLesson.svelte';
import DiscretenessLesson from './DiscretenessLesson.svelte';
import FollowupLesson from './FollowupLesson.svelte';
import type { LessonProps } from './lessonProps.ts';
import { MAX_STUDY_SIZE } from '../../engine/limits.ts';
import SampleSizeLesson from './SampleSizeLesson.svelte';

/** One lesson of the Learn section. */
export interface Lesson {
  /** Stable id used in links. */
  id: string;
  title: string;
  /** One sentence shown in the lesson list. */
  summary: string;
  component: Component<LessonProps>;
  /** The largest cohort the lesson can show (it draws every patient); others have no limit. */
  maxPatients?: number;
  /**
   * What the lesson takes from the cohort's responses, for a lesson that cannot be shown for a
   * cohort that records none (`Analysis.unavailable.response`); lessons without it use the
   * cohort's size only.
   */
  needsResponse?: string;
}

/** The lessons in teaching order. Example: `LESSONS.find((l) => l.id === 'discreteness')`. */
export const LESSONS: readonly Lesson[] = [
  {
    id: 'discreteness',
    title: 'The ORR moves in steps',
    summary: 'With 18 patients the response rate can only take 19 values; chance picks which.',
    component: DiscretenessLesson,
  },
  {
    id: 'coverage',
    title: 'How good is a 95% interval?',
    summary: 'The exact chance that each interval method contains the truth, and how wide it is.',
    component: CoverageLesson,
    needsResponse:
      'It sets the intervals of the observed ORR beside each other and marks it on the curves.',
  },
  {
    id: 'dance',
    title: 'The dance of the intervals',
    summary:
      'Replicate studies drawn one by one: how much the ORR and median DOR jump, and how often they miss.',
    component: DanceIntervalsLesson,
    needsResponse:
      'It draws studies from the scenario fitted to the cohort’s responses and their durations.',
  },
  {
    id: 'swimmers',
    title: 'The dance of the swimmer plots',
    summary:
      'Bootstrap resamples of the cohort: who is left out, who counts twice, and what moves.',
    component: DanceSwimmersLesson,
    needsResponse: 'It follows how the ORR and the median duration of response of resamples move.',
    maxPatients: MAX_STUDY_SIZE,
  },
  {
    id: 'sample-size',
    title: 'How many patients would be enough?',
    summary: 'Interval width and the power of an exact test against n, with its saw-tooth.',
    component: SampleSizeLesson,
  },
  {
    id: 'follow-up',
    title: 'Immature follow-up',
    summary: 'How an early data cut-off biases and unsettles the median duration of response.',
    component: FollowupLesson,
    needsResponse: 'It cuts off the responses of the scenario fitted to the cohort.',
  },
  {
    id: 'bayes',
    title: 'A Bayesian view',
    summary:
      'From a prior belief and the observed responders to the chance the true ORR is high enough.',
    component: BayesianLesson,
    needsResponse: 'It updates a prior with the responders the cohort observed.',
  },
];

/** The lesson with this id, or `undefined`. Example: `findLesson('discreteness')?.title`. */
export function findLesson(id: string | null): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
