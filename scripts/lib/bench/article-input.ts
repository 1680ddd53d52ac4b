/**
 * Turns benchmark articles into the engine's inputs: an ExtractedArticle (for bulk loading,
 * where extraction is skipped), a simple HTML page (for the capture sample, where the real
 * extractor runs), and a 40-claim query (trimmed, or the article's text concatenated with
 * itself until it has 40 claims, so every query costs the same).
 */
import type { Claim } from '../../../utils/claims/types';
import { articleClaims as productClaims, splitClaims } from '../../../utils/claims/index';
import type { ExtractedArticle } from '../../../utils/extract/types';
import type { BenchArticle } from './types';

/** Claims per query article. */
export const QUERY_CLAIMS = 40;

/** The article as the extractor would return it (no extraction run). */
export function toExtracted(a: BenchArticle): ExtractedArticle {
  return {
    title: a.title, byline: null, publishedTime: a.publishedTime, lang: 'en', url: a.url, canonicalUrl: a.url,
    outlet: { name: a.outlet.name, domain: a.outlet.domain }, paragraphs: a.paragraphs, text: a.paragraphs.join('\n\n'),
    truncated: false,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A plain news page around the article: metadata, navigation, body paragraphs, footer. */
export function renderHtml(a: BenchArticle): string {
  const e = escapeHtml;
  const body = a.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${e(a.title)} - ${e(a.outlet.name)}</title>
<meta property="og:site_name" content="${e(a.outlet.name)}">${a.url ? `<link rel="canonical" href="${e(a.url)}">` : ''}
${a.publishedTime ? `<meta property="article:published_time" content="${e(a.publishedTime)}">` : ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${e(a.title)}</h1>
${body}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside>
<footer><p>Copyright ${e(a.outlet.name)}. All rights reserved.</p></footer></body></html>`;
}

/** The claims the engine stores for a bulk-loaded article: the product's split (repeats kept once). */
export function articleClaims(a: BenchArticle): Claim[] {
  return productClaims({ paragraphs: a.paragraphs, lang: 'en' });
}

/** A query of exactly {@link QUERY_CLAIMS} claims (fewer only if the article has no claims). */
export function queryInput(a: BenchArticle, count = QUERY_CLAIMS): { article: ExtractedArticle; claims: Claim[] } {
  const paragraphs = [...a.paragraphs];
  let claims = splitClaims(paragraphs, 'en');
  while (claims.length > 0 && claims.length < count) {
    paragraphs.push(...a.paragraphs);
    claims = splitClaims(paragraphs, 'en');
  }
  const kept = claims.slice(0, count);
  const lastParagraph = kept.length ? kept[kept.length - 1].paragraph : -1;
  const article = toExtracted({ ...a, paragraphs: paragraphs.slice(0, lastParagraph + 1) });
  return { article, claims: kept };
}
