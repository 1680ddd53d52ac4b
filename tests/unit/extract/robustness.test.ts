import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHtml } from '../../../scripts/lib/parse-html.ts';
import { articleFromText, extractArticle, isBoilerplate, removeBoilerplate } from '../../../utils/extract/index.ts';
import { STORY } from './fixtures.ts';

const REASONS = ['not-article', 'too-large', 'empty', 'unreadable'];
const TAGS = ['<p>', '</p>', '<div>', '</div>', '<article>', '<li>', '<a href="javascript:x">', '</a>', '<figure>', '<h2>', '<script>', '<!--', '-->', '<br>', '<table><td>'];

/** Random tag soup mixed with story sentences and arbitrary text. */
const soup = fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...STORY), fc.string({ maxLength: 40 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('extraction never throws on arbitrary input', () => {
  it('extractArticle returns ok or a known failure for random tag soup', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const result = extractArticle(parseHtml(html, 'https://example.com/p'));
        expect(result.ok || REASONS.includes(result.reason)).toBe(true);
        if (result.ok) expect(result.article.text).toBe(result.article.paragraphs.join('\n\n'));
      }),
      { numRuns: 150 },
    );
  });

  it('articleFromText and the boilerplate filter accept any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = articleFromText(text, 'f.txt');
        expect(result.ok || REASONS.includes(result.reason)).toBe(true);
        expect(typeof isBoilerplate(text)).toBe('boolean');
        expect(removeBoilerplate(text.split('\n')).every((p) => p.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
