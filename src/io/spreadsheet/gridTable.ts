import type { IssueList } from '../IssueList.ts';
import { MAX_COLUMNS, MAX_PATIENTS } from '../limits.ts';
import type { RawRow, RawTable } from '../rawTable.ts';
import type { SheetGrid } from './sheetGrid.ts';

const blank = (value: unknown): boolean => value === '' || value === undefined || value === null;
const filled = (row: readonly unknown[] | undefined, width: number): number => {
  let n = 0;
  for (let c = 0; c < width; c += 1) if (!blank(row?.[c])) n += 1;
  return n;
};

/** Column letters as a spreadsheet shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** The first non-blank row at or after `from`, or -1. */
function nextFilled(grid: SheetGrid, from: number): number {
  for (let r = from; r < grid.cells.length; r += 1)
    if (filled(grid.cells[r], grid.width) > 0) return r;
  return -1;
}

/**
 * The header row: the first non-blank row, skipping title rows above it — a row with a single
 * filled cell (often merged across the table) followed by a row with more filled cells.
 */
function findHeader(grid: SheetGrid): number {
  let r = nextFilled(grid, 0);
  for (let titles = 0; r >= 0 && titles < 5; titles += 1) {
    const next = nextFilled(grid, r + 1);
    if (filled(grid.cells[r], grid.width) !== 1 || next < 0) break;
    if (filled(grid.cells[next], grid.width) <= 1) break;
    r = next;
  }
  return r;
}

const text = (value: unknown): string => (blank(value) ? '' : String(value).trim());

/**
 * Turns a sheet's grid into a raw table: finds the header row (title rows above it are skipped
 * and named in a warning; `headerRow`, 1-based, overrides), reads a two-row header whose upper
 * cells are merged across columns as `upper lower` names (`Response date`, `Response code`),
 * names the other columns under a merged header cell `name (2)`, `name (3)`, gives every cell
 * of a merged data range its top-left value (a patient id merged over its visit rows), drops
 * blank rows and the blank columns after the table, and numbers rows as the spreadsheet does.
 * Returns `null` after adding an issue when the sheet has no header or no data rows.
 * Example: `gridTable(grid, 'Visits', issues, warnings)`.
 */
export function gridTable(
  grid: SheetGrid,
  sheet: string,
  issues: IssueList,
  warnings: IssueList,
  headerRow?: number,
): RawTable | null {
  const header = headerRow !== undefined ? headerRow - 1 : findHeader(grid);
  if (header < 0 || filled(grid.cells[header], grid.width) === 0) {
    issues.add(
      headerRow ?? null,
      null,
      null,
      headerRow !== undefined
        ? `is blank; the header row given (${headerRow}) has no column names`
        : 'is empty; expected a header row and one row per patient or visit',
    );
    return null;
  }
  const first = nextFilled(grid, 0);
  if (headerRow === undefined && first < header) {
    const title = text(grid.cells[first].find((v) => !blank(v)));
    warnings.add(
      first + 1,
      null,
      title,
      `is read as a title above the table; the header is row ${header + 1}`,
    );
  }
  const width = grid.width;
  if (width > MAX_COLUMNS) {
    issues.add(null, null, null, `has ${width} columns; at most ${MAX_COLUMNS} are allowed`);
    return null;
  }
  const top = grid.cells[header] ?? [];
  const names = Array.from({ length: width }, (_, c) => text(top[c]));
  const spans = grid.merges.filter(
    (m) => m.top <= header && m.bottom >= header && m.right > m.left,
  );
  let dataStart = header + 1;
  const below = grid.cells[header + 1] ?? [];
  const twoRows =
    spans.some((m) => m.top === header && m.bottom === header) &&
    spans.every((m) => {
      if (m.bottom > header) return true;
      for (let c = m.left; c <= m.right; c += 1) {
        if (blank(below[c]) || typeof below[c] !== 'string') return false;
      }
      return true;
    });
  if (twoRows) {
    dataStart = header + 2;
    for (const m of spans) {
      if (m.bottom > header) continue;
      const group = text(top[m.left]);
      for (let c = m.left; c <= m.right; c += 1) names[c] = `${group} ${text(below[c])}`.trim();
    }
    for (let c = 0; c < width; c += 1) if (names[c] === '') names[c] = text(below[c]);
  } else {
    for (const m of spans) {
      const group = text(top[m.left]);
      for (let c = m.left + 1; c <= Math.min(m.right, width - 1); c += 1) {
        if (names[c] === '') names[c] = `${group} (${c - m.left + 1})`;
      }
    }
  }

  const cells = grid.cells.map((row) => [...(row ?? [])]);
  let filledMerges = 0;
  for (const m of grid.merges) {
    if (m.top < dataStart) continue;
    const value = cells[m.top]?.[m.left];
    for (let r = m.top; r <= m.bottom; r += 1) {
      for (let c = m.left; c <= m.right; c += 1) {
        cells[r] ??= [];
        cells[r][c] = value;
      }
    }
    filledMerges += 1;
  }
  if (filledMerges > 0) {
    warnings.add(
      null,
      null,
      null,
      `has ${filledMerges} merged range${filledMerges === 1 ? '' : 's'} of cells below the header; each cell of a merged range is read as its top-left value`,
    );
  }

  const rows: RawRow[] = [];
  for (let r = dataStart; r < cells.length; r += 1) {
    const row = cells[r];
    if (filled(row, width) === 0) continue;
    if (rows.length >= MAX_PATIENTS) {
      issues.add(
        null,
        null,
        null,
        `has more than ${MAX_PATIENTS} data rows; at most ${MAX_PATIENTS} are allowed`,
      );
      return null;
    }
    rows.push({
      row: r + 1,
      cells: Array.from({ length: width }, (_, c) => (blank(row[c]) ? '' : row[c])),
    });
  }
  if (rows.length === 0) {
    issues.add(header + 1, null, null, 'has a header but no data rows below it');
    return null;
  }
  return {
    columns: names,
    rows,
    sheet,
    columnLetters: Array.from({ length: width }, (_, c) => columnLetter(c)),
  };
}
