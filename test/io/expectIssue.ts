import { expect } from 'vitest';
import { formatIssue, type ImportIssue, type ParseResult } from '../../src/io/index.ts';

/** What an expected issue must match; `message` is a pattern. */
export interface IssuePattern {
  row?: number | null;
  column?: string | null;
  value?: string | null;
  message?: RegExp;
}

const matches = (issue: ImportIssue, want: IssuePattern): boolean =>
  (want.row === undefined || issue.row === want.row) &&
  (want.column === undefined || issue.column === want.column) &&
  (want.value === undefined || issue.value === want.value) &&
  (want.message === undefined || want.message.test(issue.message));

/** Asserts that the file was refused with an issue matching `want`; prints the issues otherwise. */
export function expectRefused(result: ParseResult, want: IssuePattern): ImportIssue {
  if (result.ok) {
    expect.fail(`expected a refusal matching ${JSON.stringify(want)}, but the file loaded`);
  }
  const found = result.issues.find((issue) => matches(issue, want));
  if (found === undefined) {
    expect.fail(
      `no issue matches ${String(JSON.stringify(want))} ${String(want.message)}; got:\n` +
        result.issues.map((i) => formatIssue(i, 'cli')).join('\n'),
    );
  }
  return found;
}

/** Asserts that the file loaded; prints the issues otherwise. */
export function expectLoaded(result: ParseResult): Extract<ParseResult, { ok: true }> {
  if (!result.ok) {
    expect.fail(
      `expected the file to load; got:\n${result.issues.map((i) => formatIssue(i, 'cli')).join('\n')}`,
    );
  }
  return result;
}

/** Joins CSV lines with a newline. */
export const lines = (...rows: string[]): string => rows.join('\n');
