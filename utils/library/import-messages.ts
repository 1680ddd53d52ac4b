/**
 * The messages of a refused import, for the reader: a plain sentence first (what is wrong with the
 * file, which article or outlet, and that nothing was imported), then the validator's technical
 * detail with its path (`articles.2.claims.0.prefix`), for a bug report.
 */
import type { z } from 'zod';
import { NOT_HTTP_URL } from './export-format';

/** A file the import will not take; `message` is meant for the reader. */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusal';
  }
}

/** A file that is not an export at all. */
export const FOREIGN = 'This is not a Corroborate library file.';

/** An export whose JSON ends early (a cut-off download or copy). */
export const INCOMPLETE = 'This Corroborate library file is incomplete (it ends early); nothing was imported.';

/** Longest title or outlet name quoted in a message. */
const MAX_QUOTED = 60;

/** The file is damaged: `plain` says how in words, `detail` (optional) adds the technical path. */
export function damaged(plain: string, detail?: string): ImportRefusal {
  const tail = detail ? ` Technical detail: ${detail}.` : '';
  return new ImportRefusal(`This Corroborate library file is damaged: ${plain}. Nothing was imported.${tail}`);
}

/**
 * The refusal of the `index`-th outlet or article of the file (`value`, as read) for the first
 * zod `issue`: a missing field, an article address that is not http(s), or any other bad value.
 */
export function elementRefusal(kind: 'outlet' | 'article', index: number, value: unknown, issue: z.core.$ZodIssue): ImportRefusal {
  const where = issue.path.join('.');
  const inParens = where ? ` (${where})` : '';
  const detail = `${issue.message} at ${[`${kind}s`, index, ...issue.path].join('.')}`;
  const name = `${kind} ${index + 1}${quotedName(kind, value)}`;
  if (issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(value, issue.path) === undefined) {
    return new ImportRefusal(
      `This file is not a complete Corroborate library: ${name} is missing part of its data${inParens}. Nothing was imported. Technical detail: ${detail}.`,
    );
  }
  if (issue.message === NOT_HTTP_URL) {
    return damaged(`${name} has a web address that is not an http(s) link${inParens}, which Corroborate never stores`, detail);
  }
  return damaged(`${name} holds a value Corroborate cannot use${inParens}`, detail);
}

/** ` ("Title")` of an article or ` ("Name")` of an outlet when the file gives one as text, else ''. */
function quotedName(kind: 'outlet' | 'article', value: unknown): string {
  const name = (value as Record<string, unknown> | null)?.[kind === 'article' ? 'title' : 'name'];
  const quoted = typeof name === 'string' ? quoteName(name) : '';
  return quoted ? ` (${quoted})` : '';
}

/** `"Title"`, spaces collapsed and cut to {@link MAX_QUOTED} characters; '' for a blank one. */
function quoteName(name: string): string {
  const short = name.trim().replace(/\s+/g, ' ');
  if (!short) return '';
  return `"${short.length > MAX_QUOTED ? `${short.slice(0, MAX_QUOTED - 1)}…` : short}"`;
}

/** The value at `path` inside `value`, or undefined when any step is missing. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[step];
  }
  return v;
}

/** Statements of a file left out because they are not in their article's text (import-claims.ts). */
export interface LeftOutStatements {
  /** Statements left out in all. */
  statements: number;
  /** Articles they were listed under. */
  articles: number;
  /** The first few of those articles, by title, with how many statements each lost. */
  named: { title: string; statements: number }[];
}

/** Most articles a left-out message names. */
const MAX_NAMED = 3;

/** `tally` (or a new one) with `dropped` statements of the article titled `title` added. */
export function noteLeftOut(tally: LeftOutStatements | undefined, title: string, dropped: number): LeftOutStatements {
  const t = tally ?? { statements: 0, articles: 0, named: [] };
  const named = t.named.length < MAX_NAMED ? [...t.named, { title, statements: dropped }] : t.named;
  return { statements: t.statements + dropped, articles: t.articles + 1, named };
}

/**
 * The reader's sentence for statements left out, e.g. '2 statements of "Ferry strike" were not in
 * the article's text and were left out.'; over several articles it names the first few.
 */
export function leftOutText(t: LeftOutStatements): string {
  const count = (n: number) => `${n} statement${n === 1 ? '' : 's'}`;
  const were = t.statements === 1 ? 'was' : 'were';
  const quote = (title: string) => quoteName(title) || 'an untitled article';
  if (t.articles === 1) return `${count(t.statements)} of ${quote(t.named[0].title)} ${were} not in the article's text and ${were} left out.`;
  const parts = t.named.map((a) => `${a.statements} of ${quote(a.title)}`);
  const rest = t.articles - t.named.length;
  if (rest > 0) parts.push(`${t.statements - t.named.reduce((n, a) => n + a.statements, 0)} of ${rest} more article${rest === 1 ? '' : 's'}`);
  return `${count(t.statements)} ${were} not in their article's text and ${were} left out: ${parts.join(', ')}.`;
}
