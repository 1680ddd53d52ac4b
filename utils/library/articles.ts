/**
 * Storing, reading and deleting articles. A capture is one read-write transaction: outlet upsert,
 * identity lookup, article row, its claims (with candidate keys) and its story terms. Seeing an
 * article again updates it in place; a silent edit keeps the earlier wording as a revision.
 * Every capture is first fitted to the export limits (field-limits.ts `fitCapture`).
 */
import type { Claim } from '../claims/types';
import type { ExtractedArticle } from '../extract/types';
import { storyTerms, type StoryTerms } from '../match/keys';
import { articleParagraphs, withBody } from './article-body';
import { fromClaimRows, toClaimRows } from './claim-rows';
import { IndexEdits } from './candidate-index';
import type { LibraryDb, StoredTerms } from './db';
import { fitCapture } from './field-limits';
import { splitTerms } from './upgrades';
import { compactInts } from './int-list';
import { articleKey, articleTextHash } from './identity';
import { upsertOutlet } from './outlet-upsert';
import { changedClaims, nextRevisions } from './revisions';
import type { StoredArticle, StoredClaim, StoredClaimRow } from './types';

/** Result of {@link saveArticle}. */
export interface SaveResult {
  articleId: number;
  outletId: string;
  /** The outlet's display name as stored (a name the reader chose, or the best one seen for its domain). */
  outletName: string;
  /** False when an existing article was updated in place. */
  created: boolean;
  /** Claims reworded, removed or added since the previously stored version, as the revision lists them (0 for a new article). */
  changedClaims: number;
}

/** Publication time in ms, else null. */
export function publishedMs(publishedTime: string | null): number | null {
  if (!publishedTime) return null;
  const t = Date.parse(publishedTime);
  return Number.isFinite(t) ? t : null;
}

/** The story-terms row of an article (strongest terms indexed, weights packed: upgrades.ts, int-list.ts). */
export function termsRow(articleId: number, outletId: string, story: StoryTerms, publishedTime: string | null): StoredTerms {
  return splitTerms({ articleId, outletId, weights: compactInts(story.weights), time: publishedMs(publishedTime) }, story.terms);
}

/** One capture to store. */
export interface CaptureInput {
  article: ExtractedArticle;
  claims: Claim[];
}

/** Stores (or updates in place) one article with its claims, in one transaction. */
export async function saveArticle(
  db: LibraryDb, article: ExtractedArticle, claims: Claim[], opts: { now?: number } = {},
): Promise<SaveResult> {
  return (await saveArticles(db, [{ article, claims }], opts))[0];
}

/**
 * Stores many captures in one transaction (bulk loading, e.g. benchmarks and the CLI corpus):
 * the same rules as {@link saveArticle}, all or nothing.
 */
export async function saveArticles(db: LibraryDb, items: readonly CaptureInput[], opts: { now?: number } = {}): Promise<SaveResult[]> {
  const now = opts.now ?? Date.now();
  const prepared: PreparedCapture[] = items.map((item) => fitCapture(item.article, item.claims)).map(({ article, claims }) => ({
    article, texts: claims.map((c) => c.text), rows: toClaimRows(0, claims, article.paragraphs), story: storyTerms(article.title, article.paragraphs), hash: articleTextHash(article.paragraphs),
  }));
  return db.transaction('rw', [db.outlets, ...db.articleTables], async () => {
    const results: SaveResult[] = [];
    const edits = new IndexEdits();
    for (const p of prepared) results.push(await storeOne(db, p, now, edits));
    await edits.apply(db);
    return results;
  });
}

/** A capture with its rows computed outside the transaction (articleId set when stored). */
interface PreparedCapture {
  article: ExtractedArticle;
  texts: string[];
  rows: StoredClaimRow[];
  story: StoryTerms;
  hash: string;
}

/** The body of a capture; runs inside the caller's rw transaction, noting index changes in `edits`. */
async function storeOne(
  db: LibraryDb, p: PreparedCapture, now: number, edits: IndexEdits,
): Promise<SaveResult> {
  const { article, texts, rows, story, hash } = p;
  const outlet = await upsertOutlet(db, article.outlet, now);
  const key = articleKey(outlet.id, outlet.domains, article.canonicalUrl, article.paragraphs);
  const existing = await db.articles.where('key').equals(key).first();
  let changed = 0;
  let revisions = existing?.revisions;
  // Claim rows hold offsets into the paragraphs: they are kept only when the paragraphs are identical.
  const sameText = existing !== undefined && existing.textHash === hash && existing.claimCount === texts.length
    && sameStrings(articleParagraphs(existing), article.paragraphs);
  // The old claims row is needed only when the text changed (revisions, old claim keys); a revisit reads just the terms row.
  const [oldRow, oldTerms] = existing
    ? await Promise.all([sameText ? undefined : db.claims.get(existing.id!), db.terms.get(existing.id!)])
    : [];
  if (existing && !sameText) {
    const old = oldRow ? fromClaimRows([oldRow], existing) : [];
    const oldTexts = old.map((c) => c.text);
    const newTexts = texts;
    const changes = changedClaims(oldTexts, newTexts);
    changed = changes.length;
    revisions = nextRevisions(existing, article, changes, now);
  }
  const row: StoredArticle = withBody({
    key, outletId: outlet.id, url: article.url, canonicalUrl: article.canonicalUrl, title: article.title,
    byline: article.byline, publishedTime: article.publishedTime, lang: article.lang,
    firstSeen: existing ? Math.min(existing.firstSeen, now) : now,
    lastSeen: existing ? Math.max(existing.lastSeen, now) : now,
    claimCount: texts.length, truncated: article.truncated, textHash: hash,
    ...(revisions ? { revisions } : {}),
    ...(existing ? { id: existing.id } : {}),
  }, article.paragraphs);
  const articleId = await db.articles.put(row);
  const newRows = rows.map((r) => ({ ...r, articleId }));
  const newTerms = termsRow(articleId, outlet.id, story, article.publishedTime);
  // Unchanged text keeps its claims row and claim keys; the story terms may follow a new title.
  if (existing) edits.drop(articleId, sameText ? undefined : oldRow, oldTerms);
  edits.add(articleId, sameText ? undefined : newRows[0], newTerms);
  if (!sameText) {
    if (existing) await db.claims.delete(articleId);
    await db.claims.bulkPut(newRows);
  }
  await db.terms.put(newTerms);
  return { articleId, outletId: outlet.id, outletName: outlet.name, created: !existing, changedClaims: changed };
}

/** True when two lists of strings are equal, element by element (an article's paragraphs). */
export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Deletes one article with its claims and index rows; true when it existed. */
export async function forgetArticle(db: LibraryDb, id: number): Promise<boolean> {
  return db.transaction('rw', db.articleTables, async () => {
    const found = (await db.articles.get(id)) !== undefined;
    await deleteArticleRows(db, [id]);
    return found;
  });
}

/** Deletes articles, claims, terms and index postings of `ids`; call inside a rw transaction over `db.articleTables`. */
export async function deleteArticleRows(db: LibraryDb, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const [claimRows, termRows] = await Promise.all([db.claims.bulkGet(ids), db.terms.bulkGet(ids)]);
  const edits = new IndexEdits();
  ids.forEach((id, i) => edits.drop(id, claimRows[i], termRows[i]));
  await edits.apply(db);
  await db.claims.bulkDelete(ids);
  await db.terms.bulkDelete(ids);
  await db.articles.bulkDelete(ids);
}

/** One stored article, or undefined. */
export async function getArticle(db: LibraryDb, id: number): Promise<StoredArticle | undefined> {
  return db.articles.get(id);
}

/** The claims of one stored article, in article order. */
export async function getArticleClaims(db: LibraryDb, id: number): Promise<StoredClaim[]> {
  return db.transaction('r', [db.articles, db.claims], async () => {
    const [article, row] = await Promise.all([db.articles.get(id), db.claims.get(id)]);
    return article && row ? fromClaimRows([row], article) : [];
  });
}

/** Number of stored claims (the claims store holds one row per article: this sums `claimCount`). */
export async function countClaims(db: LibraryDb): Promise<number> {
  let n = 0;
  await db.articles.each((a) => (n += a.claimCount));
  return n;
}

/** Articles last seen before `cutoff` (ms), through the `lastSeen` index. */
function lastSeenBefore(db: LibraryDb, cutoff: number) {
  return db.articles.where('lastSeen').below(cutoff);
}

/** How many articles were last seen more than `ageMs` before `now` (what {@link deleteArticlesOlderThan} would delete). */
export function countArticlesOlderThan(db: LibraryDb, ageMs: number, now = Date.now()): Promise<number> {
  return lastSeenBefore(db, now - ageMs).count();
}

/**
 * Deletes articles last seen more than `ageMs` before `now`, in batches; returns how many. Each
 * batch is read again inside its own transaction, so an article seen again meanwhile (a capture
 * racing the sweep) is kept (regression: it was deleted right after being saved).
 */
export async function deleteArticlesOlderThan(db: LibraryDb, ageMs: number, now = Date.now()): Promise<number> {
  const cutoff = now - ageMs;
  const ids = await lastSeenBefore(db, cutoff).primaryKeys();
  let deleted = 0;
  for (let i = 0; i < ids.length; i += 500) {
    deleted += await db.transaction('rw', db.articleTables, async () => {
      const rows = await db.articles.bulkGet(ids.slice(i, i + 500));
      const stillOld = rows.filter((a) => a !== undefined && a.lastSeen < cutoff).map((a) => a!.id!);
      await deleteArticleRows(db, stillOld);
      return stillOld.length;
    });
  }
  return deleted;
}

/** Empties the whole library (outlets, articles, claims, index) in one transaction. */
export async function deleteEverything(db: LibraryDb): Promise<void> {
  const tables = [db.outlets, ...db.articleTables];
  await db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
}

export { listArticles, type ArticleQuery, type ArticlePage } from './article-list';
