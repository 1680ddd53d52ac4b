/**
 * Pages that list other articles are not articles (utils/extract/index-page.ts). Regression (known
 * limit, 2026-12-06 probe): a topic page of teasers was saved as an article, each teaser the lead
 * of another story, so the page "reported" all of them.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html.ts';
import { isIndexPage, leadsElsewhere, linkProfile } from '../../../utils/extract/index-page';
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
  it.each([
    [{ chars: 2600, linkChars: 400, headlineLinks: 10, linkedHeadings: 7 }, true],
    [{ chars: 9900, linkChars: 500, headlineLinks: 8, linkedHeadings: 8 }, false],
    [{ chars: 2600, linkChars: 1400, headlineLinks: 8, linkedHeadings: 0 }, true],
    [{ chars: 2600, linkChars: 1050, headlineLinks: 11, linkedHeadings: 0 }, false],
    [{ chars: 2600, linkChars: 1400, headlineLinks: 3, linkedHeadings: 0 }, false],
    [{ chars: 0, linkChars: 0, headlineLinks: 0, linkedHeadings: 0 }, false],
  ])('%j → %s', (profile, expected) => {
    expect(isIndexPage(profile)).toBe(expected);
  });

  it('counts a heading as linked only when its link is most of it and leads elsewhere', () => {
    const body = parseHtml(`<div><h2><a href="/a">One two three four five</a></h2><h2>Plain heading of five words</h2>
      <h2><a href="#top">Back to the top of page</a></h2><h3>Five words with <a href="/b">a link</a></h3><p>Text <a href="/c">short</a>.</p></div>`).body;
    expect(linkProfile(body)).toMatchObject({ linkedHeadings: 1, headlineLinks: 1 });
  });
});
