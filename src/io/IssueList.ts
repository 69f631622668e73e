import type { ImportIssue } from './issue.ts';
import type { IssueAdvice } from './issueAdvice.ts';
import { MAX_ISSUES } from './limits.ts';

/** The rows shown when one issue stands for the same problem in several rows. */
const SHOWN_ROWS = 10;

/**
 * Collects import issues for one file, keeping the first `MAX_ISSUES` and counting the rest. A
 * time with a unit in a column read in another (the same field and unit, its `unit` advice) is
 * one issue however many rows hold one: the first row's, naming the other rows.
 * Example: `const list = new IssueList('a.csv'); list.add(2, 'id', '', 'is empty'); list.list()`.
 */
export class IssueList {
  readonly file: string;
  readonly sheet: string | undefined;
  private readonly kept: ImportIssue[] = [];
  private total = 0;
  /** For an issue that stands for several rows: the other rows. */
  private readonly alsoIn = new Map<ImportIssue, number[]>();
  private folded = 0;

  /** Issues of `file` (and of one `sheet` of a spreadsheet, named in every issue). */
  constructor(file: string, sheet?: string) {
    this.file = file;
    this.sheet = sheet;
  }

  /** Records one issue (with what to do about it, when that depends on the reader); only the first `MAX_ISSUES` are kept. */
  add(
    row: number | null,
    column: string | null,
    value: string | null,
    message: string,
    advice?: IssueAdvice,
  ): void {
    this.total += 1;
    if (advice?.kind === 'unit' && row !== null) {
      const first = this.kept.find(
        (i) =>
          i.advice?.kind === 'unit' &&
          i.column === column &&
          i.advice.unit === advice.unit &&
          i.advice.mapped === advice.mapped,
      );
      if (first !== undefined) {
        this.alsoIn.set(first, [...(this.alsoIn.get(first) ?? []), row]);
        this.folded += 1;
        return;
      }
    }
    if (this.kept.length < MAX_ISSUES) {
      const issue: ImportIssue = { file: this.file, row, column, value, message };
      if (advice !== undefined) issue.advice = advice;
      if (this.sheet !== undefined) issue.sheet = this.sheet;
      this.kept.push(issue);
    }
  }

  /** Records an issue found elsewhere (it keeps its own file and sheet). */
  push(issue: ImportIssue): void {
    this.total += 1;
    if (this.kept.length < MAX_ISSUES) this.kept.push(issue);
  }

  /** Number of issues recorded, including those not kept. */
  get count(): number {
    return this.total;
  }

  /** The kept issues (one standing for several rows names them), plus one saying how many more there were. */
  list(): ImportIssue[] {
    const kept = this.kept.map((issue) => {
      const rows = this.alsoIn.get(issue);
      if (rows === undefined) return issue;
      const shown = rows.slice(0, SHOWN_ROWS);
      const more = rows.length - shown.length;
      const list =
        more > 0
          ? `${shown.join(', ')} and ${more} more`
          : shown.length === 1
            ? `${shown[0]}`
            : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
      const also = `also in ${rows.length === 1 ? 'row' : 'rows'} ${list}`;
      return { ...issue, message: `${issue.message} — ${also}` };
    });
    const more = this.total - this.folded - this.kept.length;
    if (more === 0) return kept;
    const noun = more === 1 ? 'problem' : 'problems';
    const last: ImportIssue = {
      file: this.file,
      row: null,
      column: null,
      value: null,
      message: `${more} more ${noun} not shown (only the first ${MAX_ISSUES} are listed)`,
    };
    if (this.sheet !== undefined) last.sheet = this.sheet;
    return [...kept, last];
  }
}
