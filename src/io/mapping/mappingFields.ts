import type { ColumnKind } from '../columns.ts';
import type { Layout } from './columnMapping.ts';

/** A documented field a mapping can fill (the words that suggest it: `FIELD_SYNONYMS`). */
export interface MappingField {
  name: string;
  kind: ColumnKind;
  layouts: readonly Layout[];
  /** Whether the layout cannot do without it. */
  required?: readonly Layout[];
  /** What the field is, in a few words, for the mapping step. */
  label: string;
}

const BOTH: readonly Layout[] = ['patients', 'visits'];
const PATIENTS: readonly Layout[] = ['patients'];
const VISITS: readonly Layout[] = ['visits'];

/**
 * The documented fields (README "Input format"), in the order the mapping step shows them. The
 * header words that suggest each are in `FIELD_SYNONYMS` (`fieldSynonyms.ts`), loaded only with
 * the suggestion.
 */
export const MAPPING_FIELDS: readonly MappingField[] = [
  {
    name: 'id',
    kind: 'text',
    layouts: BOTH,
    required: BOTH,
    label: 'patient id',
  },
  {
    name: 'best_response',
    kind: 'response',
    layouts: PATIENTS,
    required: PATIENTS,
    label: 'best overall response',
  },
  {
    name: 'visit',
    kind: 'text',
    layouts: VISITS,
    label: 'visit number or label',
  },
  {
    name: 'visit_wk',
    kind: 'time',
    layouts: VISITS,
    label: 'time of the assessment',
  },
  {
    name: 'visit_date',
    kind: 'date',
    layouts: VISITS,
    label: 'date of the assessment',
  },
  {
    name: 'response',
    kind: 'visit_response',
    layouts: VISITS,
    required: VISITS,
    label: 'response at the visit',
  },
  {
    name: 'response_wk',
    kind: 'time',
    layouts: PATIENTS,
    label: 'time of first response',
  },
  {
    name: 'cr_wk',
    kind: 'time',
    layouts: PATIENTS,
    label: 'time complete remission was reached',
  },
  {
    name: 'loss_wk',
    kind: 'time',
    layouts: PATIENTS,
    label: 'time response was lost',
  },
  {
    name: 'death_wk',
    kind: 'time',
    layouts: BOTH,
    label: 'time of death',
  },
  {
    name: 'followup_wk',
    kind: 'time',
    layouts: BOTH,
    required: PATIENTS,
    label: 'time of last follow-up',
  },
  {
    name: 'last_assessment_wk',
    kind: 'time',
    layouts: PATIENTS,
    label: 'time of the last response assessment',
  },
  {
    name: 'age',
    kind: 'number',
    layouts: BOTH,
    label: 'age in years',
  },
  {
    name: 'sex',
    kind: 'sex',
    layouts: BOTH,
    label: 'sex',
  },
  {
    name: 'fever_baseline',
    kind: 'boolean',
    layouts: BOTH,
    label: 'fever at baseline (0/1)',
  },
  {
    name: 'fever_resolved_wk',
    kind: 'time',
    layouts: BOTH,
    label: 'time fever resolved',
  },
  {
    name: 'gc_baseline_mg',
    kind: 'number',
    layouts: BOTH,
    label: 'glucocorticoid dose at baseline (mg)',
  },
  {
    name: 'gc_halved_wk',
    kind: 'time',
    layouts: BOTH,
    label: 'time glucocorticoid dose was halved',
  },
  {
    name: 'sae_related',
    kind: 'boolean',
    layouts: BOTH,
    label: 'drug-related serious adverse event (0/1)',
  },
  {
    name: 'start_date',
    kind: 'date',
    layouts: BOTH,
    label: 'start of treatment (date)',
  },
  {
    name: 'response_date',
    kind: 'date',
    layouts: PATIENTS,
    label: 'date of first response',
  },
  {
    name: 'cr_date',
    kind: 'date',
    layouts: PATIENTS,
    label: 'date of complete remission',
  },
  {
    name: 'loss_date',
    kind: 'date',
    layouts: PATIENTS,
    label: 'date response was lost',
  },
  {
    name: 'death_date',
    kind: 'date',
    layouts: BOTH,
    label: 'date of death',
  },
  {
    name: 'last_followup_date',
    kind: 'date',
    layouts: BOTH,
    label: 'date of last follow-up',
  },
  {
    name: 'fever_resolved_date',
    kind: 'date',
    layouts: BOTH,
    label: 'date fever resolved',
  },
  {
    name: 'gc_halved_date',
    kind: 'date',
    layouts: BOTH,
    label: 'date glucocorticoid dose was halved',
  },
  {
    name: 'last_assessment_date',
    kind: 'date',
    layouts: PATIENTS,
    label: 'date of the last response assessment',
  },
];

/** The fields of one layout, in display order. */
export function fieldsOf(layout: Layout): MappingField[] {
  return MAPPING_FIELDS.filter((field) => field.layouts.includes(layout));
}
