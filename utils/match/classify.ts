/**
 * Rules that name the kind of a match: 'verbatim' (equal comparison keys), 'near' (the same
 * sentence lightly edited: most of the shorter side's words in order, or all of them with a clause
 * added, with enough informative words shared that generic lines such as "Officials said on
 * Tuesday." do not qualify).
 */
import { lcs } from './features';
import type { PreparedSentence } from './prepare';

/** Minimum share of the shorter sentence's tokens found in order in the longer one. */
export const NEAR_SHORT_RATIO = 0.7;
/** Minimum share of the longer sentence's tokens in the common subsequence (allows a dropped clause). */
export const NEAR_LONG_RATIO = 0.6;
/** LCS share of the longer side above which a near pair is accepted whatever the model says. */
export const NEAR_SURE_RATIO = 0.85;
/**
 * A shorter sentence found whole, in order, in a longer one that adds a clause ("…, finishing
 * second in the scoring charts") is near however long the addition: at least this share of the
 * shorter side's tokens, and of the longer side's.
 */
export const CONTAINED_SHORT_RATIO = 0.95;
export const CONTAINED_LONG_RATIO = 0.4;
/**
 * IDF mass the contained sentence must share: a specific statement ("Okafor, 23, scored 24 goals
 * …": 6.8), not a stock line found inside longer ones ("The White House did not immediately
 * respond to a request for comment.": 2.2).
 */
export const CONTAINED_MIN_MASS = 4;
/** Minimum IDF mass (sum of weights in [0, 1]) of the shared content words. */
export const NEAR_MIN_SHARED_MASS = 1.6;

/** Lexical closeness of two prepared sentences, used by the kind rules and the score. */
export interface Closeness {
  verbatim: boolean;
  /** LCS length over the shorter and over the longer token count. */
  lcsShort: number;
  lcsLong: number;
  /** IDF mass of shared content words, and its share of the lighter sentence's mass. */
  sharedMass: number;
  sharedShare: number;
}

/** Measures the lexical closeness of a pair. */
export function closeness(a: PreparedSentence, b: PreparedSentence): Closeness {
  const la = a.ids.length, lb = b.ids.length;
  const verbatim = a.key === b.key && a.key.length > 0;
  const l = verbatim ? Math.max(la, lb) : lcs(a.ids, b.ids);
  let i = 0, j = 0, shared = 0;
  while (i < a.content.length && j < b.content.length) {
    const x = a.content[i], y = b.content[j];
    if (x === y) { shared += Math.min(a.weights[i], b.weights[j]); i++; j++; } else if (x < y) i++; else j++;
  }
  const light = Math.min(a.mass, b.mass);
  return {
    verbatim,
    lcsShort: l / Math.max(1, Math.min(la, lb)),
    lcsLong: l / Math.max(1, Math.max(la, lb)),
    sharedMass: shared,
    sharedShare: light > 0 ? shared / light : 0,
  };
}

/** True when the pair is the same sentence lightly edited (see module doc). */
export function isNear(c: Closeness): boolean {
  return (c.lcsShort >= NEAR_SHORT_RATIO && c.lcsLong >= NEAR_LONG_RATIO && c.sharedMass >= NEAR_MIN_SHARED_MASS && c.sharedShare >= 0.6)
    || isContained(c);
}

/** True when the shorter sentence is contained whole in the longer (see {@link CONTAINED_SHORT_RATIO}). */
export function isContained(c: Closeness): boolean {
  return c.lcsShort >= CONTAINED_SHORT_RATIO && c.lcsLong >= CONTAINED_LONG_RATIO
    && c.sharedMass >= CONTAINED_MIN_MASS && c.sharedShare >= 0.9;
}

/** True when the pair is so close (near with almost all words in order) that no model is consulted. */
export function isSurelyNear(c: Closeness): boolean {
  return c.verbatim || (isNear(c) && c.lcsLong >= NEAR_SURE_RATIO) || isContained(c);
}
