import type { OptionalColumn } from '../../engine/cohort';
import { legendLayout } from '../legendLayout';
import type { LaneGroup } from './laneOrder';
import { LANE_STYLE, type SegmentState } from './laneStyle';
import type { MarkerKind } from './markerShape';

/** One legend entry: a lane-state swatch, a marker, or a group's colour; x, y its top left. */
export interface LegendItem {
  kind: SegmentState | MarkerKind | 'group';
  label: string;
  /** The group's colour, for `group` entries. */
  colour?: string;
  x: number;
  y: number;
}

const MARKERS: { kind: MarkerKind; label: string }[] = [
  { kind: 'response-CR', label: 'First response: CR' },
  { kind: 'response-PR', label: 'First response: PR' },
  { kind: 'response-IMP', label: 'First response: IMP' },
  { kind: 'cr', label: 'CR reached' },
  { kind: 'loss', label: 'Loss of response' },
  { kind: 'death', label: 'Death' },
  { kind: 'gc-halved', label: 'Glucocorticoid halved' },
  { kind: 'fever-resolved', label: 'Fever resolved' },
  { kind: 'sae', label: 'Drug-related SAE' },
  { kind: 'sae-untimed', label: 'SAE, week not recorded (at lane start)' },
  { kind: 'ongoing', label: 'Response ongoing at last follow-up' },
  { kind: 'censored', label: 'Alive at last follow-up, not in response' },
];

/** Labels that speak of response, as they read for a cohort that records none. */
const UNRECORDED_LABELS: Partial<Record<SegmentState | MarkerKind, string>> = {
  before: 'Followed (response not recorded)',
  censored: 'Alive at last follow-up',
};

const COURSE: SegmentState[] = ['before', 'response', 'after'];
const VISITS: SegmentState[] = ['before', 'CR', 'PR', 'IMP', 'SD', 'NR', 'PD', 'NE'];

/**
 * The swimmer legend, laid out in rows that fit `width` (`legendLayout`): the lane states drawn
 * (the course, or the assessed responses when lanes come from visits), then the markers that
 * appear, in a fixed order (events on the bar, the event track, the ends of lanes), then the
 * groups' colours. "After loss" is listed whenever the cohort records losses. For a cohort that
 * records no response, the lane and the end of a lane read without it ("Followed", "Alive at last
 * follow-up").
 * Example: `legendItems(['loss_wk'], 800, { present: new Set(['loss']), states: new Set(['before']), assessed: false, groups: [] })`.
 */
export function legendItems(
  columns: readonly OptionalColumn[],
  width: number,
  {
    present,
    states,
    assessed,
    groups,
    responseRecorded = true,
  }: {
    present: ReadonlySet<MarkerKind>;
    states: ReadonlySet<SegmentState>;
    assessed: boolean;
    groups: readonly LaneGroup[];
    /** False for a cohort that records no response: the lanes and ends then say nothing of it. */
    responseRecorded?: boolean;
  },
): { items: LegendItem[]; height: number } {
  const label = (kind: SegmentState | MarkerKind, text: string) =>
    responseRecorded ? text : (UNRECORDED_LABELS[kind] ?? text);
  const shownStates = (assessed ? VISITS : COURSE).filter(
    (s) => states.has(s) || s === 'before' || (s === 'after' && columns.includes('loss_wk')),
  );
  const entries: Omit<LegendItem, 'x' | 'y'>[] = [
    ...shownStates.map((kind) => ({ kind, label: label(kind, LANE_STYLE[kind].label) })),
    ...MARKERS.filter((m) => present.has(m.kind)).map((m) => ({
      ...m,
      label: label(m.kind, m.label),
    })),
    ...groups.map((g) => ({ kind: 'group' as const, label: g.label, colour: g.colour })),
  ];
  const layout = legendLayout(
    entries.map((e) => e.label),
    width,
  );
  return {
    items: entries.map((e, i) => ({ ...e, x: layout.entries[i].x, y: layout.entries[i].y })),
    height: layout.height,
  };
}
