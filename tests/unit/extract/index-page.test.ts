/**
 * Pages that list other articles are not articles (utils/extract/index-page.ts). Regression (known
 * limit, 2026-12-06 probe): a topic page of teasers was saved as an article, each teaser the lead
 * of another story, so the page "reported" all of them.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html.ts';
import { isIndexPage, linkProfile } from '../../../utils/extract/index-page';
import { leadsElsewhere } from '../../../utils/extract/same-page';
import { extractArticle } from '../../../utils/extract/index';

const TOPICS = ['harbour', 'bridge', 'school', 'library', 'ferry', 'market', 'stadium', 'clinic'];
const teaser = (i: number) =>
  `The council of Port Ellery approved a new plan for the ${TOPICS[i]} on Monday, and residents will be asked for their views in March.`;
const headline = (i: number) => `Port Ellery council backs new ${TOPICS[i]} plan after long debate`;
const page = (body: string) => `<!doctype html><html lang="en"><head><title>Port Ellery</title></head><body><main>${body}</main></body></html>`;
const url = 'https://www.ellery-gazette.test/topics/port-ellery';

/** A section front: teasers under headings that link to their stories. */
const sectionFront = page(`<h1>Port Ellery</h1>${TOPICS.map((_, i) =>
  `<div class="story"><h2><a href="/news/${i}">${headline(i)}</a></h2><p>${teaser(i)}</p><p class="byline">By Mara Quinn</p></div>`).join('')}`);

/** A grid of cards, each a link as a whole. */
const cardGrid = page(`<h1>Latest news</h1><div class="grid">${TOPICS.map((_, i) =>
  `<a class="card" href="/news/${i}"><span>${headline(i)}</span><p>${teaser(i)}</p></a>`).join('')}</div>`);

const section = (i: number) => Array.from({ length: 5 }, (_, k) =>
  `<p>The ${TOPICS[i]} at stop ${k + 1} is where the tour slows down: guides explain its history, the queue for tickets moves quickly, and the view over the bay repays the climb for anyone with an hour to spare.</p>`).join('');

/** A listicle: its linked headings head long sections of its own text. */
const listicle = page(`<article><h1>Eight places to see in Port Ellery</h1>${TOPICS.map((_, i) =>
  `<h2><a href="https://maps.example.test/${i}">The ${TOPICS[i]} of Port Ellery, open all year</a></h2>${section(i)}`).join('')}</article>`);

/** A report with a few inline links and a short list of related stories at its end. */
const report = page(`<article><h1>${headline(0)}</h1>${TOPICS.slice(0, 6).map((_, i) =>
  `<p>${teaser(i)} <a href="/explainer/${i}">The vote</a> followed months of hearings, officials said, and the mayor promised a full review next year.</p>`).join('')}
  <h3>Related</h3><ul>${[1, 2, 3].map((i) => `<li><a href="/news/${i}">${headline(i)}</a></li>`).join('')}</ul></article>`);

/** A tag page: each card's link wraps its picture and headline; standfirst and byline sit outside it. */
const tagPage = page(`<h1>Tag: ferries</h1>${TOPICS.map((_, i) =>
  `<div class="card"><a href="/news/${i}"><img src="/i/${i}.jpg" alt=""><h3>${headline(i)}</h3></a><p>${teaser(i)} ${teaser((i + 1) % TOPICS.length)}</p><span>By Mara Quinn</span></div>`).join('')}`);

const prose = (n: number) => Array.from({ length: n }, (_, k) =>
  `<p>Paragraph ${k + 1}: ${teaser(k % TOPICS.length)} Engineers said the work would take two summers and cost less than the council had feared.</p>`).join('');
const related = (n: number, tag: string) => TOPICS.slice(0, n).map((_, i) => `<${tag}><a href="/news/${i}">${headline(i)}</a></${tag}>`).join('');

/** Regression (review of the first rule, which compared the whole body with the number of linked headings): a related block mid-article. */
const relatedMidArticle = page(`<article><h1>${headline(0)}</h1>${prose(3)}<div class="story-package">${related(6, 'h3')}</div>${prose(3)}</article>`);
/** A short article, then "More from News" with linked headlines inside the article. */
const shortWithMore = page(`<article><h1>${headline(1)}</h1>${prose(3)}<h2>More from News</h2>${related(6, 'h3')}</article>`);

/** A Q&A whose question headings link to glossary pages, short answers; the page declares an article. */
const qa = `<!doctype html><html lang="en"><head><title>Q&A</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port Ellery plan: your questions answered"}</script></head><body><article><h1>Port Ellery plan: your questions answered</h1>${TOPICS.slice(0, 6).map((t, i) =>
  `<h2><a href="/glossary/${t}">What happens to the ${t} now?</a></h2><p>${teaser(i)}</p>`).join('')}</article></body></html>`;

/** The Q&A declared an article by Open Graph only. */
const qaOpenGraph = qa.replace(/<script type="application\/ld\+json">.*?<\/script>/, '<meta property="og:type" content="article">');
/** A section front that says og:type "article" but declares a CollectionPage in JSON-LD (as Readability's nytimes-5 does). */
const frontDeclared = sectionFront.replace('<title>Port Ellery</title>',
  '<title>Port Ellery</title><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Port Ellery"}</script>');

/** A live blog: each update's heading links to its own permalink on the page. */
const liveBlog = page(`<article><h1>Port Ellery storm: live updates</h1>${TOPICS.map((_, i) =>
  `<h2><a href="${url}?update=${i}">Update ${i + 1}: crews reach the ${TOPICS[i]}</a></h2><p>${teaser(i)}</p>`).join('')}</article>`);

describe('extractArticle refuses pages that list other articles', () => {
  it.each([
    ['section front with linked headings', false, sectionFront],
    ['grid of linked cards', false, cardGrid],
    ['listicle whose headings link elsewhere', true, listicle],
    ['report with inline links and a related list', true, report],
    ['live blog whose headings link to its own updates', true, liveBlog],
    ['tag page of cards whose links wrap the headline', false, tagPage],
    ['article with a block of related headlines mid-text', true, relatedMidArticle],
    ['short article with "More from News" headlines', true, shortWithMore],
    ['Q&A with linked question headings, declared a NewsArticle', true, qa],
    ['the same Q&A declared an article by og:type only', true, qaOpenGraph],
    ['section front with og:type article and a JSON-LD CollectionPage', false, frontDeclared],
  ])('%s → article: %s', (_name, ok, html) => {
    const res = extractArticle(parseHtml(html, url), { url });
    expect(res.ok).toBe(ok);
    if (!res.ok) expect(res.message).toMatch(/links to other articles/);
  });
});

describe('leadsElsewhere', () => {
  const here = new URL('https://www.ellery-gazette.test/live/storm/');
  it.each<[string, URL | null, boolean]>([
    ['https://www.ellery-gazette.test/news/harbour-plan', here, true],
    ['/news/harbour-plan', here, true],
    ['https://other.test/live/storm', here, true],
    ['https://www.ellery-gazette.test/live/storm?update=3', here, false],
    ['https://www.ellery-gazette.test/live/storm#update-3', here, false],
    ['https://amp.ellery-gazette.test/live/storm/?page=with:block-1', here, false],
    ['https://www.ellery-gazette.test/Live/Storm/page/2', here, false],
    ['https://www.ellery-gazette.test/amp/live/storm', here, false],
    ['#top', here, false],
    ['mailto:desk@ellery-gazette.test', here, false],
    ['javascript:void(0)', here, false],
    ['', here, false],
    ['/news/harbour-plan', null, true],
  ])('%s from %s → %s', (href, page, expected) => {
    expect(leadsElsewhere(href, page)).toBe(expected);
  });
});

describe('isIndexPage', () => {
  const p = (chars: number, linkChars: number, headlineLinks: number, teasers: number, teaserChars: number) => ({ chars, linkChars, headlineLinks, teasers, teaserChars });
  it.each([
    ['teasers, most of the body', p(2600, 400, 10, 7, 2000), true],
    ['teasers, a small part of the body', p(2600, 400, 10, 7, 1200), false],
    ['four teasers', p(1500, 400, 4, 4, 1400), false],
    ['cards', p(2600, 1400, 8, 0, 0), true],
    ['links under half the text', p(2600, 1250, 11, 0, 0), false],
    ['link-heavy, few headlines', p(2600, 1400, 3, 0, 0), false],
    ['empty', p(0, 0, 0, 0, 0), false],
  ])('%s → %s', (_name, profile, expected) => {
    expect(isIndexPage(profile)).toBe(expected);
  });

  it('counts a teaser only under a heading that links elsewhere and has text of its own', () => {
    const body = parseHtml(`<div><h2><a href="/a">One two three four five</a></h2><p>A standfirst.</p>
      <h2><a href="/b">Six seven eight nine ten</a></h2><h2>Plain heading of five words</h2><p>Text.</p>
      <h2><a href="#top">Back to the top of page</a></h2><p>Text.</p><h3>Five words with <a href="/c">a link</a></h3><p>Text.</p></div>`).body;
    expect(linkProfile(body)).toMatchObject({ teasers: 1, headlineLinks: 2 });
  });
});

describe('extractArticle with acceptAnyBody (the reader asked to save the page anyway)', () => {
  const short = page('<article><h1>Ferry resumes</h1><p>The Port Ellery ferry resumed service on Monday.</p></article>');
  it.each([
    ['section front', sectionFront, true],
    ['short page', short, true],
    ['page without text', page('<div></div>'), false],
  ])('%s → saved: %s', (_name, html, ok) => {
    expect(extractArticle(parseHtml(html, url), { url }).ok).toBe(false);
    expect(extractArticle(parseHtml(html, url), { url, acceptAnyBody: true }).ok).toBe(ok);
  });
});
