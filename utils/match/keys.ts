/**
 * Candidate keys, computed identically when an article is stored and when it is matched:
 * - claim keys: a hash of the claim's verbatim key (exact copies) plus a bottom-k sketch of its
 *   content-stem bigrams (near copies share most of them, a changed word or number spoils few);
 * - story terms: an article's most distinctive terms (rare names, places, numbers), weighted by
 *   shipped IDF and frequency, used to find stored articles covering the same event.
 */
import { hashString, isNumberToken, isStopword, stem, termWeight, tokenize, verbatimKey } from '../text/index';

/** Number of bigram sketch keys per claim. */
export const SKETCH_KEYS = 2;
/** Bigrams whose two stems' weights sum below this are too common to be sketch keys. */
const MIN_SKETCH_RARITY = 0.9;
/** Number of distinctive terms kept per article. */
export const STORY_TERMS = 32;
/**
 * Of an article's story terms, only the strongest this many are indexed; the rest count in the
 * similarity only. A stored article is found when a few of its strongest terms are among the
 * query's: fewer index entries to store and to read (schema v5 split the rows; changing this
 * needs a new schema version that re-splits them).
 */
export const STORY_INDEX_TERMS = 12;
/** Terms whose shipped weight is below this are too common to identify a story. */
const MIN_TERM_WEIGHT = 0.35;

/**
 * A 31-bit key hash: small enough to be a V8 small integer, which IndexedDB values store in at most
 * five bytes instead of nine.
 */
function keyHash(s: string): number {
  return hashString(s) >> 1;
}

/** Hash of a claim's verbatim key: equal for exact copies. */
export function exactKey(text: string): number {
  return exactKeyOf(verbatimKey(text));
}

/** {@link exactKey} of an already computed verbatim key. */
function exactKeyOf(verbatim: string): number {
  return keyHash(`=${verbatim}`);
}

/**
 * True when token `t` (a stopword or a number token as told) is a content word of the claim keys:
 * stopwords and one-letter tokens other than numbers are not.
 */
export function isKeyToken(t: string, stopword: boolean, number: boolean): boolean {
  return !stopword && (t.length >= 2 || number);
}

/** Content stems of a sentence in order (see {@link isKeyToken}). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (isKeyToken(t, isStopword(t), isNumberToken(t))) out.push(stem(t));
  return out;
}

/**
 * Claim-level keys: the exact key first, then up to {@link SKETCH_KEYS} sketch keys: the
 * content-stem bigrams of highest combined rarity (hash order breaks ties), so near copies pick
 * mostly the same bigrams while common phrases ("last year", "told reporters") are never keys.
 */
export function claimKeys(text: string): number[] {
  return claimKeysOf(verbatimKey(text), contentStems(text));
}

/**
 * {@link claimKeys} of a claim whose verbatim key and {@link contentStems} are already known (the
 * matcher has them from preparing the claim): the same keys, without tokenizing it again.
 */
export function claimKeysOf(verbatim: string, stems: readonly string[]): number[] {
  const keys = [exactKeyOf(verbatim)];
  if (stems.length < 3) return keys;
  const grams = new Map<number, number>();
  for (let i = 0; i + 1 < stems.length; i++) {
    const rarity = termWeight(stems[i]) + termWeight(stems[i + 1]);
    if (rarity >= MIN_SKETCH_RARITY) grams.set(keyHash(`${stems[i]} ${stems[i + 1]}`), Math.round(rarity * 20));
  }
  const ranked = [...grams].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, SKETCH_KEYS);
  for (const [g] of ranked) if (g !== keys[0]) keys.push(g);
  return keys;
}

/** An article's distinctive terms and their weights, strongest first. */
export interface StoryTerms {
  terms: string[];
  /** Whole thousandths (integers store compactly; story similarity only uses ratios of them). */
  weights: number[];
}

/**
 * The {@link STORY_TERMS} most distinctive terms of an article: score = shipped weight ×
 * tf^0.75, title terms counted twice. Numbers of fewer than two digits are skipped.
 */
export function storyTerms(title: string, paragraphs: readonly string[]): StoryTerms {
  const tf = new Map<string, number>();
  const add = (text: string, times: number) => {
    for (const t of tokenize(text)) {
      if (isStopword(t) || t.length < 2) continue;
      const term = isNumberToken(t) ? t : stem(t);
      tf.set(term, (tf.get(term) ?? 0) + times);
    }
  };
  add(title, 2);
  for (const p of paragraphs) add(p, 1);
  const scored: [string, number][] = [];
  for (const [term, n] of tf) {
    const w = termWeight(term);
    if (w < MIN_TERM_WEIGHT) continue;
    scored.push([term, w * Math.pow(n, 0.75)]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = scored.slice(0, STORY_TERMS);
  return { terms: top.map((s) => s[0]), weights: top.map((s) => Math.max(1, Math.round(s[1] * 1000))) };
}
