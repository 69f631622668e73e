import { LEVEL_RANGE } from '../engine/limits.ts';
import { decompressText } from './compressText.ts';
import {
  BUILTIN_COHORT_ID,
  CHOICES,
  DEFAULT_SETTINGS,
  DEFAULT_STATE,
  URL_LIMITS,
  type CohortSource,
  type Settings,
  type UrlState,
} from './urlState.ts';

/** What a hash decodes to: a usable state, plus a message for every part that was refused. */
export interface DecodedHash {
  state: UrlState;
  /** Empty when the whole hash was understood; otherwise one short sentence per problem. */
  messages: string[];
}

/** Shortens untrusted text for quoting in a message. */
function quote(value: string): string {
  const short = value.length > 40 ? value.slice(0, 40) + '…' : value;
  return JSON.stringify(short);
}

function pick<T extends string>(
  p: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
  messages: string[],
): T {
  const raw = p.get(key);
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  messages.push(`"${key}" must be one of ${allowed.join(', ')}; got ${quote(raw)}.`);
  return fallback;
}

function integer(
  p: URLSearchParams,
  key: string,
  min: number,
  max: number,
  fallback: number,
  messages: string[],
): number {
  const raw = p.get(key);
  if (raw === null) return fallback;
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  messages.push(`"${key}" must be a whole number from ${min} to ${max}; got ${quote(raw)}.`);
  return fallback;
}

/** Reads a compressed JSON object (a scenario); `undefined` when absent or unreadable. */
function compressedObject(raw: string | null): object | undefined {
  if (raw === null) return undefined;
  const text = decompressText(raw, URL_LIMITS.maxInflatedBytes);
  if (!text.ok) return undefined;
  try {
    const value: unknown = JSON.parse(text.text);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

const LESSON_KEY = /^[A-Za-z0-9_-]{1,40}$/;

/** Reads the `PREFIX.KEY=VALUE` parameters of one panel; bad keys and over-long values are dropped. */
function prefixedParams(
  p: URLSearchParams,
  prefix: string,
  what: string,
  messages: string[],
): Record<string, string> {
  const params: Record<string, string> = {};
  let dropped = 0;
  for (const [key, value] of p) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (
      LESSON_KEY.test(name) &&
      name !== '__proto__' &&
      value.length <= 200 &&
      Object.keys(params).length < URL_LIMITS.maxLessonParams
    ) {
      params[name] = value;
    } else dropped++;
  }
  if (dropped > 0) messages.push(`${dropped} ${what} setting(s) in the link were not usable.`);
  return params;
}

/** Reads the lesson id and its `l.KEY=VALUE` parameters. */
function decodeLesson(
  p: URLSearchParams,
  messages: string[],
): { lesson: string | null; lessonParams: Record<string, string> } {
  let lesson = p.get('lesson');
  if (lesson !== null && !LESSON_KEY.test(lesson)) {
    messages.push(`"lesson" is not a lesson id: ${quote(lesson)}.`);
    lesson = null;
  }
  return { lesson, lessonParams: prefixedParams(p, 'l.', 'lesson', messages) };
}

function decodeSettings(p: URLSearchParams, messages: string[]): Settings {
  const d = DEFAULT_SETTINGS;
  let level = d.level;
  const rawLevel = p.get('level');
  if (rawLevel !== null) {
    const v = /^0\.\d{1,6}$/.test(rawLevel) ? Number(rawLevel) : NaN;
    if (v >= LEVEL_RANGE.min && v <= LEVEL_RANGE.max) level = v;
    else {
      messages.push(
        `"level" must be a number from ${LEVEL_RANGE.min} to ${LEVEL_RANGE.max}; got ${quote(rawLevel)}.`,
      );
    }
  }
  const rawGroup = p.get('group');
  if (rawGroup !== null && rawGroup !== '0' && rawGroup !== '1') {
    messages.push(`"group" must be 0 or 1; got ${quote(rawGroup)}.`);
  }
  let selected: string | null = p.get('sel');
  if (selected !== null && (selected.length === 0 || selected.length > URL_LIMITS.maxIdChars)) {
    messages.push(`"sel" must be a patient id of 1 to ${URL_LIMITS.maxIdChars} characters.`);
    selected = null;
  }
  const rawScenario = p.get('rscn');
  const resimScenario = compressedObject(rawScenario) ?? null;
  if (rawScenario !== null && resimScenario === null) {
    messages.push(
      'The re-simulation scenario in the link could not be read; using the fitted one.',
    );
  }
  return {
    view: pick(p, 'view', CHOICES.view, d.view, messages),
    method: pick(p, 'method', CHOICES.method, d.method, messages),
    level,
    transform: pick(p, 'tr', CHOICES.transform, d.transform, messages),
    sort: pick(p, 'sort', CHOICES.sort, d.sort, messages),
    group: rawGroup === '1',
    selected,
    bootReps: integer(p, 'breps', 1, URL_LIMITS.maxBootReps, d.bootReps, messages),
    bootSeed: integer(p, 'bseed', 0, URL_LIMITS.maxSeed, d.bootSeed, messages),
    bootStatistic: pick(p, 'bstat', CHOICES.bootStatistic, d.bootStatistic, messages),
    resimTrials: integer(p, 'rtrials', 1, URL_LIMITS.maxTrials, d.resimTrials, messages),
    resimSeed: integer(p, 'rseed', 0, URL_LIMITS.maxSeed, d.resimSeed, messages),
    resimScenario,
    ...decodeLesson(p, messages),
    reconstructParams: prefixedParams(p, 'r.', 'reconstruction', messages),
  };
}

function name(p: URLSearchParams, messages: string[]): string {
  const raw = p.get('name') ?? '';
  if (raw.length > URL_LIMITS.maxNameChars) {
    messages.push(`"name" is longer than ${URL_LIMITS.maxNameChars} characters; shortened.`);
    return raw.slice(0, URL_LIMITS.maxNameChars);
  }
  return raw || 'Shared cohort';
}

function decodeSource(p: URLSearchParams, messages: string[]): CohortSource {
  const fallback = DEFAULT_STATE.source;
  const kind = p.get('src');
  if (kind === null || kind === 'builtin') {
    const id = p.get('id') ?? BUILTIN_COHORT_ID;
    if (/^[a-z0-9-]{1,64}$/.test(id)) return { kind: 'builtin', id };
    messages.push(`"id" is not a built-in cohort: ${quote(id)}; opened the default cohort.`);
    return fallback;
  }
  if (kind === 'inline') {
    const csv = decompressText(p.get('csv') ?? '', URL_LIMITS.maxInflatedBytes);
    if (csv.ok) return { kind: 'inline', name: name(p, messages), csv: csv.text };
    messages.push(
      `The cohort in the link could not be read (${csv.message}); opened the default cohort.`,
    );
    return fallback;
  }
  if (kind === 'synthetic') {
    const scenario = compressedObject(p.get('scn'));
    const seed = integer(p, 'sseed', 0, URL_LIMITS.maxSeed, NaN, messages);
    if (
      scenario !== undefined &&
      scenario !== null &&
      typeof scenario === 'object' &&
      !Number.isNaN(seed)
    ) {
      return { kind: 'synthetic', scenario, seed };
    }
    messages.push(
      'The synthetic scenario in the link could not be read; opened the default cohort.',
    );
    return fallback;
  }
  if (kind === 'bundle') return { kind: 'bundle', name: name(p, messages) };
  messages.push(`"src" must be builtin, synthetic, inline or bundle; got ${quote(kind)}.`);
  return fallback;
}

/**
 * Reads a URL hash written by `encodeHash`. Never throws: every unreadable or out-of-range
 * part falls back to its default and adds a message; an unreadable cohort falls back to the
 * built-in cohort. An empty hash gives the default state and no message.
 *
 * @example decodeHash('#v=1&sort=zzz').messages // ['"sort" must be one of followup, …']
 */
export function decodeHash(hash: string): DecodedHash {
  try {
    const text = hash.startsWith('#') ? hash.slice(1) : hash;
    if (text.trim() === '') return { state: DEFAULT_STATE, messages: [] };
    if (text.length > URL_LIMITS.maxHashChars) {
      return {
        state: DEFAULT_STATE,
        messages: [
          `The link is too long (over ${URL_LIMITS.maxHashChars} characters); opened the default view.`,
        ],
      };
    }
    const p = new URLSearchParams(text);
    const messages: string[] = [];
    // A link without a version is read as the current one, so that a hand-written link such as
    // #view=learn&lesson=bayes works.
    const version = p.get('v') ?? '1';
    if (version !== '1') {
      return {
        state: DEFAULT_STATE,
        messages: [
          `The link is not a Cohortscope link of a known version; opened the default view.`,
        ],
      };
    }
    const source = decodeSource(p, messages);
    const settings = decodeSettings(p, messages);
    return { state: { source, settings }, messages };
  } catch {
    return {
      state: DEFAULT_STATE,
      messages: ['The link could not be read; opened the default view.'],
    };
  }
}
