/**
 * The matching pipeline: "this article + the library" → CoverageReport, in one read transaction.
 * 1. Candidates from the indexes (story terms, claim keys), never a scan of stored claims.
 * 2. Story step: stored articles of other outlets covering the same event.
 * 3. Alignment: each claim against those articles' claims (same-story prior), plus verbatim/near
 *    copies of distinctive claims found through claim keys in other stories.
 * 4. Boilerplate discount: a claim whose exact text recurs in articles sharing nothing else with
 *    this one is boilerplate (never linked, and left out of the story terms); a claim made of
 *    generic words only never links other stories.
 */
import type { Claim } from '../claims/types';
import type { ExtractedArticle } from '../extract/types';
import type { LibraryDb, StoredTerms } from '../library/db';
import { publishedMs } from '../library/articles';
import { findOutlet } from '../library/outlet-upsert';
import { buildReport, toClaim } from '../library/report';
import type { CoverageReport, StoredArticle, StoredClaim, StoredOutlet } from '../library/types';
import { alignClaims, type AlignTarget, type ClaimFlags } from './align';
import { boilerplateClaims, lookupKeys, lookupTerms } from './candidates';
import { claimKeys, storyTerms } from './keys';
import { prepareSentence } from './prepare';
import { preRank, selectStories } from './story';

/**
 * A claim with fewer content words or less content mass than these (a short or generic line such
 * as "Police said the investigation was continuing."), or whose exact text is over the key cap,
 * may not link other stories; inside a story it still matches.
 */
export const GENERIC_MASS = 2.5;
export const GENERIC_MIN_CONTENT = 6;
/** At most this many articles of other stories are checked for copies of this article's claims. */
export const MAX_CROSS_ARTICLES = 50;

/** Options of {@link findCoverage} (reserved). */
export type CoverageOptions = Record<string, never>;

interface Query {
  articleId: number | null;
  outletId: string | null;
  title: string;
  paragraphs: readonly string[];
  claims: Claim[];
  time: number | null;
  exclude: Set<number>;
}

/** Coverage of a stored article (an empty report when it is unknown). */
export async function findCoverage(db: LibraryDb, articleId: number, _opts?: CoverageOptions): Promise<CoverageReport> {
  const found = await db.transaction('r', [db.articles, db.claims], async () => {
    const article = await db.articles.get(articleId);
    const claims = article ? await db.claims.where('articleId').equals(articleId).sortBy('index') : [];
    return { article, claims };
  });
  if (!found.article) return { articleId, claims: [], outlets: [] };
  const a = found.article;
  return coverage(db, {
    articleId, outletId: a.outletId, title: a.title, paragraphs: a.paragraphs, claims: found.claims.map(toClaim),
    time: publishedMs(a.publishedTime), exclude: new Set([articleId]),
  });
}

/** Coverage of an unsaved article or selection; its own outlet's articles are excluded. */
export async function findCoverageFor(
  db: LibraryDb, input: { article: ExtractedArticle; claims: Claim[]; excludeArticleId?: number },
): Promise<CoverageReport> {
  const outlet = await findOutlet(db, input.article.outlet);
  return coverage(db, {
    articleId: input.excludeArticleId ?? null, outletId: outlet?.id ?? null, title: input.article.title,
    paragraphs: input.article.paragraphs, claims: input.claims, time: publishedMs(input.article.publishedTime),
    exclude: new Set(input.excludeArticleId !== undefined ? [input.excludeArticleId] : []),
  });
}

async function coverage(db: LibraryDb, q: Query): Promise<CoverageReport> {
  const prepared = q.claims.map((c) => prepareSentence(c.text));
  const keys = q.claims.map((c) => claimKeys(c.text));
  const short = prepared.map((p) => p.mass < GENERIC_MASS || p.content.length < GENERIC_MIN_CONTENT);
  const data = await db.transaction('r', [db.terms, db.claims, db.articles, db.outlets], async () => {
    const keyHits = await lookupKeys(db, keys.flat());
    const keyClaimIds = [...new Set([...keyHits.keyClaims.values()].flat())];
    const keyRows = (await db.claims.bulkGet(keyClaimIds)).filter((c): c is StoredClaim => c !== undefined);
    const keyArticles = (await db.terms.bulkGet([...new Set(keyRows.map((c) => c.articleId))])).filter((t) => t !== undefined);
    const outletOf = new Map(keyArticles.map((t) => [t!.articleId, t!.outletId]));
    const ignore = (id: number) => q.exclude.has(id) || outletOf.get(id) === q.outletId;
    const boilerplate = boilerplateClaims(keys, keyHits, new Map(keyRows.map((c) => [c.id!, c.articleId])), ignore);
    const terms = storyTerms(q.title, withoutClaims(q.paragraphs, q.claims.filter((_, i) => boilerplate[i])));
    const termHits = await lookupTerms(db, terms.terms);
    const ranked = preRank(terms, termHits.termArticles, termHits.articleCount, (id) => q.exclude.has(id));
    const rows = (await db.terms.bulkGet(ranked)).filter((r): r is StoredTerms => r !== undefined && r.outletId !== q.outletId);
    const stories = selectStories(terms, q.time, rows, termHits.termArticles, termHits.articleCount);
    const storyIds = stories.map((s) => s.articleId);
    const storyClaims = await Promise.all(storyIds.map((id) => db.claims.where('articleId').equals(id).toArray()));
    const generic = short.map((g, i) => g || keyHits.commonKeys.has(keys[i][0]));
    const crossClaimIds = new Set(keys.flatMap((ks, i) => (boilerplate[i] || generic[i] ? [] : ks.flatMap((k) => keyHits.keyClaims.get(k) ?? []))));
    const crossRows = keyRows.filter((c) => crossClaimIds.has(c.id!) && !ignore(c.articleId) && !storyIds.includes(c.articleId));
    const crossIds = [...new Set(crossRows.map((c) => c.articleId))].slice(0, MAX_CROSS_ARTICLES);
    const articleRows = (await db.articles.bulkGet([...storyIds, ...crossIds])).filter((a): a is StoredArticle => a !== undefined);
    const outletRows = (await db.outlets.bulkGet([...new Set(articleRows.map((a) => a.outletId))])).filter((o): o is StoredOutlet => o !== undefined);
    return { boilerplate, generic, stories, storyClaims, crossRows, articleRows, outletRows };
  });
  const articles = new Map(data.articleRows.filter((a) => a.outletId !== q.outletId).map((a) => [a.id!, a]));
  const outlets = new Map(data.outletRows.map((o) => [o.id, o]));
  const storySet = new Set(data.stories.map((s) => s.articleId));
  const flags: ClaimFlags[] = prepared.map((_, i) => ({ boilerplate: data.boilerplate[i], generic: data.generic[i] }));
  const targets: AlignTarget[] = data.stories
    .map((s, i) => ({ articleId: s.articleId, claims: data.storyClaims[i], sameStory: true, similarity: s.similarity }))
    .filter((t) => articles.has(t.articleId));
  const cross = new Map<number, StoredClaim[]>();
  for (const c of data.crossRows) {
    if (!articles.has(c.articleId) || storySet.has(c.articleId)) continue;
    cross.set(c.articleId, [...(cross.get(c.articleId) ?? []), c]);
  }
  for (const [articleId, claims] of cross) targets.push({ articleId, claims, sameStory: false, similarity: 0 });
  const matches = alignClaims(prepared, flags, targets);
  return buildReport(q.articleId, q.claims, matches, articles, outlets);
}

/** Paragraphs with the given claims' text removed (so boilerplate does not shape the story terms). */
function withoutClaims(paragraphs: readonly string[], claims: readonly Claim[]): readonly string[] {
  if (claims.length === 0) return paragraphs;
  return paragraphs.map((p) => claims.reduce((text, c) => text.split(c.text).join(' '), p));
}
