import { describe, expect, it } from 'vitest';
import { carryCanonical, extendsBody } from '../../../utils/extract/continuation';
import type { ExtractedArticle } from '../../../utils/extract/types';

const P = ['The bridge closed on Monday.', 'Engineers found a crack in a support.', 'Repairs will take a month.'];
const FIRST = 'https://scroll.example/bridge';

function article(url: string, paragraphs: string[], canonicalUrl: string | null = url, domain = 'scroll.example'): ExtractedArticle {
  return {
    title: 'Bridge closed', byline: null, publishedTime: null, lang: 'en', url, canonicalUrl,
    outlet: { domain, name: 'Scroll Times' }, paragraphs, text: paragraphs.join('\n\n'), truncated: false,
  };
}
const prev = { canonicalUrl: FIRST, domain: 'scroll.example', paragraphs: P };

describe('carryCanonical (regression: infinite scroll without a canonical link stored one copy per ?page=N)', () => {
  it.each([
    ['grown body, no stated canonical → same article', article(`${FIRST}?page=2`, [...P, 'Update: more supports.']), FIRST],
    ['same body, URL moved on → same article', article(`${FIRST}?page=2`, P), FIRST],
    ['page states its own canonical → respected', article(`${FIRST}?page=2`, [...P, 'More.'], 'https://scroll.example/other'), 'https://scroll.example/other'],
    ['different article (SPA navigation) → its own URL', article('https://scroll.example/ferry', ['The ferry was cancelled.', 'Storms are expected.']), 'https://scroll.example/ferry'],
    ['shorter body → its own URL', article(`${FIRST}?page=2`, P.slice(0, 2)), `${FIRST}?page=2`],
    ['another outlet → its own URL', article('https://other.example/bridge', [...P, 'More.'], 'https://other.example/bridge', 'other.example'), 'https://other.example/bridge'],
  ])('%s', (_name, next, canonical) => {
    expect(carryCanonical(prev, next).canonicalUrl).toBe(canonical);
  });

  it('leaves the first capture of a tab alone', () => {
    const next = article(FIRST, P);
    expect(carryCanonical(null, next)).toBe(next);
  });
});

describe('extendsBody', () => {
  it.each([
    [P, [...P, 'x'], true],
    [P, P.map((p) => ` ${p}  `), true],
    [P, ['Other lead.', ...P.slice(1)], false],
    [[], P, false],
  ])('%j → %j: %s', (a, b, expected) => expect(extendsBody(a, b)).toBe(expected));
});
