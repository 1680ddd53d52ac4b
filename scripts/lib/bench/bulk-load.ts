/**
 * Bulk loading of a benchmark library: the same rows and table layout as `saveArticle`
 * (utils/library/articles.ts) — outlet, article row, claim rows with candidate keys, story
 * terms — but written in chunks of many articles per transaction with bulkAdd, because storing
 * 100k articles one capture at a time would take an hour. It assumes a fresh library (no
 * identity lookups, no revisions). Candidate for utils/library (see the bench report).
 */
import type { Claim } from '../../../utils/claims/types';
import type { ExtractedArticle } from '../../../utils/extract/types';
import type { LibraryDb } from '../../../utils/library/db';
import { claimRow, publishedMs } from '../../../utils/library/articles';
import { articleKey, articleTextHash, newOutletId } from '../../../utils/library/identity';
import type { StoredArticle, StoredOutlet } from '../../../utils/library/types';
import { storyTerms } from '../../../utils/match/keys';

/** One article to load, with its claims already split. */
export interface BulkItem {
  article: ExtractedArticle;
  claims: Claim[];
}

/** Articles per transaction. */
export const BULK_CHUNK = 1000;

/** Stores `items` (in order) into a fresh library; returns their article ids, aligned with `items`. */
export async function bulkSaveArticles(db: LibraryDb, items: readonly BulkItem[], now = Date.now()): Promise<number[]> {
  const ids: number[] = [];
  const outlets = new Map<string, StoredOutlet>();
  for (const o of await db.outlets.toArray()) outlets.set(o.id, o);
  for (let start = 0; start < items.length; start += BULK_CHUNK) {
    const chunk = items.slice(start, start + BULK_CHUNK);
    const fresh = new Map<string, StoredOutlet>();
    const rows: StoredArticle[] = chunk.map(({ article, claims }) => {
      const outletId = newOutletId(article.outlet);
      let outlet = outlets.get(outletId);
      if (!outlet) {
        outlet = {
          id: outletId, name: article.outlet.name.trim() || article.outlet.domain || 'Unknown',
          domains: article.outlet.domain ? [article.outlet.domain] : [], wire: false, groups: [], firstSeen: now, lastSeen: now,
        };
        outlets.set(outletId, outlet);
        fresh.set(outletId, outlet);
      }
      return {
        key: articleKey(outletId, outlet.domains, article.canonicalUrl, article.paragraphs), outletId, url: article.url,
        canonicalUrl: article.canonicalUrl, title: article.title, byline: article.byline, publishedTime: article.publishedTime,
        lang: article.lang, firstSeen: now, lastSeen: now, paragraphs: article.paragraphs, claimCount: claims.length,
        truncated: article.truncated, textHash: articleTextHash(article.paragraphs),
      };
    });
    const terms = chunk.map(({ article }) => storyTerms(article.title, article.paragraphs));
    const claimRows = chunk.map(({ claims }) => claims.map(claimRow));
    const chunkIds = await db.transaction('rw', [db.outlets, db.articles, db.claims, db.terms], async () => {
      if (fresh.size) await db.outlets.bulkPut([...fresh.values()]);
      const got = (await db.articles.bulkAdd(rows, { allKeys: true })) as number[];
      await db.claims.bulkAdd(claimRows.flatMap((cs, i) => cs.map((c) => ({ ...c, articleId: got[i] }))));
      await db.terms.bulkPut(
        chunk.map(({ article }, i) => ({
          articleId: got[i], outletId: rows[i].outletId, terms: terms[i].terms, weights: terms[i].weights,
          time: publishedMs(article.publishedTime),
        })),
      );
      return got;
    });
    ids.push(...chunkIds);
  }
  return ids;
}
