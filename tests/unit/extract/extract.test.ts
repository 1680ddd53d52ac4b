import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/index.ts';
import { STORY, articlePage, htmlDoc, page } from './fixtures.ts';
import { AR, HE, ZH, paragraphsFrom } from './scripts-text.ts';

const URL = 'https://www.example.com/news/bridge';

describe('extractArticle: article pages', () => {
  it('extracts the story paragraphs in order and joins them with blank lines', () => {
    const result = extractArticle(htmlDoc(articlePage()), { url: URL });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.paragraphs).toEqual(STORY);
    expect(result.article.text).toBe(STORY.join('\n\n'));
    expect(result.article.truncated).toBe(false);
  });

  it('does not mutate the live document', () => {
    const doc = htmlDoc(articlePage({ extra: '<figure><img src="a.jpg"><figcaption>The bridge at dusk</figcaption></figure>' }));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: URL });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['figure caption', '<figure><img src="a.jpg"><figcaption>Lorries queue at the bridge on Monday morning</figcaption></figure>', 'Lorries queue'],
    ['share widget by class', '<div class="share-tools"><span>Share this story with your friends and family today</span></div>', 'Share this story'],
    ['related list', '<ul class="x"><li><a href="/a">Ferry fares to rise in June</a></li><li><a href="/b">New bus lane opens on the quay</a></li><li><a href="/c">School road to get crossing</a></li></ul>', 'Ferry fares'],
    ['newsletter box', '<aside><p>Sign up to our free morning newsletter</p></aside>', 'newsletter'],
    ['advert label', '<p>Advertisement</p>', 'Advertisement'],
    ['editor credit', '<p>(Reporting by Ana Silva; Editing by Tom Baker)</p>', 'Ana Silva'],
  ])('drops %s', (_name, extra, marker) => {
    const result = extractArticle(htmlDoc(articlePage({ extra })), { url: URL });
    expect(result.ok && result.article.text.includes(marker)).toBe(false);
    expect(result.ok && result.article.paragraphs.length).toBe(STORY.length);
  });

  it.each([
    ['"Headline | Site"', 'Harbour bridge to close to lorries | The Riverside Gazette', 'Harbour bridge to close to lorries'],
    ['"Headline - Site"', 'Harbour bridge to close to lorries - Riverside Gazette', 'Harbour bridge to close to lorries'],
    ['breadcrumbs', 'Home › Local › Harbour bridge to close to lorries', 'Harbour bridge to close to lorries'],
    ['colon inside headline kept', 'Harbour bridge: what the closure means for you', 'Harbour bridge: what the closure means for you'],
  ])('cleans title %s', (_name, rawTitle, expected) => {
    const html = articlePage({ head: '<meta property="og:site_name" content="The Riverside Gazette">' }).replace(
      /<title>[^<]*<\/title>/,
      `<title>${rawTitle}</title>`,
    ).replace(/<h1>[^<]*<\/h1>/, '');
    const result = extractArticle(htmlDoc(html), { url: URL });
    expect(result.ok && result.article.title).toBe(expected);
  });

  it('flags a paywalled body as truncated', () => {
    const extra = '<div class="wall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>';
    const result = extractArticle(htmlDoc(articlePage({ paragraphs: STORY.slice(0, 3), extra })), { url: URL });
    expect(result.ok && result.article.truncated).toBe(true);
  });
});

describe('extractArticle: not articles and bounds', () => {
  it.each([
    ['login form', page('<form><label>Email</label><input name="email"><label>Password</label><input type="password"><button>Log in</button></form><p>Forgot your password?</p>')],
    ['short list page', page(`<h1>Latest</h1><ul>${['Bridge to close', 'Ferry fares rise', 'School road works', 'New mayor sworn in'].map((t, i) => `<li><a href="/n/${i}">${t}</a></li>`).join('')}</ul>`)],
    ['empty body', page('')],
  ])('%s gives a clean failure', (_name, html) => {
    const result = extractArticle(htmlDoc(html), { url: URL });
    expect(result.ok).toBe(false);
    expect(!result.ok && ['not-article', 'empty']).toContain(!result.ok && result.reason);
  });

  it.each([
    ['too many elements', { maxElements: 10 }],
    ['too much text', { maxTextChars: 500 }],
  ])('%s → too-large', (_name, limits) => {
    const result = extractArticle(htmlDoc(articlePage()), { url: URL, ...limits });
    expect(result).toEqual({ ok: false, reason: 'too-large', message: 'Article too large to analyse' });
  });

  it('does not count a multi-megabyte inline script as article text', () => {
    const extra = `<script type="application/json">${'{"k":"v"},'.repeat(300_000)}</script>`;
    const result = extractArticle(htmlDoc(articlePage({ extra })), { url: URL });
    expect(result.ok).toBe(true);
  });

  it('refuses very deep nesting quickly', () => {
    const html = page(`${'<div>'.repeat(3000)}${STORY.join(' ')}${'</div>'.repeat(3000)}`);
    const started = Date.now();
    const result = extractArticle(htmlDoc(html), { url: URL });
    expect(!result.ok && result.reason).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never throws for a broken document object', () => {
    expect(extractArticle({} as Document).ok).toBe(false);
    expect(extractArticle(null as unknown as Document).ok).toBe(false);
  });
});

describe('extractArticle: other scripts', () => {
  it.each([
    ['Chinese', 'zh-CN', paragraphsFrom(ZH, 5, '')],
    ['Arabic', 'ar', paragraphsFrom(AR, 3, ' ')],
    ['Hebrew', 'he', paragraphsFrom(HE, 3, ' ')],
  ])('%s page extracts with its language', (_name, lang, paragraphs) => {
    const dir = lang === 'zh-CN' ? '' : ' dir="rtl"';
    const result = extractArticle(htmlDoc(articlePage({ paragraphs, htmlAttrs: `lang="${lang}"${dir}` })), { url: URL });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.lang).toBe(lang);
    expect(result.article.paragraphs).toEqual(paragraphs);
  });
});

// Regression (claims audit of 2026-12-07): a name's hover card (an inline span with a portrait) was
// removed as a media block, so "Gov. Kristi Noem (R) is defending" read "Gov. (R) is defending".
describe('extractArticle: an inline element with an image inside prose is part of the sentence', () => {
  it('keeps the name inside its hover card', () => {
    const card = '<span class="person-card"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><a href="/people/mara-okafor">Mara Okafor</a></span>';
    const lead = `Harbour councillor ${card} (Ind.) is defending the council's decision to close the old bridge to lorries from next spring.`;
    const result = extractArticle(htmlDoc(articlePage({ paragraphs: [lead, ...STORY.slice(1)] })), { url: URL });
    expect(result.ok && result.article.paragraphs[0]).toBe(
      "Harbour councillor Mara Okafor (Ind.) is defending the council's decision to close the old bridge to lorries from next spring.",
    );
  });
});

// Regression (claims audit of 2026-12-07): captions that Readability turned into plain paragraphs
// (their figure lost) were listed as statements; such a caption repeats its image's description.
describe('extractArticle: a paragraph repeating an image description is its caption', () => {
  const img = (alt: string) => `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${alt}"></figure>`;
  it.each([
    ['a caption', 'Councillor Mara Okafor at the harbour bridge on Tuesday.', 'Councillor Mara Okafor at the harbour bridge on Tuesday', false],
    ['a short description is no evidence', 'The bridge', 'The bridge', true],
    ['a paragraph that does not repeat it', 'Councillor Mara Okafor at the harbour bridge on Tuesday.', 'Councillor Mara Okafor spoke at length about the harbour bridge on Tuesday evening.', true],
  ])('%s', (_name, alt, para, kept) => {
    const paragraphs = [STORY[0], `${img(alt)}<p>${para}</p>`, ...STORY.slice(1)].map((p, i) => (i === 1 ? p : `<p>${p}</p>`));
    const html = articlePage({ paragraphs: [] }).replace('</article>', `${paragraphs.join('')}</article>`);
    const result = extractArticle(htmlDoc(html), { url: URL });
    expect(result.ok && result.article.paragraphs.includes(para)).toBe(kept);
  });
});

describe('extractArticle: sub-headings and paywalls', () => {
  it('keeps sub-headings as separate paragraphs and lists their indexes', () => {
    const paragraphs = [...STORY.slice(0, 2), '<h2>What happens next</h2>', ...STORY.slice(2)];
    const html = articlePage({ paragraphs: [] }).replace('</article>', `${paragraphs.map((p) => (p.startsWith('<h2>') ? p : `<p>${p}</p>`)).join('')}</article>`);
    const result = extractArticle(htmlDoc(html), { url: URL });
    expect(result.ok && result.article.paragraphs[2]).toBe('What happens next');
    expect(result.ok && result.article.headings).toEqual([2]);
  });

  // Regression (claims audit of 2026-12-07): a lead sentence set in an <h2> gave no claim, so the
  // article's key sentence was missing from the sidebar.
  it.each([
    ['a sub-heading gives no claim', 'What happens next', [2]],
    ['a short question heading gives no claim', 'What did the council decide on Monday?', [2]],
    ['a lead sentence set as a heading gives claims', 'The council voted on Monday to close the Tessel bridge to lorries until repairs are finished next spring.', []],
  ])('%s', (_name, heading, expected) => {
    const paragraphs = [...STORY.slice(0, 2), `<h2>${heading}</h2>`, ...STORY.slice(2)];
    const html = articlePage({ paragraphs: [] }).replace('</article>', `${paragraphs.map((p) => (p.startsWith('<h2>') ? p : `<p>${p}</p>`)).join('')}</article>`);
    const result = extractArticle(htmlDoc(html), { url: URL });
    expect(result.ok && result.article.paragraphs[2]).toBe(heading);
    expect(result.ok && result.article.headings).toEqual(expected);
  });

  it('flags isAccessibleForFree=false as truncated', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>';
    const result = extractArticle(htmlDoc(articlePage({ head })), { url: URL });
    expect(result.ok && result.article.truncated).toBe(true);
  });
});
