import type { ImportIssue } from './issue.ts';
import type { IssueAdvice } from './issueAdvice.ts';
import { MAX_ISSUES } from './limits.ts';

/**
 * Collects import issues for one file, keeping the first `MAX_ISSUES` and counting the rest.
 * Example: `const list = new IssueList('a.csv'); list.add(2, 'id', '', 'is empty'); list.list()`.
 */
export class IssueList {
  readonly file: string;
  readonly sheet: string | undefined;
  private readonly kept: ImportIssue[] = [];
  private total = 0;

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

  /** The kept issues, plus one final issue saying how many more there were. */
  list(): ImportIssue[] {
    const more = this.total - this.kept.length;
    if (more === 0) return [...this.kept];
    const noun = more === 1 ? 'problem' : 'problems';
    const last: ImportIssue = {
      file: this.file,
      row: null,
      column: null,
      value: null,
      message: `${more} more ${noun} not shown (only the first ${MAX_ISSUES} are listed)`,
    };
    if (this.sheet !== undefined) last.sheet = this.sheet;
    return [...this.kept, last];
  }
}
