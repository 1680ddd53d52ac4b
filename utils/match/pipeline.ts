/**
 * The matching pipeline: "this article + the library" → CoverageReport, in one read transaction.
 * 1. Candidates from the indexes (story terms, claim keys), never a scan of stored claims.
 * 2. Story step: stored articles of other outlets covering the same event.
 * 3. Alignment: each claim against those articles' claims (same-story prior), plus verbatim/near
 *    copies of distinctive claims found through claim keys in other stories.
 * 4. Boilerplate discount: a claim whose exact text recurs in articles sharing nothing else with
 *    this one is boilerplate (never linked, and left out of the story terms); a claim made of
 *    generic words only never links other stories.
 * The reads take three rounds of parallel requests (indexes and the query's outlet; term rows;
 * articles, claim rows and outlets): the query's sentences are prepared while the first round is
 * in flight, and each stored article's claims are screened as soon as its rows arrive in the last
 * (targets.ts); alignment prepares only those the prefilter passes.
 */
import type { Claim } from '../claims/types';
import type { ExtractedArticle, OutletRef } from '../extract/types';
import type { LibraryDb, StoredTerms } from '../library/db';
import { articleParagraphs } from '../library/article-body';
import { publishedMs } from '../library/articles';
import { findOutlet } from '../library/outlet-upsert';
import { fromClaimRows, toClaim } from '../library/claim-rows';
import { buildReport } from '../library/report';
import type { CoverageReport } from '../library/types';
import { alignClaims, type AlignTarget, type ClaimFlags } from './align';
import { readTargets } from './targets';
import { boilerplateClaims, crossArticles, lookupKeys, lookupTerms, type TermHits } from './candidates';
import { storyTerms, type StoryTerms } from './keys';
import { finishSentence, screenedClaimKeys, screenSentence, type PreparedSentence } from './prepare';
import { preRank, selectStories, storySimilarity } from './story';

/**
 * A claim with less content mass than this (a short or generic line such as "Police said the
 * investigation was continuing."), fewer than {@link GENERIC_MIN_CONTENT} content words, or whose
 * exact text is over the key cap, may not link other stories; inside a story it still matches.
 */
export const GENERIC_MASS = 2.5;
/**
 * A claim with fewer content words than this is generic (see {@link GENERIC_MASS}): it may not
 * link other stories, though inside a story it still matches.
 */
export const GENERIC_MIN_CONTENT = 6;
/** At most this many articles of other stories are checked for copies of this article's claims. */
export const MAX_CROSS_ARTICLES = 50;

/** Options of {@link findCoverage} and {@link findCoverageFor}. */
export interface CoverageOptions {
  /** Diagnostics: called with the prepared query, the alignment targets and the claims' flags before scoring. */
  onTargets?: (prepared: readonly PreparedSentence[], targets: readonly AlignTarget[], flags: readonly ClaimFlags[]) => void;
  /** Diagnostics: called as each round of reads completes (the benchmarks time them). */
  onRound?: (round: 'indexes' | 'rows') => void;
}

interface Query {
  articleId: number | null;
  /** The article's outlet id, when known; else `outlet` is looked up with the first round of reads. */
  outletId: string | null;
  outlet?: OutletRef;
  title: string;
  paragraphs: readonly string[];
  claims: Claim[];
  time: number | null;
  exclude: Set<number>;
  /** The claims are an excerpt (a selection): their order says nothing about their place in the story. */
  excerpt?: boolean;
}

/** Coverage of a stored article (an empty report when it is unknown). */
export async function findCoverage(db: LibraryDb, articleId: number, opts: CoverageOptions = {}): Promise<CoverageReport> {
  const found = await db.transaction('r', [db.articles, db.claims], async () => {
    const article = await db.articles.get(articleId);
    const row = article ? await db.claims.get(articleId) : undefined;
    // The text is decompressed once, for the claims and the story terms.
    const paragraphs = article ? articleParagraphs(article) : [];
    const claims = article && row ? fromClaimRows([row], { paragraphs }) : [];
    return { article, paragraphs, claims };
  });
  if (!found.article) return { articleId, claims: [], outlets: [], sameStory: [] };
  const a = found.article;
  return coverage(db, {
    articleId, outletId: a.outletId, title: a.title, paragraphs: found.paragraphs, claims: found.claims.map(toClaim),
    time: publishedMs(a.publishedTime), exclude: new Set([articleId]),
  }, opts);
}

/**
 * Coverage of an unsaved article or selection; its own outlet's articles are excluded. With
 * `excerpt`, the claims are a selection, so the sentence-order prior is not applied.
 */
export async function findCoverageFor(
  db: LibraryDb, input: { article: ExtractedArticle; claims: Claim[]; excludeArticleId?: number; excerpt?: boolean },
  opts: CoverageOptions = {},
): Promise<CoverageReport> {
  return coverage(db, {
    articleId: input.excludeArticleId ?? null, outletId: null, outlet: input.article.outlet, title: input.article.title,
    paragraphs: input.article.paragraphs, claims: input.claims, time: publishedMs(input.article.publishedTime),
    exclude: new Set(input.excludeArticleId !== undefined ? [input.excludeArticleId] : []), excerpt: input.excerpt,
  }, opts);
}

async function coverage(db: LibraryDb, q: Query, opts: CoverageOptions): Promise<CoverageReport> {
  // The query's claims are screened once: their tokens give the claim keys, and finishing them
  // prepares them for scoring.
  const screens = q.claims.map((c) => screenSentence(c.text));
  const keys = screens.map(screenedClaimKeys);
  let prepared: PreparedSentence[] = [];
  const data = await db.transaction('r', [db.terms, db.claims, db.articles, db.outlets, db.keyPostings, db.termPostings], async () => {
    // Round 1: both indexes at once (story terms of the whole text, corrected below if some claims
    // are boilerplate); the story terms are picked and the query's sentences prepared while
    // IndexedDB works.
    const keyLookup = lookupKeys(db, keys.flat());
    const outletLookup = q.outlet ? findOutlet(db, q.outlet) : undefined;
    const plain = storyTerms(q.title, q.paragraphs);
    const termLookup = lookupTerms(db, plain.terms);
    prepared = screens.map(finishSentence);
    const [keyHits, plainHits, outlet] = await Promise.all([keyLookup, termLookup, outletLookup]);
    opts.onRound?.('indexes');
    const outletId = q.outletId ?? outlet?.id ?? null;
    // Round 2: outlets of the key hits (boilerplate test) and the pre-ranked story candidates.
    const keyArticleIds = [...new Set([...keyHits.keyArticles.values()].flat())];
    const plainRanked = preRank(plain, plainHits.termArticles, plainHits.articleCount, (id) => q.exclude.has(id));
    const [keyTerms, plainRows] = await Promise.all([termRows(db, keyArticleIds), termRows(db, plainRanked)]);
    opts.onRound?.('rows');
    const outletOf = new Map([...keyTerms, ...plainRows].map((t) => [t.articleId, t.outletId]));
    const ignore = (id: number) => q.exclude.has(id) || outletOf.get(id) === outletId;
    const boilerplate = boilerplateClaims(keys, keyHits, ignore);
    const story = boilerplate.some(Boolean)
      ? await storyWithout(db, q, plainHits, plainRows, q.claims.filter((_, i) => boilerplate[i]))
      : { terms: plain, hits: plainHits, rows: plainRows };
    const rows = story.rows.filter((r) => r.outletId !== outletId);
    for (const r of story.rows) outletOf.set(r.articleId, r.outletId);
    const stories = selectStories(story.terms, q.time, rows, story.hits.termArticles, story.hits.articleCount);
    const storyIds = stories.map((s) => s.articleId);
    const generic = prepared.map((p, i) => p.mass < GENERIC_MASS || p.content.length < GENERIC_MIN_CONTENT || keyHits.commonKeys.has(keys[i][0]));
    // Articles of a related story (sharing distinctive terms, below the story threshold) may be
    // checked on weaker key evidence; only articles reached by one sketch key are asked about.
    const keyRows = new Map(keyTerms.map((r) => [r.articleId, r]));
    const relatedMemo = new Map<number, boolean>();
    const related = (a: number): boolean => {
      const row = keyRows.get(a);
      if (!relatedMemo.has(a)) relatedMemo.set(a, row !== undefined && storySimilarity(story.terms, q.time, row, story.hits.termArticles, story.hits.articleCount) > 0);
      return relatedMemo.get(a)!;
    };
    const crossIds = crossArticles(keys, keyHits, (i) => boilerplate[i] || generic[i], (a) => ignore(a) || storyIds.includes(a), MAX_CROSS_ARTICLES, related);
    // Round 3: the chosen articles, their claims and outlets; each article's claims are screened
    // for the prefilter as its rows arrive (targets.ts).
    const outletIds = [...new Set([...storyIds, ...crossIds].map((id) => outletOf.get(id)).filter((o): o is string => o !== undefined))];
    const crossKeys = new Set(keys.flatMap((ks, i) => (boilerplate[i] || generic[i] ? [] : ks)));
    const read = await readTargets(db, { stories, crossIds, crossKeys, outletIds, outletId });
    return { boilerplate, generic, stories, ...read };
  });
  const flags: ClaimFlags[] = prepared.map((_, i) => ({ boilerplate: data.boilerplate[i], generic: data.generic[i] }));
  const { targets, articles, outlets, stories } = data;
  opts.onTargets?.(prepared, targets, flags);
  const matches = alignClaims(prepared, flags, targets, q.excerpt ? [] : undefined);
  return buildReport(q.articleId, q.claims, matches, articles, outlets, stories);
}

/** Terms rows of `ids` (missing ones dropped). */
async function termRows(db: LibraryDb, ids: readonly number[]): Promise<StoredTerms[]> {
  return (await db.terms.bulkGet([...ids])).filter((r): r is StoredTerms => r !== undefined);
}

/**
 * The story step's inputs when some claims are boilerplate: terms of the text without them (so
 * boilerplate does not shape the story), looking up only terms and rows not already read.
 */
async function storyWithout(
  db: LibraryDb, q: Query, plainHits: TermHits, plainRows: readonly StoredTerms[], boilerplate: readonly Claim[],
): Promise<{ terms: StoryTerms; hits: TermHits; rows: StoredTerms[] }> {
  const terms = storyTerms(q.title, withoutClaims(q.paragraphs, boilerplate));
  const known = new Set(plainHits.looked);
  const extra = await lookupTerms(db, terms.terms.filter((t) => !known.has(t)));
  const hits: TermHits = { ...plainHits, termArticles: new Map([...plainHits.termArticles, ...extra.termArticles]) };
  const ranked = preRank(terms, hits.termArticles, hits.articleCount, (id) => q.exclude.has(id));
  const have = new Map(plainRows.map((r) => [r.articleId, r]));
  const fetched = await termRows(db, ranked.filter((id) => !have.has(id)));
  for (const r of fetched) have.set(r.articleId, r);
  return { terms, hits, rows: ranked.flatMap((id) => have.get(id) ?? []) };
}

/** Paragraphs with the given claims' text removed (so boilerplate does not shape the story terms). */
function withoutClaims(paragraphs: readonly string[], claims: readonly Claim[]): readonly string[] {
  if (claims.length === 0) return paragraphs;
  return paragraphs.map((p) => claims.reduce((text, c) => text.split(c.text).join(' '), p));
}
