/**
 * Paging the options page's article list with the sorts the table offers. Date (both ways) and
 * title (A→Z) are read page by page from the library's indexes; the other orders (outlet, claim
 * count, title Z→A) sort the matching articles in memory, up to {@link IN_MEMORY_SORT_CAP}.
 */
import type { LibraryDb } from '../../utils/library/db';
import { listArticles, type ArticlePage } from '../../utils/library/articles';
import type { StoredArticle } from '../../utils/library/types';

/** Sortable columns. */
export type ArticleColumn = 'title' | 'outlet' | 'date' | 'claims';

/** A table request. */
export interface ArticleTableQuery {
  query: string;
  column: ArticleColumn;
  descending: boolean;
  offset: number;
  limit: number;
}

/** Most articles sorted in memory for the orders without an index. */
export const IN_MEMORY_SORT_CAP = 20_000;

/** One page of the table; `outletName` maps outlet ids to display names. */
export async function loadArticlePage(db: LibraryDb, q: ArticleTableQuery, outletName: (id: string) => string): Promise<ArticlePage> {
  const base = { query: q.query || undefined, offset: q.offset, limit: q.limit };
  if (q.column === 'date') return listArticles(db, { ...base, sort: q.descending ? 'newest' : 'oldest' });
  if (q.column === 'title' && !q.descending) return listArticles(db, { ...base, sort: 'title' });
  const all = await listArticles(db, { query: base.query, sort: 'newest', offset: 0, limit: IN_MEMORY_SORT_CAP });
  const key = sortKey(q.column, outletName);
  const sign = q.descending ? -1 : 1;
  const sorted = [...all.articles].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return sign * (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb)));
  });
  return { total: all.total, articles: sorted.slice(q.offset, q.offset + q.limit) };
}

function sortKey(column: ArticleColumn, outletName: (id: string) => string): (a: StoredArticle) => string | number {
  if (column === 'outlet') return (a) => outletName(a.outletId).toLowerCase();
  if (column === 'claims') return (a) => a.claimCount;
  if (column === 'title') return (a) => a.title.toLowerCase();
  return (a) => a.lastSeen;
}
