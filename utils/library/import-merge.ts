/**
 * Phase 2 of an import: merge the staged file into the library in ONE read-write transaction,
 * reading the staging database in pages. A transaction cannot span two databases, and IndexedDB
 * commits a transaction as soon as it has no pending request, so each staging read goes through
 * `Dexie.waitFor`, which keeps the library transaction alive with dummy requests meanwhile
 * (verified in fake-indexeddb and in Chromium: a plain await of the other database commits the
 * transaction early; with `waitFor` a failure after thousands of writes rolls all of them back).
 * So any failure — a quota error, a crash, the page closing — leaves the library as it was.
 * The transaction's change record is kept constant-size (import-observe.ts).
 *
 * Outlets merge by id, else by a shared alias domain; articles merge by identity key, recomputed
 * under the receiving outlet; the newer capture's content wins, firstSeen keeps the minimum and
 * lastSeen the maximum. An article counts as `unchanged` when the import leaves its content as
 * stored: the stored capture is as new or newer (it is kept), or the file's newer capture has the
 * same content ({@link sameContent}; only its lastSeen is taken). Only a real change of content
 * counts as `updated`. An article the file lists twice is counted once. A copy whose file listed
 * statements its text does not hold may add an article but never replaces a stored one.
 */
import Dexie from 'dexie';
import { storyTerms } from '../match/keys';
import { sameStrings, termsRow } from './articles';
import { articleParagraphs, withBody } from './article-body';
import { fromClaimRows, toClaim, toClaimRows } from './claim-rows';
import { IndexEdits } from './candidate-index';
import type { LibraryDb } from './db';
import type { ExportedArticle } from './export-format';
import { articleKey } from './identity';
import { combinedOutlet } from './outlets';
import { markWholeTablesChanged } from './import-observe';
import type { ImportStaging } from './import-staging';
import type { ArticleRevision, StoredArticle, StoredOutlet } from './types';

/** Counts of a finished merge: outlets in the file, and articles added, changed or left as they were. */
export interface MergeCounts {
  outlets: number;
  /** Articles new to the library. */
  added: number;
  /** Articles already in the library whose content the import changed. */
  updated: number;
  /** Articles already in the library whose content the import left as it was (see the module comment). */
  unchanged: number;
}

/** What merging one article did. */
type ArticleOutcome = 'added' | 'updated' | 'unchanged';

/** Which outcome an article listed twice is counted by: the strongest. */
const RANK: Record<ArticleOutcome, number> = { unchanged: 0, updated: 1, added: 2 };

/** Merges `outlets` and every staged article; calls `onMerged(done)` after each page. */
export async function mergeStaged(
  db: LibraryDb, staging: ImportStaging, outlets: readonly StoredOutlet[], pageSize: number,
  onMerged: (articles: number) => void = () => {},
): Promise<MergeCounts> {
  const tables = [db.outlets, ...db.articleTables];
  return db.transaction('rw', tables, async () => {
    markWholeTablesChanged(db, tables);
    const outletMap = new Map<string, StoredOutlet>();
    for (const o of outlets) outletMap.set(o.id, await mergeOutlet(db, o));
    const counts: MergeCounts = { outlets: outletMap.size, added: 0, updated: 0, unchanged: 0 };
    // An article listed twice in the file is counted once, by what the import did to it overall.
    const outcomes = new Map<number, ArticleOutcome>();
    let last = 0;
    let done = 0;
    for (;;) {
      const page = await Dexie.waitFor(Dexie.ignoreTransaction(() => staging.page(last, pageSize)));
      if (page.length === 0) break;
      const edits = new IndexEdits();
      for (const { article, dropped } of page) {
        const [id, outcome] = await mergeArticle(db, outletMap.get(article.outletId)!, article, (dropped ?? 0) > 0, edits);
        const before = outcomes.get(id);
        if (before !== undefined && RANK[before] >= RANK[outcome]) continue;
        if (before !== undefined) counts[before]--;
        counts[outcome]++;
        outcomes.set(id, outcome);
      }
      await edits.apply(db);
      last = page[page.length - 1].seq!;
      done += page.length;
      onMerged(done);
    }
    return counts;
  });
}

/**
 * Merges one article into `outlet`, inside the caller's transaction, noting index changes in
 * `edits`; returns the stored article's id and what was done. A copy that lost claims on the way in
 * (`damaged`: the file listed statements its text does not hold) never replaces a stored one.
 */
async function mergeArticle(
  db: LibraryDb, outlet: StoredOutlet, a: ExportedArticle, damaged: boolean, edits: IndexEdits,
): Promise<[number, ArticleOutcome]> {
  // The file's own `key` is never used: a forged one could otherwise make a second copy of an article.
  const key = articleKey(outlet.id, outlet.domains, a.canonicalUrl, a.paragraphs);
  const existing = await db.articles.where('key').equals(key).first();
  if (existing && (damaged || existing.lastSeen >= a.lastSeen || await sameContent(db, existing, a))) {
    const seen = { firstSeen: Math.min(existing.firstSeen, a.firstSeen), lastSeen: Math.max(existing.lastSeen, a.lastSeen) };
    if (seen.firstSeen !== existing.firstSeen || seen.lastSeen !== existing.lastSeen) await db.articles.update(existing.id!, seen);
    return [existing.id!, 'unchanged'];
  }
  const { claims, ...fields } = a;
  const row: StoredArticle = withBody({ ...fields, key, outletId: outlet.id, ...(existing ? { id: existing.id, firstSeen: Math.min(existing.firstSeen, a.firstSeen) } : {}) }, a.paragraphs);
  const articleId = await db.articles.put(row);
  if (existing) {
    const [oldClaims, oldTerms] = await Promise.all([db.claims.get(articleId), db.terms.get(articleId)]);
    edits.drop(articleId, oldClaims, oldTerms);
    await db.claims.delete(articleId);
  }
  const claimRows = toClaimRows(articleId, claims.map((c) => toClaim({ ...c, articleId })), a.paragraphs);
  const terms = termsRow(articleId, outlet.id, storyTerms(a.title, a.paragraphs), a.publishedTime);
  edits.add(articleId, claimRows[0], terms);
  await db.claims.bulkAdd(claimRows);
  await db.terms.put(terms);
  return [articleId, existing ? 'updated' : 'added'];
}

/**
 * True when the imported article's content equals the stored one's: title, byline, url,
 * canonicalUrl, publishedTime, lang, truncated, textHash, revisions, paragraphs and claims (every
 * exported claim field). firstSeen and lastSeen are not content: the merge keeps the earliest and
 * the latest of them anyway. The stored text is unpacked only when the other fields agree.
 */
async function sameContent(db: LibraryDb, stored: StoredArticle, a: ExportedArticle): Promise<boolean> {
  if (
    stored.title !== a.title || stored.byline !== a.byline || stored.url !== a.url || stored.canonicalUrl !== a.canonicalUrl ||
    stored.publishedTime !== a.publishedTime || stored.lang !== a.lang || stored.truncated !== a.truncated ||
    stored.claimCount !== a.claimCount || (stored.textHash ?? null) !== (a.textHash ?? null) ||
    !sameRevisions(stored.revisions ?? [], a.revisions ?? [])
  ) return false;
  if (!sameStrings(articleParagraphs(stored), a.paragraphs)) return false;
  const claims = fromClaimRows(await db.claims.where('articleId').equals(stored.id!).toArray(), stored);
  return claims.length === a.claims.length && claims.every((c, i) => {
    const o = a.claims[i];
    return c.cid === o.cid && c.index === o.index && c.paragraph === o.paragraph && c.start === o.start && c.end === o.end &&
      c.text === o.text && c.prefix === o.prefix && c.suffix === o.suffix && c.quote === o.quote;
  });
}

/** True when two lists of earlier wordings are the same, field by field. */
function sameRevisions(x: readonly ArticleRevision[], y: readonly ArticleRevision[]): boolean {
  return x.length === y.length && x.every((r, i) => {
    const o = y[i];
    return r.seenAt === o.seenAt && r.changedAt === o.changedAt && r.changes.length === o.changes.length &&
      r.changes.every((c, j) => c.before === o.changes[j].before && c.after === o.changes[j].after);
  });
}

/** The local outlet an imported one lands in: same id, else one sharing a domain, else a new one. */
async function mergeOutlet(db: LibraryDb, o: StoredOutlet): Promise<StoredOutlet> {
  let local = await db.outlets.get(o.id);
  for (const d of o.domains) {
    if (local) break;
    local = await db.outlets.where('domains').equals(d).first();
  }
  if (!local) {
    await db.outlets.put(o);
    return o;
  }
  const merged = combinedOutlet(local, o);
  await db.outlets.put(merged);
  return merged;
}
