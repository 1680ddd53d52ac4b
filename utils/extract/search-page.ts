/**
 * Pages of search results are lists of other articles' snippets, not articles: storing one would
 * make its snippets look like another report of each statement. They are recognised by their
 * address, the one signal every site's search shares: a `search` path segment (in the languages
 * the product meets most), or a search parameter (`q`, `s`, `query`, `search`) on the site's root
 * or on a search path, as WordPress (`/?s=`) and most news sites' own search pages use.
 */

/** Path segments that name a search page. */
const SEARCH_SEGMENTS: ReadonlySet<string> = new Set([
  'search', 'suche', 'recherche', 'rechercher', 'buscar', 'busqueda', 'búsqueda', 'cerca', 'ricerca', 'zoeken', 'szukaj', 'sok', 'sök', 'haku',
]);
/** Query parameters that carry a search phrase. */
const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'keywords'];

/** True when `url` (an absolute http(s) URL) is a page of search results. */
export function isSearchResultsUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const segments = parsed.pathname.toLowerCase().split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const namedSearch = segments.some((s) => SEARCH_SEGMENTS.has(s.replace(/\.(html?|php|aspx?)$/, '')));
  if (namedSearch) return true;
  const phrase = SEARCH_PARAMS.some((p) => (parsed.searchParams.get(p) ?? '').trim() !== '');
  return phrase && segments.length === 0;
}
