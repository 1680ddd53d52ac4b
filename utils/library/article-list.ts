/**
 * The searchable, sortable article list of the options page, read page by page. A search matches
 * titles, URLs and outlet display names by words, ignoring case, accents and extra spaces; it
 * reads the article rows through the list's own index order and never unpacks an article's text.
 */
import type { LibraryDb } from './db';
import type { StoredArticle } from './types';

/** Sort orders of the article list. */
export type ArticleSort = 'newest' | 'oldest' | 'title';

/**
 * A list request. `query` is split into words ({@link searchWords}); an article matches when
 * every word occurs, in any order, in its title, its URL or its outlet's display name.
 */
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

/**
 * `text` folded for searching: lower-cased, decomposed (NFKD) with its combining marks removed,
 * so "Hrozí" and "ﬁnal" read as "hrozi" and "final"; whitespace runs become one space.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/\s+/g, ' ').trim();
}

/** The words of a search query, folded ({@link foldForSearch}); none for a blank query. */
export function searchWords(query: string | undefined): string[] {
  const folded = foldForSearch(query ?? '');
  return folded ? folded.split(' ') : [];
}

/** Lists articles (see {@link ArticleQuery}); default newest first, 50 per page. */
export async function listArticles(db: LibraryDb, q: ArticleQuery = {}): Promise<ArticlePage> {
  const sort = q.sort ?? 'newest';
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? 50);
  const words = searchWords(q.query);
  if (q.outletId && words.length === 0) {
    const all = await db.articles.where('outletId').equals(q.outletId).toArray();
    all.sort(comparator(sort));
    return { total: all.length, articles: all.slice(offset, offset + limit) };
  }
  const ordered = sort === 'title' ? db.articles.orderBy('title') : db.articles.orderBy('lastSeen');
  const collection = sort === 'newest' ? ordered.reverse() : ordered;
  if (words.length === 0 && !q.outletId) {
    const [total, articles] = await Promise.all([db.articles.count(), collection.offset(offset).limit(limit).toArray()]);
    return { total, articles };
  }
  const found = words.length > 0 ? await searchMatcher(db, words) : () => true;
  const matches = (a: StoredArticle) => (!q.outletId || a.outletId === q.outletId) && found(a);
  const page: StoredArticle[] = [];
  let total = 0;
  await collection.filter(matches).each((a) => {
    if (total >= offset && page.length < limit) page.push(a);
    total++;
  });
  return { total, articles: page };
}

/**
 * A test for one article: every one of `words` (folded) occurs in its title, URL, canonical URL
 * or outlet name. The outlets' names are read once, from the outlets table, for the whole search.
 */
async function searchMatcher(db: LibraryDb, words: readonly string[]): Promise<(a: StoredArticle) => boolean> {
  const outletNames = new Map((await db.outlets.toArray()).map((o) => [o.id, foldForSearch(o.name)]));
  return (a) => {
    const fields = [foldForSearch(a.title), outletNames.get(a.outletId) ?? '', ...urlTexts(a.url), ...(a.canonicalUrl !== a.url ? urlTexts(a.canonicalUrl) : [])];
    // Fields are joined by a newline, which no query word contains, so no word matches across two fields.
    const haystack = fields.join('\n');
    return words.every((w) => haystack.includes(w));
  };
}

/** The folded forms of a URL: as stored and, when it holds %-escapes, decoded ("%C3%AD" → "i"). */
function urlTexts(url: string | null): string[] {
  if (!url) return [];
  const plain = foldForSearch(url);
  if (!url.includes('%')) return [plain];
  try {
    return [plain, foldForSearch(decodeURIComponent(url))];
  } catch {
    return [plain];
  }
}

function comparator(sort: ArticleSort): (a: StoredArticle, b: StoredArticle) => number {
  if (sort === 'title') return (a, b) => a.title.localeCompare(b.title);
  if (sort === 'oldest') return (a, b) => a.lastSeen - b.lastSeen;
  return (a, b) => b.lastSeen - a.lastSeen;
}
