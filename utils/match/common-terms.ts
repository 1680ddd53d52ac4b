/**
 * Memory of story terms found over the lookup cap (candidates.ts): such a term is too common to be
 * evidence, and reading its index entries again on the next match costs the most of any lookup
 * (the cap's 401 keys, where a distinctive term has a handful). A library only grows between
 * deletions, so a common term stays common: it is skipped for {@link COMMON_TERM_TTL_MS}, and
 * forgotten as soon as a lookup sees the library smaller than when it was found (by its
 * approximate size, the highest article id: after deleting everything or the newest articles;
 * that one lookup went without it).
 */
import type { LibraryDb } from '../library/db';

/** How long a term found over the cap is skipped. */
export const COMMON_TERM_TTL_MS = 10 * 60_000;
/** At most this many terms are remembered per library (oldest forgotten first). */
const COMMON_TERM_LIMIT = 5_000;

interface Seen {
  at: number;
  /** Library size (approximate article count) when it was found over the cap. */
  size: number;
}

const memory = new WeakMap<LibraryDb, Map<string, Seen>>();

/** True when `term` was found over the cap less than {@link COMMON_TERM_TTL_MS} ago. */
export function recentlyCommon(db: LibraryDb, term: string, now = Date.now()): boolean {
  const seen = memory.get(db)?.get(term);
  if (!seen) return false;
  if (now - seen.at < COMMON_TERM_TTL_MS) return true;
  memory.get(db)!.delete(term);
  return false;
}

/** Remembers that `term` was found over the cap in a library of `size` articles. */
export function rememberCommon(db: LibraryDb, term: string, size: number, now = Date.now()): void {
  let terms = memory.get(db);
  if (!terms) memory.set(db, (terms = new Map()));
  terms.delete(term);
  if (terms.size >= COMMON_TERM_LIMIT) terms.delete(terms.keys().next().value as string);
  terms.set(term, { at: now, size });
}

/** Forgets those of `terms` found in a library larger than `size` (the library shrank since). */
export function forgetIfShrunk(db: LibraryDb, terms: readonly string[], size: number): void {
  const known = memory.get(db);
  for (const t of terms) if ((known?.get(t)?.size ?? 0) > size) known!.delete(t);
}
