import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/index.ts';
import { articlePage, htmlDoc } from './fixtures.ts';

function extract(head: string, url = 'https://news.example.co.uk/story/1', fileName?: string) {
  const result = extractArticle(htmlDoc(articlePage({ head }), url), { url, fileName });
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
  return result.article;
}

describe('canonical URL precedence', () => {
  it.each([
    ['link canonical wins', '<link rel="canonical" href="https://example.co.uk/a"><meta property="og:url" content="https://example.co.uk/b">', 'https://example.co.uk/a'],
    ['og:url when no link', '<meta property="og:url" content="https://example.co.uk/b">', 'https://example.co.uk/b'],
    ['page URL when neither', '', 'https://news.example.co.uk/story/1'],
    ['relative canonical resolved', '<link rel="canonical" href="/story/1?amp=0">', 'https://news.example.co.uk/story/1?amp=0'],
    ['javascript: canonical rejected', '<link rel="canonical" href="javascript:alert(1)">', 'https://news.example.co.uk/story/1'],
    ['data: og:url rejected', '<meta property="og:url" content="data:text/html,hi">', 'https://news.example.co.uk/story/1'],
  ])('%s', (_name, head, expected) => {
    expect(extract(head).canonicalUrl).toBe(expected);
  });
});

describe('outlet', () => {
  it.each([
    ['og:site_name first', '<meta property="og:site_name" content="The Example Post"><meta name="application-name" content="ExPost">', 'The Example Post'],
    ['application-name next', '<meta name="application-name" content="ExPost">', 'ExPost'],
    ['domain last', '', 'example.co.uk'],
  ])('%s', (_name, head, name) => {
    const article = extract(head);
    expect(article.outlet).toEqual({ domain: 'example.co.uk', name });
  });

  it('keeps the serving site as outlet when the canonical points elsewhere (syndication)', () => {
    const article = extract('<link rel="canonical" href="https://wire.example.org/original">', 'https://www.localpaper.example.com/copy');
    expect(article.outlet.domain).toBe('example.com');
    expect(article.canonicalUrl).toBe('https://wire.example.org/original');
  });

  it('falls back to the file name without a URL or site metadata', () => {
    const result = extractArticle(htmlDoc(articlePage(), 'about:blank'), { fileName: 'pages/daily-bugle.html' });
    expect(result.ok && result.article.outlet).toEqual({ domain: null, name: 'daily-bugle' });
  });
});

describe('dates, language, byline', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">', '2024-03-05T09:00:00.000Z'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-11-20T08:30:00Z"}]}</script>', '2023-11-20T08:30:00.000Z'],
    ['no date', '<meta property="article:published_time" content="yesterday">', null],
  ])('%s', (_name, head, expected) => {
    expect(extract(head).publishedTime).toBe(expected);
  });

  it('reads <time datetime> in the page', () => {
    const html = articlePage({ extra: '<time datetime="2022-01-02T03:04:05Z">2 Jan</time>' });
    const result = extractArticle(htmlDoc(html), { url: 'https://example.com/a' });
    expect(result.ok && result.article.publishedTime).toBe('2022-01-02T03:04:05.000Z');
  });

  it.each([
    ['lang="en-GB"', 'en-GB'],
    ['lang="pt_BR"', 'pt-BR'],
    ['lang="not a tag!"', null],
  ])('html %s → %s', (attrs, lang) => {
    const result = extractArticle(htmlDoc(articlePage({ htmlAttrs: attrs })), { url: 'https://example.com/a' });
    expect(result.ok && result.article.lang).toBe(lang);
  });

  it.each([
    ['"By" prefix', 'By Jo Lindqvist', 'Jo Lindqvist'],
    ['trailing date', 'Associated Press March 3, 2024, 9:02 AM', 'Associated Press'],
    ['trailing ISO date', 'admin - 2024-03-03', 'admin'],
    ['trailing comma', 'Reuters,', 'Reuters'],
  ])('cleans meta author byline: %s', (_name, author, byline) => {
    expect(extract(`<meta name="author" content="${author}">`).byline).toBe(byline);
  });

  it.each([
    ['tagline after the site name', 'ExamplePost | Your daily local news', 'https://www.examplepost.com/a', 'ExamplePost'],
    ['site name that is not the domain kept whole', 'Morning Star | Daily', 'https://www.examplepost.com/a', 'Morning Star | Daily'],
  ])('og:site_name %s', (_name, siteName, url, expected) => {
    expect(extract(`<meta property="og:site_name" content="${siteName}">`, url).outlet.name).toBe(expected);
  });
});
