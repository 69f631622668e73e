import type { TimeUnit } from '../../engine/timeUnit.ts';
import type { RawTable } from '../rawTable.ts';
import {
  MAPPING_VERSION,
  type ColumnMapping,
  type DateFormat,
  type Layout,
} from './columnMapping.ts';
import { FIELD_SYNONYMS } from './fieldSynonyms.ts';
import { headerUnit } from './headerUnit.ts';
import { DATE_TWIN } from '../visits/visitColumns.ts';
import { mappingGaps } from './mappingGaps.ts';
import { fieldsOf, type MappingField } from './mappingFields.ts';
import { profileColumn, type ColumnProfile } from './profileColumn.ts';
import { suggestValues, type ValueSuggestion } from './suggestValues.ts';

/** How sure a suggestion is: `high` from a header that names the field, lower from content alone. */
export type Confidence = 'high' | 'medium' | 'low';

/** The suggestion for one field: the column chosen (or none) and why. */
export interface FieldSuggestion {
  field: string;
  label: string;
  required: boolean;
  column: string | null;
  confidence: Confidence | null;
  reason: string;
}

/** A suggested mapping with every choice explained, for the mapping step to show and edit. */
export interface MappingSuggestion {
  mapping: ColumnMapping;
  layout: { layout: Layout; reason: string };
  fields: FieldSuggestion[];
  values: ValueSuggestion[];
  unit: { unit: TimeUnit; reason: string };
  dateFormat: { format: DateFormat; reason: string } | null;
  /** Columns no field uses: kept with each patient as extra columns. */
  extraColumns: string[];
  /** Whether every required field has a column and every coded value a meaning. */
  complete: boolean;
  /** What still needs the user, in words. */
  open: string[];
}

/** A header normalised for comparing with synonyms: lower case, no bracketed unit, words. */
function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[([][^)\]]*[)\]]/g, ' ')
    .replace(/[_\-./#:]+/g, ' ')
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Candidate {
  field: MappingField;
  profile: ColumnProfile;
  score: number;
  confidence: Confidence;
  reason: string;
}

/** Whether the column's values fit the field's kind; a reason when they do not. */
function contentFits(field: MappingField, p: ColumnProfile): string | null {
  if (p.filled === 0) return 'the column is empty';
  switch (field.kind) {
    case 'time':
    case 'number':
      return p.numeric >= 0.8 ? null : 'its values are not numbers';
    case 'date':
      return p.dates >= 0.8 ? null : 'its values are not dates';
    case 'response':
    case 'visit_response':
      return p.responses >= 0.5 || (p.wholeNumbers && p.distinct.size <= 8)
        ? null
        : 'its values do not look like responses';
    default:
      return null;
  }
}

function nameScore(field: MappingField, header: string): { score: number; why: string } | null {
  const norm = normaliseHeader(header);
  const words = ` ${norm} `;
  const names = [field.name.replace(/_/g, ' '), ...(FIELD_SYNONYMS[field.name] ?? [])];
  if (names.includes(norm))
    return { score: 3, why: `the header "${header}" is a name for ${field.label}` };
  const unit = field.kind === 'time' ? headerUnit(header) : null;
  if (unit && norm === field.name.replace(/_wk$/, '').replace(/_/g, ' ')) {
    return { score: 3, why: `the header "${header}" names ${field.label} in ${unit}` };
  }
  for (const name of names) {
    if (name.length >= 3 && words.includes(` ${name} `)) {
      return { score: 2, why: `the header "${header}" contains "${name}"` };
    }
  }
  return null;
}

function chooseLayout(table: RawTable, idIndex: number): { layout: Layout; reason: string } {
  if (idIndex < 0)
    return {
      layout: 'patients',
      reason: 'no patient id column was found; one row per patient assumed',
    };
  const ids = new Set<string>();
  let filled = 0;
  for (const { cells } of table.rows) {
    const cell = cells[idIndex];
    if (cell === undefined || cell === null || cell === '') continue;
    filled += 1;
    ids.add(String(cell).trim());
  }
  return ids.size < filled
    ? {
        layout: 'visits',
        reason: `ids repeat: ${filled} rows for ${ids.size} patients, so one row per assessment`,
      }
    : {
        layout: 'patients',
        reason: `each of the ${ids.size} ids appears once, so one row per patient`,
      };
}

function chooseDateFormat(
  table: RawTable,
  indexes: number[],
): { format: DateFormat; reason: string } | null {
  let slashes = 0;
  let dots = 0;
  let dayFirst = false;
  let monthFirst = false;
  for (const { cells } of table.rows) {
    for (const index of indexes) {
      const cell = cells[index];
      if (typeof cell !== 'string') continue;
      const match = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(cell.trim());
      if (!match) continue;
      if (match[2] === '.') dots += 1;
      else slashes += 1;
      if (Number(match[1]) > 12) dayFirst = true;
      if (Number(match[3]) > 12) monthFirst = true;
    }
  }
  if (dots > 0 && slashes === 0)
    return { format: 'DD.MM.YYYY', reason: 'dates are written day.month.year' };
  if (slashes === 0) return null;
  if (monthFirst && !dayFirst)
    return {
      format: 'MM/DD/YYYY',
      reason: 'a date has a second number above 12, so month/day/year',
    };
  if (dayFirst && !monthFirst)
    return {
      format: 'DD/MM/YYYY',
      reason: 'a date has a first number above 12, so day/month/year',
    };
  return {
    format: 'DD/MM/YYYY',
    reason:
      'day and month cannot be told apart (no number above 12 in either place): day/month/year assumed — check it',
  };
}

/**
 * Suggests how a raw table maps onto the documented input: its layout (one row per patient,
 * or per assessment when ids repeat), a column for each field — by header name (synonyms such
 * as "Patient ID", "subject", "USUBJID", "Best overall response", "BOR", "time to response
 * (days)") checked against the content, and for the id and response fields by content alone
 * when no header names them — the time unit (from units named in headers; weeks when none
 * is, said plainly; per-field units when headers disagree), the date format, and a meaning for
 * every value of the coded columns. Every choice carries a confidence and a reason, and what
 * is left open is listed: nothing is guessed silently. `layout` overrides the layout chosen.
 * Example: `suggestMapping(table).mapping` is ready for `applyMapping` when `complete`.
 */
export function suggestMapping(
  table: RawTable,
  options: { layout?: Layout } = {},
): MappingSuggestion {
  const profiles = table.columns.map((_, index) => profileColumn(table, index));
  const named = (layout: Layout): Candidate[] => {
    const candidates: Candidate[] = [];
    const layoutFields = fieldsOf(layout);
    for (const field of layoutFields) {
      for (const profile of profiles) {
        if (profile.header === '') continue;
        const name = nameScore(field, profile.header);
        if (!name) continue;
        const misfit = contentFits(field, profile);
        const twin = layoutFields.find((f) => f.name === DATE_TWIN.get(field.name));
        if (misfit && twin && profile.dates >= 0.8) {
          // "Last follow-up" holding dates gives the date of last follow-up.
          candidates.push({
            field: twin,
            profile,
            score: name.score - 0.25,
            confidence: name.score === 3 ? 'high' : 'medium',
            reason: `${name.why}, and its values are dates: ${twin.label}`,
          });
          continue;
        }
        if (misfit && name.score < 3) continue;
        candidates.push({
          field,
          profile,
          score: name.score - (misfit ? 1.5 : 0),
          confidence: misfit ? 'low' : name.score === 3 ? 'high' : 'medium',
          reason: misfit ? `${name.why}, but ${misfit}` : name.why,
        });
      }
    }
    return candidates.sort((a, b) => b.score - a.score);
  };
  const idCandidate = named('patients').find((c) => c.field.name === 'id');
  let idIndex = idCandidate?.profile.index ?? -1;
  if (idIndex < 0) idIndex = profiles.findIndex((p) => p.filled === p.rows && p.rows > 0);
  const layout = options.layout
    ? { layout: options.layout, reason: 'chosen' }
    : chooseLayout(table, idIndex);

  const chosen = new Map<string, Candidate>();
  const usedColumns = new Set<number>();
  for (const candidate of named(layout.layout)) {
    if (chosen.has(candidate.field.name) || usedColumns.has(candidate.profile.index)) continue;
    chosen.set(candidate.field.name, candidate);
    usedColumns.add(candidate.profile.index);
  }
  const fields = fieldsOf(layout.layout);
  const byContent = (fieldName: string, pick: (p: ColumnProfile) => boolean, reason: string) => {
    const field = fields.find((f) => f.name === fieldName);
    if (!field || chosen.has(fieldName)) return;
    const profile = profiles.find((p) => !usedColumns.has(p.index) && p.header !== '' && pick(p));
    if (!profile) return;
    chosen.set(fieldName, {
      field,
      profile,
      score: 1,
      confidence: 'low',
      reason: reason.replace('%', profile.header),
    });
    usedColumns.add(profile.index);
  };
  byContent(
    'id',
    (p) => p.filled === p.rows && p.index === idIndex,
    'no header names a patient id; "%" is filled in every row',
  );
  const responseField = layout.layout === 'visits' ? 'response' : 'best_response';
  byContent(
    responseField,
    (p) => p.responses >= 0.8,
    'no header names it, but the values of "%" look like responses',
  );

  const dropped = new Map<string, string>();
  if (!chosen.has('start_date')) {
    for (const [name, c] of chosen) {
      if (c.field.kind !== 'date') continue;
      const week =
        name === 'visit_date'
          ? 'visit_wk'
          : name.replace(/_date$/, '_wk').replace('last_followup_wk', 'followup_wk');
      if (!chosen.has(week)) continue;
      chosen.delete(name);
      usedColumns.delete(c.profile.index);
      dropped.set(
        name,
        `"${c.profile.header}" is not used: dates need the start of treatment (start_date), and "${chosen.get(week)!.profile.header}" already gives the time`,
      );
    }
  }
  // A unit the values state (`6 months`) outweighs the header's (`followup_wk`).
  const unitHints = new Map<string, TimeUnit>();
  const statedIn = new Set<string>();
  for (const field of fields) {
    const c = chosen.get(field.name);
    if (c === undefined || c.field.kind !== 'time') continue;
    const unit = c.profile.valueUnit ?? headerUnit(c.profile.header);
    if (unit) unitHints.set(c.field.name, unit);
    if (c.profile.valueUnit) statedIn.add(c.field.name);
  }
  const hinted = (f: string) =>
    `"${chosen.get(f)!.profile.header}"${statedIn.has(f) ? ' (by its values)' : ''}`;
  const [where, say] = statedIn.size > 0 ? ['the file', 'says'] : ['the headers', 'say'];
  const counts = new Map<TimeUnit, number>();
  for (const unit of unitHints.values()) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const timeUnit: TimeUnit = ranked[0]?.[0] ?? 'weeks';
  const units: Record<string, TimeUnit> = {};
  for (const [field, unit] of unitHints) if (unit !== timeUnit) units[field] = unit;
  const timeColumns = [...chosen.values()].filter((c) => c.field.kind === 'time');
  const largest = Math.max(0, ...timeColumns.map((c) => c.profile.max ?? 0));
  let unitReason: string;
  if (ranked.length === 0) {
    unitReason =
      timeColumns.length === 0
        ? 'no time columns'
        : `no header names a unit: weeks assumed${largest > 260 ? ` — but times reach ${largest}, which looks like days; check it` : ''}`;
  } else if (ranked.length === 1) {
    unitReason = `${where} ${say} ${timeUnit} (${[...unitHints.keys()].map(hinted).join(', ')})`;
  } else {
    unitReason = `mixed units in ${where}: ${[...unitHints].map(([f, u]) => `${hinted(f)} in ${u}`).join(', ')}; each is converted from its own unit`;
  }

  const dateIndexes = [...chosen.values()]
    .filter((c) => c.field.kind === 'date')
    .map((c) => c.profile.index);
  const dateFormat = chooseDateFormat(table, dateIndexes);

  const codedFields = [...chosen.values()].filter((c) =>
    ['response', 'visit_response', 'sex'].includes(c.field.kind),
  );
  const values = codedFields.flatMap((c) => suggestValues(c.field.name, c.profile));

  const fieldSuggestions: FieldSuggestion[] = fields.map((field) => {
    const c = chosen.get(field.name);
    const required = field.required?.includes(layout.layout) ?? false;
    return c
      ? {
          field: field.name,
          label: field.label,
          required,
          column: c.profile.header,
          confidence: c.confidence,
          reason: c.reason,
        }
      : {
          field: field.name,
          label: field.label,
          required,
          column: null,
          confidence: null,
          reason: dropped.get(field.name) ?? 'no column is named like it',
        };
  });
  const has = (name: string) => chosen.has(name);
  const mapping: ColumnMapping = {
    version: MAPPING_VERSION,
    layout: layout.layout,
    columns: Object.fromEntries(
      fields.filter((f) => has(f.name)).map((f) => [f.name, chosen.get(f.name)!.profile.header]),
    ),
    time_unit: timeUnit,
  };
  if (Object.keys(units).length > 0) mapping.units = units;
  if (dateFormat) mapping.date_format = dateFormat.format;
  const translated = values.filter(
    (v) => v.code !== null && v.code !== v.value.trim().toUpperCase(),
  );
  if (translated.length > 0) {
    mapping.values = {};
    for (const v of translated) {
      const bucket = ((mapping.values as Record<string, Record<string, string>>)[v.field] ??= {});
      bucket[v.value] = v.code!;
    }
  }
  const open = mappingGaps(mapping, values);
  return {
    mapping,
    layout,
    fields: fieldSuggestions,
    values,
    unit: { unit: timeUnit, reason: unitReason },
    dateFormat,
    extraColumns: profiles
      .filter((p) => !usedColumns.has(p.index) && p.header !== '')
      .map((p) => p.header),
    complete: open.length === 0,
    open,
  };
}
