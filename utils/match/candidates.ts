/**
 * Candidate lookup without scanning stored claims: many parallel `where(index).equals(key)`
 * queries in the caller's read transaction (never `anyOf` on the big multiEntry indexes). Each
 * lookup is capped: a term or key hitting more rows than the cap is too common to be evidence,
 * and is reported as such instead of being read.
 */
import type { LibraryDb } from '../library/db';

/** A story term shared by more stored articles than this is ignored. */
export const TERM_CAP = 400;
/** A claim key shared by more stored claims than this is ignored (boilerplate). */
export const KEY_CAP = 40;

/** What the claim-key index returned. */
export interface KeyHits {
  /** Claim key → ids of stored claims carrying it (keys over the cap are absent). */
  keyClaims: Map<number, number[]>;
  /** Claim keys that hit more than {@link KEY_CAP} claims. */
  commonKeys: Set<number>;
}

/** What the story-term index returned. */
export interface TermHits {
  /** Story term → ids of articles listing it (terms over the cap are absent). */
  termArticles: Map<string, number[]>;
  /** Number of stored articles (for local term rarity). */
  articleCount: number;
}

/** Looks up claim keys; call inside a read transaction over claims. */
export async function lookupKeys(db: LibraryDb, keys: readonly number[]): Promise<KeyHits> {
  const unique = [...new Set(keys)];
  const lists = await Promise.all(unique.map((k) => db.claims.where('keys').equals(k).limit(KEY_CAP + 1).primaryKeys()));
  const keyClaims = new Map<number, number[]>();
  const commonKeys = new Set<number>();
  unique.forEach((k, i) => {
    if (lists[i].length > KEY_CAP) commonKeys.add(k);
    else if (lists[i].length > 0) keyClaims.set(k, lists[i]);
  });
  return { keyClaims, commonKeys };
}

const counts = new WeakMap<LibraryDb, { n: number; at: number }>();
/** How long a library size stays cached: counting is O(n) in some browsers, and rarity needs no precision. */
const COUNT_TTL_MS = 30_000;

/** Number of stored articles, cached for {@link COUNT_TTL_MS}. */
export async function approximateArticleCount(db: LibraryDb, now = Date.now()): Promise<number> {
  const hit = counts.get(db);
  if (hit && now - hit.at < COUNT_TTL_MS) return hit.n;
  const n = await db.articles.count();
  counts.set(db, { n, at: now });
  return n;
}

/** Looks up story terms; call inside a read transaction over terms and articles. */
export async function lookupTerms(db: LibraryDb, terms: readonly string[]): Promise<TermHits> {
  const [lists, articleCount] = await Promise.all([
    Promise.all(terms.map((t) => db.terms.where('terms').equals(t).limit(TERM_CAP + 1).primaryKeys())),
    approximateArticleCount(db),
  ]);
  const termArticles = new Map<string, number[]>();
  terms.forEach((t, i) => {
    if (lists[i].length <= TERM_CAP) termArticles.set(t, lists[i]);
  });
  return { termArticles, articleCount };
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
export function boilerplateClaims(
  keys: readonly number[][], hits: KeyHits, articleOf: Map<number, number>, ignore: (articleId: number) => boolean,
): boolean[] {
  const support = new Map<number, Set<number>>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      for (const id of hits.keyClaims.get(k) ?? []) {
        const a = articleOf.get(id);
        if (a === undefined || ignore(a)) continue;
        if (!support.has(a)) support.set(a, new Set());
        support.get(a)!.add(i);
      }
    }
  });
  return keys.map((ks, i) => {
    const exact = ks[0];
    const lonely = new Set<number>();
    for (const id of hits.keyClaims.get(exact) ?? []) {
      const a = articleOf.get(id);
      if (a !== undefined && !ignore(a) && support.get(a)?.size === 1) lonely.add(a);
    }
    return lonely.size >= BOILERPLATE_ARTICLES;
  });
}
