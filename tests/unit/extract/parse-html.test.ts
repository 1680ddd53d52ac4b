import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html.ts';
import { extractArticle } from '../../../utils/extract/index.ts';
import { articlePage, STORY } from './fixtures.ts';

describe('parseHtml (linkedom adapter)', () => {
  it('parses a page Readability can extract, with the given URL', () => {
    const doc = parseHtml(articlePage(), 'https://news.example.co.uk/a');
    expect(doc.URL).toBe('https://news.example.co.uk/a');
    const result = extractArticle(doc);
    expect(result.ok && result.article.paragraphs).toEqual(STORY);
    expect(result.ok && result.article.outlet.domain).toBe('example.co.uk');
  });

  it('moves elements that precede <head> into <body> (linkedom would hide the body)', () => {
    const html = articlePage().replace('<html lang="en">', '<html lang="en"><div id="stray"></div>');
    const doc = parseHtml(html);
    expect(doc.body.textContent).toContain(STORY[0]);
    expect(doc.querySelectorAll('body').length).toBe(1);
  });

  it.each([
    ['empty string', ''],
    ['binary', '\u0000\u0001\u00ff'.repeat(100)],
    ['unclosed tags', '<div><p><span><table><td>text'],
  ])('never throws on %s', (_name, html) => {
    expect(() => extractArticle(parseHtml(html))).not.toThrow();
  });
});
