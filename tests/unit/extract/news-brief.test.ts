/**
 * News briefs (news-brief.ts): a short item is an article when its page says so in metadata and
 * its body is prose; a short page without such metadata, a site notice or a listing is not.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/index.ts';
import { declaresArticle } from '../../../utils/extract/news-brief.ts';
import { htmlDoc } from './fixtures.ts';

const BRIEF = [
  'The Miller Street bridge in Eastford was closed on Tuesday after inspectors found a crack in one of its steel beams, the county roads department said.',
  'Repairs are expected to take three weeks, a spokeswoman said.',
];
const LONGER_BRIEF = [
  'The Miller Street bridge in Eastford was closed on Tuesday after inspectors found a crack in one of its steel beams.',
  'Repairs are expected to take three weeks and cost about $400,000, the county roads department said, and buses will use the ring road until then.',
  'A spokeswoman said the crack posed no danger.',
];
const OG_ARTICLE = '<meta property="og:type" content="article">';
const PUBLISHED = '<meta property="article:published_time" content="2026-03-03T09:00:00Z">';
const LD_NEWS = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Bridge closed"}]}</script>';
const LD_PAGE = '<script type="application/ld+json">{"@type":"WebPage"}</script>';
const briefPage = (head: string, paragraphs: readonly string[]) =>
  `<!doctype html><html lang="en"><head><title>Bridge closed after crack found | Valley Post</title>${head}</head><body>`
  + '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><article><h1>Bridge closed after crack found</h1>'
  + `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>© Valley Post</footer></body></html>`;

describe('news briefs', () => {
  // Regression: a two-sentence wire brief (the text outlets syndicate word for word) was refused
  // as "Too little article text on this page", so it was never stored or matched.
  it.each([
    ['og:type article', true, OG_ARTICLE, BRIEF],
    ['article:published_time', true, PUBLISHED, BRIEF],
    ['a JSON-LD NewsArticle in a graph', true, LD_NEWS, BRIEF],
    ['a brief that mentions 404 and "could not be found"', true, OG_ARTICLE, ['Flooding in the north of the country has killed 404 people since Monday, the national disaster agency said on Friday.', 'Two fishermen could not be found.']],
    // Regression: a brief of 250–400 characters in short paragraphs (which Readability's quick
    // check refuses) was "not an article" even with article metadata.
    ['a 309-character brief in three short paragraphs', true, OG_ARTICLE, LONGER_BRIEF],
    ['the same without article metadata', false, '', LONGER_BRIEF],
    ['no article metadata', false, '', BRIEF],
    ['JSON-LD of a plain web page', false, LD_PAGE, BRIEF],
    ['article metadata but no sentence (a photo credit and a label)', false, OG_ARTICLE, ['Photo: Valley Post staff', 'Gallery of the week']],
    ['article metadata but only short sentences', false, OG_ARTICLE, ['The bridge is closed to all traffic.', 'Repairs will take three weeks.', 'Buses will use the ring road.', 'More soon.']],
    // Review of 2026-12-06: site notices and listings on pages that carry article metadata.
    ['a JavaScript notice', false, OG_ARTICLE, ['We are sorry, but this site does not work properly without JavaScript enabled. Please enable it to continue.']],
    ['a cookie wall', false, OG_ARTICLE, ['We value your privacy', 'We and our partners use cookies to store and access information on your device, to measure audiences and to improve our services.']],
    ['a page not found', false, OG_ARTICLE, ['Sorry, the page you were looking for could not be found. It may have been moved or deleted from our website.']],
    ['an event listing (one sentence, mostly details)', false, OG_ARTICLE, ['The Valley Folk Festival returns to Market Square with local bands this weekend.', 'Venue: Market Square, Eastford', 'Tickets: free entry for everyone', 'Times: Saturday and Sunday, noon to 10pm']],
  ] as const)('%s: stored as an article = %s', (_name, stored, head, paragraphs) => {
    const result = extractArticle(htmlDoc(briefPage(head, paragraphs)));
    expect(result.ok).toBe(stored);
    if (result.ok) expect(result.article.paragraphs).toEqual(paragraphs);
    else expect(result.reason).toBe('not-article');
  });

  it.each([
    ['og:type article (any case)', [['og:type', 'Article']], [], true],
    ['og:type website', [['og:type', 'website']], [], false],
    ['a schema.org URL type', [], [{ '@type': 'https://schema.org/ReportageNewsArticle' }], true],
    ['a BlogPosting', [], [{ '@type': 'BlogPosting' }], true],
    ['an Organization', [], [{ '@type': 'Organization' }], false],
    ['a non-string type', [], [{ '@type': 42 }], false],
  ] as const)('declaresArticle: %s → %s', (_name, meta, jsonLd, expected) => {
    expect(declaresArticle(new Map(meta.map(([k, v]) => [k, v])), jsonLd as unknown as Record<string, unknown>[])).toBe(expected);
  });
});
