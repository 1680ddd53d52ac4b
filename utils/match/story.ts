/**
 * Story level: which stored articles cover the same event as the article being read. Two
 * articles of one event share rare names, places and numbers; a term's weight is its shipped
 * IDF-like weight times how rare it is in the reader's own library (which updates as it grows).
 * Similarity is the geometric mean of both sides' covered term mass, lowered when both
 * articles state publication times far apart.
 */
import type { StoredTerms } from '../library/db';
import { STORY_INDEX_TERMS, STORY_TERMS, type StoryTerms } from './keys';

/** Articles below this similarity are not the same story. */
export const STORY_THRESHOLD = 0.2;
/** At least this many distinctive terms must be shared. */
export const MIN_SHARED_TERMS = 3;
/** Pre-ranking: at least this many of a stored article's indexed (strongest) terms must be the query's. */
export const MIN_INDEXED_SHARED = 2;
/** At most this many stored articles are treated as the same story. */
export const MAX_STORY_ARTICLES = 24;
/**
 * Candidates ranked by their indexed terms whose rows are read for the exact similarity: as many
 * as may be chosen (50 read twice as many rows for the same choice at 10k articles, and let a few
 * more articles of other events through on AllSides).
 */
export const PRE_RANK = MAX_STORY_ARTICLES;

/** A stored article judged to cover the same story. */
export interface StoryMatch {
  articleId: number;
  similarity: number;
}

/** Discount of a term listed by `df` of `n` stored articles: 1 for rare, towards 0 for ubiquitous. */
export function localRarity(df: number, n: number): number {
  if (df <= 2 || n < 8) return 1;
  const r = Math.log((n + 1) / df) / Math.log((n + 1) / 2);
  return Math.min(1, Math.max(0.05, r));
}

/**
 * Local rarity of a term from its index hits: each article indexes only its strongest
 * {@link STORY_INDEX_TERMS} of {@link STORY_TERMS} terms, so a term indexed by `hits` articles is
 * listed by about `hits × STORY_TERMS / STORY_INDEX_TERMS` of them.
 */
function indexedRarity(hits: number, n: number): number {
  return localRarity((hits * STORY_TERMS) / STORY_INDEX_TERMS, n);
}

/** All story terms of a stored row, strongest first (indexed ones, then `more`), aligned with its weights. */
export function rowTerms(row: Pick<StoredTerms, 'terms' | 'more'>): string[] {
  return row.more ? [...row.terms, ...row.more] : row.terms;
}

/** Candidate article ids ranked by the query's covered term mass (cheap, from index hits only). */
export function preRank(query: StoryTerms, termArticles: Map<string, number[]>, n: number, exclude: (id: number) => boolean): number[] {
  const mass = new Map<number, number>();
  const count = new Map<number, number>();
  query.terms.forEach((t, i) => {
    const ids = termArticles.get(t);
    if (!ids) return;
    const w = query.weights[i] * indexedRarity(ids.length, n);
    for (const id of ids) {
      if (exclude(id)) continue;
      mass.set(id, (mass.get(id) ?? 0) + w);
      count.set(id, (count.get(id) ?? 0) + 1);
    }
  });
  return [...mass.keys()]
    .filter((id) => (count.get(id) ?? 0) >= MIN_INDEXED_SHARED)
    .sort((a, b) => mass.get(b)! - mass.get(a)! || a - b)
    .slice(0, PRE_RANK);
}

/** Similarity of the query with one stored article's terms (see module doc). */
export function storySimilarity(
  query: StoryTerms, queryTime: number | null, other: StoredTerms, termArticles: Map<string, number[]>, n: number,
): number {
  const rarity = (t: string) => {
    const ids = termArticles.get(t);
    return ids ? indexedRarity(ids.length, n) : 0.05;
  };
  const qIndex = new Map(query.terms.map((t, i) => [t, i]));
  let qTotal = 0;
  let qShared = 0;
  query.terms.forEach((t, i) => (qTotal += query.weights[i] * rarity(t)));
  let oTotal = 0;
  let oShared = 0;
  let shared = 0;
  rowTerms(other).forEach((t, i) => {
    const qi = qIndex.get(t);
    if (qi === undefined) {
      oTotal += other.weights[i];
      return;
    }
    const r = rarity(t);
    oTotal += other.weights[i] * r;
    oShared += other.weights[i] * r;
    qShared += query.weights[qi] * r;
    shared++;
  });
  if (shared < MIN_SHARED_TERMS || qTotal === 0 || oTotal === 0) return 0;
  const sim = Math.sqrt((qShared / qTotal) * (oShared / oTotal));
  return sim * timeFactor(queryTime, other.time);
}

/** 1 within a week; lower when both publication times are known and far apart. */
export function timeFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return 1;
  const days = Math.abs(a - b) / 86_400_000;
  return days <= 7 ? 1 : days <= 30 ? 0.75 : 0.5;
}

/** The stored articles covering the same story, best first. */
export function selectStories(
  query: StoryTerms, queryTime: number | null, rows: readonly StoredTerms[], termArticles: Map<string, number[]>, n: number,
): StoryMatch[] {
  return rows
    .map((r) => ({ articleId: r.articleId, similarity: storySimilarity(query, queryTime, r, termArticles, n) }))
    .filter((m) => m.similarity >= STORY_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || a.articleId - b.articleId)
    .slice(0, MAX_STORY_ARTICLES);
}
