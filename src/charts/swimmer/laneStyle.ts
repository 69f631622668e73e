import type { VisitResponse } from '../../engine/visits/visitResponse';
import { palette } from '../palette';
import type { LaneState } from './laneSegments';

/** What a stretch of a lane shows: a state of the course, or the response assessed at a visit. */
export type SegmentState = LaneState | VisitResponse;

/** How a stretch is drawn: its fill and its height as a share of the lane's bar. */
export interface SegmentStyle {
  fill: string;
  /** 1 for a full bar; thinner stretches are those without a response. */
  height: number;
  label: string;
}

/**
 * The paint of every swimmer lane in the app. States differ in lightness (dark in response,
 * middle after its loss, light before it) and, beyond colour, in thickness: a lane without a
 * response is half as thick, so a greyscale print and readers with a colour-vision deficiency
 * still tell "before response" from "after loss". Visit responses (when the data have visits)
 * darken with depth of response: CR, PR, IMP in blues, SD and NR as thin greys, PD in the
 * after-loss orange, NE as a thin outline colour.
 * Example: `LANE_STYLE.after.fill === palette.afterLoss`.
 */
export const LANE_STYLE: Readonly<Record<SegmentState, SegmentStyle>> = {
  before: { fill: palette.beforeResponse, height: 0.5, label: 'Before response / none' },
  response: { fill: palette.inResponse, height: 1, label: 'In response' },
  after: { fill: palette.afterLoss, height: 1, label: 'After loss of response' },
  CR: { fill: '#1d3b6e', height: 1, label: 'CR assessed' },
  PR: { fill: palette.inResponse, height: 1, label: 'PR assessed' },
  IMP: { fill: '#8ec5e8', height: 1, label: 'IMP assessed' },
  SD: { fill: '#8c8c8c', height: 0.5, label: 'SD assessed' },
  NR: { fill: palette.beforeResponse, height: 0.5, label: 'NR assessed' },
  PD: { fill: palette.afterLoss, height: 1, label: 'PD (progression, relapse)' },
  NE: { fill: '#e6e6e6', height: 0.5, label: 'Not evaluable' },
};
