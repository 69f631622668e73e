import { scaleLinear } from 'd3-scale';
import { palette } from '../../../charts/palette.ts';
import { round } from '../../../charts/round.ts';
import { lessonBox, type LessonFrame } from '../lessonBox.ts';
import { spacedLabels } from './spacedLabels.ts';

/** How many of the newest studies a stacked-interval chart shows, one row each. */
export const SHOWN = 30;
/** Rows whose text label would come closer than this to another's lose their label. */
const LABEL_GAP = 13;
/** Room a label after an interval needs before the right edge, in pixels. */
const LABEL_ROOM = 36;
/** Where the dashes of a "not reached" row end, short of the right edge, in pixels. */
const NOT_REACHED_END = 90;

/** One study's interval in data units, as a stacked-interval chart should draw it. */
export interface StudyInterval {
  /** Lower limit; `null` only when the estimate is not reached and nothing is known either. */
  lower: number | null;
  /** Upper limit; `null` when not reached: the line runs to the right edge, with an arrow. */
  upper: number | null;
  /** Point estimate; `null` when not reached: yellow dashes from the lower limit, no dot. */
  estimate: number | null;
  /** Whether the interval misses the truth: thick and orange (unless not reached). */
  miss: boolean;
  /** Text wanted beside the row, after the interval or at the right edge, if there is room. */
  label: { text: string; at: 'after' | 'edge' } | null;
}

/** One row of a stacked-interval chart, in plot coordinates (pixels inside the margins). */
export interface IntervalRow {
  /** The study's number among all drawn, counting from 0: a stable key. */
  key: number;
  y: number;
  /** The interval's line; `dash` is set for a "not reached" row. */
  line: { x1: number; x2: number; dash: string | null } | null;
  /** The point estimate's dot, or `null`. */
  dot: number | null;
  /** The arrowhead at the right edge of an open upper limit, as a path, or `null`. */
  arrow: string | null;
  /** Whether the interval misses the truth (a "not reached" row is yellow all the same). */
  miss: boolean;
  colour: string;
  strokeWidth: number;
  label: { x: number; text: string; anchor: 'start' | 'end' } | null;
}

/** A stacked-interval chart: its frame, the truth's vertical line and the rows. */
export interface StackedIntervals {
  frame: LessonFrame;
  truth: { x: number; y2: number };
  rows: IntervalRow[];
}

/**
 * Lays out the newest `SHOWN` studies as stacked intervals, one row each, newest at the bottom,
 * on an x axis from 0 to `max` (values beyond it are drawn at the edge). Blue rows contain the
 * truth, thick orange rows miss it, yellow dashed rows have no estimate; labels are kept only
 * where they do not crowd one another (the newest keeps its own).
 * Laid out for a column `width` pixels wide (the full lesson width by default).
 * Assumes `studies` in the order drawn, oldest first; `interval` gives `null` for a study with
 * nothing to draw (its row stays empty).
 * Example: `stackedIntervalRows(studies, (s) => ({ lower: 0.4, upper: 0.9, estimate: 0.7, miss: false, label: null }), { max: 1, truth: 0.83 }).rows.length // ≤ 30`.
 */
export function stackedIntervalRows<T>(
  studies: readonly T[],
  interval: (study: T) => StudyInterval | null,
  { max, truth, width }: { max: number; truth: number; width?: number },
): StackedIntervals {
  const box = lessonBox(320, {}, width);
  const { innerWidth: innerW, innerHeight: innerH } = box;
  const x = scaleLinear().domain([0, max]).range([0, innerW]);
  const y = scaleLinear().domain([SHOWN, 0]).range([innerH, 0]);
  const X = (v: number | null) => (v === null ? innerW : round(Math.min(innerW, x(v))));
  const shown = studies.slice(-SHOWN);
  const first = studies.length - shown.length;
  const intervals = shown.map(interval);
  const ys = shown.map((_, i) => round(y(SHOWN - shown.length + i + 0.5)));
  const labelled = spacedLabels(
    intervals.map((s, i) => (s?.label ? ys[i] : null)),
    LABEL_GAP,
  );

  const rows = intervals.flatMap((s, i): IntervalRow[] => {
    if (s === null) return [];
    const reached = s.estimate !== null;
    const miss = reached && s.miss;
    const start = s.lower === null ? 0 : X(s.lower);
    const end = reached ? X(s.upper) : Math.max(start, innerW - NOT_REACHED_END);
    const label = s.label && labelled.has(i) ? s.label : null;
    // A label after the interval that would run past the right edge goes before it instead.
    const after = label?.at === 'after' && innerW - end >= LABEL_ROOM;
    return [
      {
        key: first + i,
        y: ys[i],
        line: s.lower === null ? null : { x1: X(s.lower), x2: end, dash: reached ? null : '4 3' },
        dot: s.estimate === null ? null : X(s.estimate),
        arrow: reached && s.upper === null ? `M${innerW},${ys[i]} l-8,-5 v10 z` : null,
        miss: s.miss,
        colour: !reached ? palette.afterLoss : miss ? palette.loss : palette.inResponse,
        strokeWidth: miss ? 4 : 2,
        label: label && {
          text: label.text,
          x: label.at === 'edge' ? innerW - 4 : after ? round(end + 5) : round(start - 5),
          anchor: after ? 'start' : 'end',
        },
      },
    ];
  });
  return {
    frame: { ...box, x, y },
    truth: { x: round(x(truth)), y2: innerH },
    rows,
  };
}
