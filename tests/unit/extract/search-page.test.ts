/**
 * Pages of search results are not articles (utils/extract/search-page.ts). Regression (user audit):
 * a search page was saved as "Search results for dam failure", its snippets as statements.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html.ts';
import { isSearchResultsUrl } from '../../../utils/extract/search-page';
import { extractArticle } from '../../../utils/extract/index';

describe('isSearchResultsUrl', () => {
  it.each<[string, boolean]>([
    ['https://www.example-news.test/search?q=dam+failure', true],
    ['https://www.example-news.test/search/dam%20failure', true],
    ['https://www.example-news.test/suche?query=damm', true],
    ['https://example-blog.test/?s=dam', true],
    ['https://www.example-news.test/recherche.html?q=barrage', true],
    ['https://www.example-news.test/world/2026/03/10/dam-failure-search-for-survivors', false],
    ['https://www.example-news.test/news/search-and-rescue-teams-reach-valley', false],
    ['https://www.example-news.test/world/dam-failure?s=email', false],
    ['https://www.example-news.test/?s=', false],
    ['https://www.example-news.test/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isSearchResultsUrl(url)).toBe(expected);
  });
});

describe('extractArticle refuses a page of search results', () => {
  const body = Array.from({ length: 8 }, (_, i) => `<p>Officials said the Carrow reservoir failed on Tuesday, forcing 40,000 homes to cut water use, and engineers began inspecting the spillway for damage number ${i}.</p>`).join('');
  const html = `<!doctype html><html lang="en"><head><title>Dam failure</title></head><body><article><h1>Dam failure</h1>${body}</article></body></html>`;
  it.each([
    ['https://www.example-news.test/search?q=dam', false],
    ['https://www.example-news.test/world/dam-failure', true],
  ])('%s', (url, ok) => {
    const res = extractArticle(parseHtml(html, url), { url });
    expect(res.ok).toBe(ok);
    if (!res.ok) expect(res.message).toMatch(/search results/);
  });
});
