/** The searchable, sortable article list of the options page, read page by page. */
import type { LibraryDb } from './db';
import type { StoredArticle } from './types';

/** Sort orders of the article list. */
export type ArticleSort = 'newest' | 'oldest' | 'title';

/** A list request; `query` matches title or URL, case-insensitively. */
export interface ArticleQuery {
  query?: string;
  outletId?: string;
  sort?: ArticleSort;
  offset?: number;
  limit?: number;
}

/** One page of the list plus the total number of matching articles. */
export interface ArticlePage {
  total: number;
  articles: StoredArticle[];
}

/** Lists articles (see {@link ArticleQuery}); default newest first, 50 per page. */
export async function listArticles(db: LibraryDb, q: ArticleQuery = {}): Promise<ArticlePage> {
  const sort = q.sort ?? 'newest';
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? 50);
  const needle = q.query?.trim().toLowerCase() ?? '';
  const matches = (a: StoredArticle) =>
    (!q.outletId || a.outletId === q.outletId) &&
    (!needle || a.title.toLowerCase().includes(needle) || (a.url ?? '').toLowerCase().includes(needle));
  if (q.outletId && !needle) {
    const all = await db.articles.where('outletId').equals(q.outletId).toArray();
    all.sort(comparator(sort));
    return { total: all.length, articles: all.slice(offset, offset + limit) };
  }
  const ordered = sort === 'title' ? db.articles.orderBy('title') : db.articles.orderBy('lastSeen');
  const collection = sort === 'newest' ? ordered.reverse() : ordered;
  if (!needle && !q.outletId) {
    const [total, articles] = await Promise.all([db.articles.count(), collection.offset(offset).limit(limit).toArray()]);
    return { total, articles };
  }
  const page: StoredArticle[] = [];
  let total = 0;
  await collection.filter(matches).each((a) => {
    if (total >= offset && page.length < limit) page.push(a);
    total++;
  });
  return { total, articles: page };
}

function comparator(sort: ArticleSort): (a: StoredArticle, b: StoredArticle) => number {
  if (sort === 'title') return (a, b) => a.title.localeCompare(b.title);
  if (sort === 'oldest') return (a, b) => a.lastSeen - b.lastSeen;
  return (a, b) => b.lastSeen - a.lastSeen;
}
