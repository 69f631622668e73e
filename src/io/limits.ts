/**
 * Input limits of the cohort importer. Beyond them a file is refused with a clear message
 * rather than risking a frozen page; they are far above any single-arm cohort.
 */

/** Largest accepted file, in characters of text (about 20 MB). */
export const MAX_FILE_CHARS = 20_000_000;

/** Most patients (data rows, or entries of the JSON patients array) in one file. */
export const MAX_PATIENTS = 200_000;

/** Most columns in one file (known and unknown together). */
export const MAX_COLUMNS = 200;

/** Longest accepted cell or header name, in characters. */
export const MAX_FIELD_CHARS = 10_000;

/** Most issues (errors, and separately warnings) reported for one file; a final issue counts the rest. */
export const MAX_ISSUES = 50;
