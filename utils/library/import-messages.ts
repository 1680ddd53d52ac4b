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
  if (typeof name !== 'string' || !name.trim()) return '';
  const short = name.trim().replace(/\s+/g, ' ');
  return ` ("${short.length > MAX_QUOTED ? `${short.slice(0, MAX_QUOTED - 1)}…` : short}")`;
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
