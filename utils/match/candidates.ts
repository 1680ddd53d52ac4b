/**
 * Candidate lookup without scanning stored claims: one bulk read of the postings buckets of the
 * query's claim keys, and one of its story terms (candidate-index.ts), in the caller's read
 * transaction. A term or key found in more articles than its cap is too common to be evidence,
 * and is reported as such instead of listed.
 */
import { KEY_BUCKETS, lookupPostings, termHash, TERM_BUCKETS } from '../library/candidate-index';
import type { LibraryDb } from '../library/db';
import { forgetIfShrunk, recentlyCommon, rememberCommon } from './common-terms';

/** A story term shared by more stored articles than this is ignored. */
export const TERM_CAP = 400;
/** A claim key found in more stored articles than this is ignored (boilerplate). */
export const KEY_CAP = 40;

/** What the claim-key index (`keyPostings`) returned. */
export interface KeyHits {
  /** Claim key → ids of the stored articles with a claim carrying it (keys over the cap are absent). */
  keyArticles: Map<number, number[]>;
  /** Claim keys found in more than {@link KEY_CAP} articles. */
  commonKeys: Set<number>;
}

/** What the story-term index (`termPostings`) returned. */
export interface TermHits {
  /** Story term → ids of articles listing it (terms over the cap are absent). */
  termArticles: Map<string, number[]>;
  /** Number of stored articles (for local term rarity). */
  articleCount: number;
  /** The terms looked up (including those over the cap). */
  looked: string[];
}

/** Looks up claim keys; call inside a read transaction over `keyPostings`. */
export async function lookupKeys(db: LibraryDb, keys: readonly number[]): Promise<KeyHits> {
  const found = await lookupPostings(db.keyPostings, KEY_BUCKETS, keys);
  const keyArticles = new Map<number, number[]>();
  const commonKeys = new Set<number>();
  for (const [k, list] of found) {
    if (list.length > KEY_CAP) commonKeys.add(k);
    else keyArticles.set(k, list);
  }
  return { keyArticles, commonKeys };
}

const counts = new WeakMap<LibraryDb, { n: number; at: number }>();
/** How long a library size stays cached: rarity needs no precision. */
const COUNT_TTL_MS = 30_000;

/**
 * Number of stored articles, approximately: the highest article id (one cursor step; counting is
 * O(n) in Chromium, 50+ ms at 10k articles), cached for {@link COUNT_TTL_MS}. Deleted articles
 * make it an overestimate, which only makes terms look slightly rarer.
 */
async function approximateArticleCount(db: LibraryDb, now = Date.now()): Promise<number> {
  const hit = counts.get(db);
  if (hit && now - hit.at < COUNT_TTL_MS) return hit.n;
  const n = ((await db.articles.toCollection().lastKey()) as number | undefined) ?? 0;
  counts.set(db, { n, at: now });
  return n;
}

/**
 * Looks up story terms; call inside a read transaction over `termPostings` and articles. A term
 * found over the cap recently is not looked up again (common-terms.ts).
 */
export async function lookupTerms(db: LibraryDb, terms: readonly string[]): Promise<TermHits> {
  const skipped = terms.filter((t) => recentlyCommon(db, t));
  const read = terms.filter((t) => !skipped.includes(t));
  const hashes = read.map(termHash);
  const [found, articleCount] = await Promise.all([lookupPostings(db.termPostings, TERM_BUCKETS, hashes), approximateArticleCount(db)]);
  forgetIfShrunk(db, skipped, articleCount);
  const termArticles = new Map<string, number[]>();
  read.forEach((t, i) => {
    const list = found.get(hashes[i]) ?? [];
    if (list.length <= TERM_CAP) termArticles.set(t, list);
    else rememberCommon(db, t, articleCount);
  });
  return { termArticles, articleCount, looked: [...terms] };
}

/** A claim whose exact text occurs in this many other articles that share nothing else with the query is boilerplate. */
export const BOILERPLATE_ARTICLES = 3;

/**
 * Boilerplate test per query claim (Churnalism's "fragments common across many documents"): it
 * occurs in {@link BOILERPLATE_ARTICLES} or more stored articles (of other outlets) with which the
 * query shares no other claim key. A wire sentence copied by many outlets is not boilerplate:
 * those copies share further claims with the query. (An exact text over the key cap is not read;
 * the pipeline then keeps that claim inside its story, see `commonKeys`.)
 */
export function boilerplateClaims(keys: readonly number[][], hits: KeyHits, ignore: (articleId: number) => boolean): boolean[] {
  const support = new Map<number, Set<number>>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      for (const a of hits.keyArticles.get(k) ?? []) {
        if (ignore(a)) continue;
        if (!support.has(a)) support.set(a, new Set());
        support.get(a)!.add(i);
      }
    }
  });
  return keys.map((ks) => {
    const lonely = (hits.keyArticles.get(ks[0]) ?? []).filter((a) => !ignore(a) && support.get(a)?.size === 1);
    return lonely.length >= BOILERPLATE_ARTICLES;
  });
}

/**
 * Sketch keys of one claim an article of an unrelated story must carry to be checked for a copy of
 * it without sharing its exact text: a near copy keeps both of its rarest bigrams, while one
 * bigram alone (a name and a title, "Bank England") recurs across unrelated stories. An article
 * of a related story (sharing distinctive terms, below the story threshold) needs only one: the
 * same quotation cut differently by two outlets of one event often keeps only one of them. A claim
 * with fewer sketch keys (one rare bigram only) reaches unrelated stories by its exact key alone,
 * which is what a verbatim copy carries.
 */
export const CROSS_SKETCH_HITS = 2;

/**
 * Articles of other stories to check for copies: those carrying a distinctive claim's exact key,
 * or {@link CROSS_SKETCH_HITS} of its sketch keys (one when `related`), most query claims first,
 * at most `cap`.
 */
export function crossArticles(
  keys: readonly number[][], hits: KeyHits, skipClaim: (i: number) => boolean, skipArticle: (id: number) => boolean, cap: number,
  related: (id: number) => boolean = () => false,
): number[] {
  const support = new Map<number, number>();
  keys.forEach((ks, i) => {
    if (skipClaim(i)) return;
    const found = new Set(hits.keyArticles.get(ks[0]) ?? []);
    const sketchHits = new Map<number, number>();
    for (const k of ks.slice(1)) for (const a of hits.keyArticles.get(k) ?? []) sketchHits.set(a, (sketchHits.get(a) ?? 0) + 1);
    for (const [a, n] of sketchHits) if (n >= CROSS_SKETCH_HITS || related(a)) found.add(a);
    for (const a of found) if (!skipArticle(a)) support.set(a, (support.get(a) ?? 0) + 1);
  });
  return [...support.keys()].sort((a, b) => support.get(b)! - support.get(a)! || a - b).slice(0, cap);
}
