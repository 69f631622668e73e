import type { OptionalColumn } from '../../engine/cohort';
import type { MarkerKind } from './geometry';
import type { LaneState } from './laneSegments';

/** One legend entry: a lane-state swatch, a marker or the ongoing-response arrow. */
export interface LegendItem {
  kind: LaneState | MarkerKind | 'arrow';
  label: string;
  x: number;
  y: number;
}

const ITEMS: { kind: LegendItem['kind']; label: string; column?: OptionalColumn }[] = [
  { kind: 'before', label: 'Before response / none' },
  { kind: 'response', label: 'In response' },
  { kind: 'after', label: 'After loss of response', column: 'loss_wk' },
  { kind: 'response-CR', label: 'First response: CR' },
  { kind: 'response-PR', label: 'First response: PR' },
  { kind: 'response-IMP', label: 'First response: IMP' },
  { kind: 'cr', label: 'CR reached', column: 'cr_wk' },
  { kind: 'loss', label: 'Loss of response', column: 'loss_wk' },
  { kind: 'death', label: 'Death', column: 'death_wk' },
  { kind: 'arrow', label: 'Response ongoing' },
  { kind: 'gc-halved', label: 'Glucocorticoid halved', column: 'gc_halved_wk' },
  { kind: 'fever-resolved', label: 'Fever resolved', column: 'fever_resolved_wk' },
  { kind: 'sae', label: 'Drug-related SAE', column: 'sae_related' },
];

/** Width of one legend column and height of one legend row, in pixels. */
export const LEGEND_COLUMN = 185;
export const LEGEND_ROW = 20;

/**
 * Lays out the swimmer legend in rows that fit `width`, leaving out entries for optional
 * columns the cohort does not record. Positions are relative to the legend's top-left corner.
 * Example: `legendItems(['loss_wk'], 800).items.length === 9`.
 */
export function legendItems(
  columns: readonly OptionalColumn[],
  width: number,
): { items: LegendItem[]; height: number } {
  const perRow = Math.max(1, Math.floor(width / LEGEND_COLUMN));
  const items = ITEMS.filter((item) => !item.column || columns.includes(item.column)).map(
    (item, i) => ({
      kind: item.kind,
      label: item.label,
      x: (i % perRow) * LEGEND_COLUMN,
      y: Math.floor(i / perRow) * LEGEND_ROW,
    }),
  );
  return { items, height: Math.ceil(items.length / perRow) * LEGEND_ROW };
}
