/**
 * Bulk loading of a fresh library (benchmarks, research corpora): the same rows and table layout
 * as `saveArticle` (articles.ts) — outlet, article row, claim rows with candidate keys, story
 * terms — but many articles per transaction with bulkAdd, because storing 100k articles one
 * capture at a time would take an hour. An article whose identity key is already stored (or
 * repeated in `items`) is not stored again: its id is the stored one. Nothing is updated in place
 * (no revisions); use `saveArticles` for that. Items are fitted to the export limits first, as
 * captures are (field-limits.ts `fitCapture`).
 */
import type { Claim } from '../claims/types';
import type { ExtractedArticle } from '../extract/types';
import { storyTerms } from '../match/keys';
import { termsRow } from './articles';
import { withBody } from './article-body';
import { toClaimRows } from './claim-rows';
import { IndexEdits } from './candidate-index';
import type { LibraryDb } from './db';
import { fitCapture, fitOutletName } from './field-limits';
import { articleKey, articleTextHash, newOutletId } from './identity';
import type { StoredArticle, StoredOutlet } from './types';

/** One article to load, with its claims already split. */
export interface BulkItem {
  article: ExtractedArticle;
  claims: Claim[];
}

/** Articles per transaction. */
export const BULK_CHUNK = 1000;

/** Stores `items` (in order); returns their article ids, aligned with `items` (see module doc for repeats). */
export async function bulkSaveArticles(db: LibraryDb, items: readonly BulkItem[], now = Date.now()): Promise<number[]> {
  const ids: number[] = [];
  const outlets = new Map<string, StoredOutlet>();
  for (const o of await db.outlets.toArray()) outlets.set(o.id, o);
  const known = new Map<string, number>();
  for (let start = 0; start < items.length; start += BULK_CHUNK) {
    const chunk = items.slice(start, start + BULK_CHUNK).map((item) => fitCapture(item.article, item.claims));
    const fresh = new Map<string, StoredOutlet>();
    const rows: StoredArticle[] = chunk.map(({ article, claims }) => articleRow(article, claims.length, outletFor(article, outlets, fresh, now), now));
    const terms = chunk.map(({ article }) => storyTerms(article.title, article.paragraphs));
    const claimRows = chunk.map(({ article, claims }) => toClaimRows(0, claims, article.paragraphs));
    const chunkIds = await db.transaction('rw', [db.outlets, ...db.articleTables], async () => {
      if (fresh.size) await db.outlets.bulkPut([...fresh.values()]);
      const stored = await db.articles.where('key').anyOf(rows.map((r) => r.key)).toArray();
      for (const a of stored) known.set(a.key, a.id!);
      const taken = new Set(known.keys());
      const add = rows.map((_, i) => i).filter((i) => !taken.has(rows[i].key) && taken.add(rows[i].key) !== undefined);
      const got = (await db.articles.bulkAdd(add.map((i) => rows[i]), { allKeys: true })) as number[];
      add.forEach((i, j) => known.set(rows[i].key, got[j]));
      const newClaims = add.map((i, j) => claimRows[i].map((c) => ({ ...c, articleId: got[j] })));
      const newTerms = add.map((i, j) => termsRow(got[j], rows[i].outletId, terms[i], chunk[i].article.publishedTime));
      const edits = new IndexEdits();
      add.forEach((_, j) => edits.add(got[j], newClaims[j][0], newTerms[j]));
      await Promise.all([db.claims.bulkAdd(newClaims.flat()), db.terms.bulkPut(newTerms), edits.apply(db)]);
      return rows.map((r) => known.get(r.key)!);
    });
    ids.push(...chunkIds);
  }
  return ids;
}

/** The outlet of a new article: known, else created (and listed in `fresh` to be stored). */
function outletFor(article: ExtractedArticle, outlets: Map<string, StoredOutlet>, fresh: Map<string, StoredOutlet>, now: number): StoredOutlet {
  const id = newOutletId(article.outlet);
  let outlet = outlets.get(id);
  if (!outlet) {
    outlet = {
      id, name: fitOutletName(article.outlet.name) || article.outlet.domain || 'Unknown',
      domains: article.outlet.domain ? [article.outlet.domain] : [], wire: false, groups: [], firstSeen: now, lastSeen: now,
    };
    outlets.set(id, outlet);
    fresh.set(id, outlet);
  }
  return outlet;
}

function articleRow(article: ExtractedArticle, claimCount: number, outlet: StoredOutlet, now: number): StoredArticle {
  return withBody({
    key: articleKey(outlet.id, outlet.domains, article.canonicalUrl, article.paragraphs), outletId: outlet.id, url: article.url,
    canonicalUrl: article.canonicalUrl, title: article.title, byline: article.byline, publishedTime: article.publishedTime,
    lang: article.lang, firstSeen: now, lastSeen: now, claimCount,
    truncated: article.truncated, textHash: articleTextHash(article.paragraphs),
  }, article.paragraphs);
}
