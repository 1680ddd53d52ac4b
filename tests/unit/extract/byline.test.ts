/**
 * Byline cleaning (utils/extract/byline.ts). Regression (review): a byline line "By Jane Doe · <time>"
 * without an author meta tag came out as "Jane Doe ·", and the sidebar showed "Jane Doe · · Mar 10".
 */
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../utils/extract/byline.ts';
import { extractArticle } from '../../../utils/extract/index.ts';
import { articlePage, htmlDoc } from './fixtures.ts';

const none = new Map<string, string>();

describe('cleanByline drops separators and dates around the name', () => {
  it.each([
    ['middle dot and a date (regression)', 'By Jane Doe · 10 March 2026', 'Jane Doe'],
    ['middle dot left alone (regression)', 'By Jane Doe ·', 'Jane Doe'],
    ['pipe and a US date', 'By Jane Doe | Mar 10, 2026', 'Jane Doe'],
    ['bullet and a clock time', 'Jane Doe • 10:42 GMT', 'Jane Doe'],
    ['em dash without spaces', 'Jane Doe—10 March 2026', 'Jane Doe'],
    ['spaced hyphen and an ISO date', 'admin - 2026-03-10', 'admin'],
    ['comma, date and time', 'Jane Doe, 10 March 2026, 07:42 GMT', 'Jane Doe'],
    ['weekday and date', 'Jane Doe · Tuesday 10 March 2026', 'Jane Doe'],
    ['relative time', 'By Jane Doe · 2 hours ago', 'Jane Doe'],
    ['an "Updated" label', 'Jane Doe | Updated', 'Jane Doe'],
    ['date glued to the name', 'Associated Press March 3, 2024, 9:02 AM', 'Associated Press'],
    ['numeric date', 'Jane Doe 10/03/2026', 'Jane Doe'],
    ['date first', '10 March 2026 · By Jane Doe', 'Jane Doe'],
    ['leading separator', '· Jane Doe', 'Jane Doe'],
    ['trailing comma', 'Reuters,', 'Reuters'],
    ['everything after the first date goes', 'Jane Doe · 10 March 2026 · Updated 11 March 2026', 'Jane Doe'],
  ])('%s', (_name, raw, expected) => {
    expect(cleanByline(raw, none)).toBe(expected);
  });
});

describe('cleanByline keeps legitimate names whole', () => {
  it.each([
    ['hyphenated surname', 'By Dana Okafor-Reyes', 'Dana Okafor-Reyes'],
    ['hyphenated first name', 'Jean-Luc Picard', 'Jean-Luc Picard'],
    ['two authors', 'By Jane Doe and Sam Okafor-Reyes — 10 March 2026', 'Jane Doe and Sam Okafor-Reyes'],
    ['three authors with commas', 'Ana Lima, Ben Ode and Cy Park', 'Ana Lima, Ben Ode and Cy Park'],
    ['names separated by a dot', 'Ana Lima · Ben Ode · 10 March 2026', 'Ana Lima · Ben Ode'],
    ['a name that starts like a month', 'Mark Decker', 'Mark Decker'],
    ['a name that is a month', 'Theresa May', 'Theresa May'],
    ['a name that starts with "By"', 'Byron Hale', 'Byron Hale'],
    ['a role after the name', 'Jane Doe, Chief Correspondent', 'Jane Doe, Chief Correspondent'],
  ])('%s', (_name, raw, expected) => {
    expect(cleanByline(raw, none)).toBe(expected);
  });

  it.each([
    ['only a date', '10 March 2026', null],
    ['a URL', 'https://example.com/authors/jane', null],
    ['empty', '', null],
  ])('%s → null', (_name, raw, expected) => {
    expect(cleanByline(raw, none)).toBe(expected);
  });

  it('falls back to the author meta tag', () => {
    expect(cleanByline(null, new Map([['author', 'By Jane Doe |']]))).toBe('Jane Doe');
  });
});

describe('byline of a page without an author meta tag (regression: "Jane Doe ·")', () => {
  it.each([
    ['middle dot', '·', '10 March 2026'],
    ['pipe', '|', 'Mar 10, 2026, 07:42 GMT'],
    ['bullet', '•', '2 hours ago'],
  ])('%s', (_name, sep, when) => {
    const line = `<p class="byline">By <a rel="author" href="/authors/jane-doe">Jane Doe</a> ${sep} <time datetime="2026-03-10T07:42:00Z">${when}</time></p>`;
    const html = articlePage().replace('<article>', `<article>${line}`);
    const result = extractArticle(htmlDoc(html), { url: 'https://news.example.com/a' });
    expect(result.ok && result.article.byline).toBe('Jane Doe');
  });
});
