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
 * under the receiving outlet; the newer capture's content wins and firstSeen keeps the minimum.
 */
import Dexie from 'dexie';
import { storyTerms } from '../match/keys';
import { termsRow } from './articles';
import { withBody } from './article-body';
import { toClaim, toClaimRows } from './claim-rows';
import { IndexEdits } from './candidate-index';
import type { LibraryDb } from './db';
import type { ExportedArticle } from './export-format';
import { articleKey } from './identity';
import { combinedOutlet } from './outlets';
import { markWholeTablesChanged } from './import-observe';
import type { ImportStaging } from './import-staging';
import type { StoredArticle, StoredOutlet } from './types';

/** Counts of a finished merge. */
export interface MergeCounts {
  outlets: number;
  added: number;
  updated: number;
}

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
    const counts: MergeCounts = { outlets: outletMap.size, added: 0, updated: 0 };
    let last = 0;
    let done = 0;
    for (;;) {
      const page = await Dexie.waitFor(Dexie.ignoreTransaction(() => staging.page(last, pageSize)));
      if (page.length === 0) break;
      const edits = new IndexEdits();
      for (const { article } of page) {
        counts[await mergeArticle(db, outletMap.get(article.outletId)!, article, edits)]++;
      }
      await edits.apply(db);
      last = page[page.length - 1].seq!;
      done += page.length;
      onMerged(done);
    }
    return counts;
  });
}

/** Merges one article into `outlet`, inside the caller's transaction, noting index changes in `edits`. */
async function mergeArticle(db: LibraryDb, outlet: StoredOutlet, a: ExportedArticle, edits: IndexEdits): Promise<'added' | 'updated'> {
  const key = articleKey(outlet.id, outlet.domains, a.canonicalUrl, a.paragraphs);
  const existing = await db.articles.where('key').equals(key).first();
  if (existing && existing.lastSeen >= a.lastSeen) {
    if (a.firstSeen < existing.firstSeen) await db.articles.update(existing.id!, { firstSeen: a.firstSeen });
    return 'updated';
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
  return existing ? 'updated' : 'added';
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
