/**
 * Stored claims as the matcher reads them, remembered by claim id: a match screens every claim of
 * its candidate articles for the prefilter (screenSentence) and prepares for scoring only those
 * that share enough with the query (finishSentence); the prepared ones are kept, bounded, so
 * reopening an article or reading more of one story's coverage prepares nothing twice.
 */
import type { StoredClaim } from '../library/types';
import { finishSentence, screenSentence, type PreparedSentence, type ScreenedSentence } from './prepare';

/** A stored claim as read for a match: prepared (it was cached), or only screened. */
export type ReadSentence = PreparedSentence | ScreenedSentence;

const cache = new Map<number, { text: string; prepared: PreparedSentence }>();
/**
 * Prepared stored claims kept (about 6 KB each: 2.3 KB of JS heap, 3.4 KB of typed arrays): enough
 * for the targets of the last few matches (a story reads at most 24 articles' claims plus
 * key-filtered claims of 50 others), so reopening an article is fast, while the heap stays flat
 * however large the library and however many articles are read (20,000 entries held about 100 MB
 * before the tokens and stems were dropped from prepared sentences).
 */
const CACHE_LIMIT = 3_000;

function cached(c: StoredClaim): PreparedSentence | undefined {
  const hit = c.id !== undefined ? cache.get(c.id) : undefined;
  return hit && hit.text === c.text ? hit.prepared : undefined;
}

function remember(c: StoredClaim, prepared: PreparedSentence): void {
  if (c.id === undefined) return;
  if (cache.size >= CACHE_LIMIT && !cache.has(c.id)) cache.delete(cache.keys().next().value as number);
  cache.set(c.id, { text: c.text, prepared });
}

/** A stored claim for the prefilter: its cached prepared form, else screened only. */
export function screenedClaim(c: StoredClaim): ReadSentence {
  return cached(c) ?? screenSentence(c.text);
}

/** The prepared form of claim `c` read as `s` (finished and cached when it was only screened). */
export function finishedClaim(c: StoredClaim, s: ReadSentence): PreparedSentence {
  if (!('analysis' in s)) return s;
  const prepared = finishSentence(s);
  remember(c, prepared);
  return prepared;
}
