/**
 * The extraction of a page's serialised DOM: Readability on a parsed copy (inside
 * `extractArticle`), then claims, packaged as one `Extraction`. Runs where a DOM parser is and
 * the page is not: the offscreen document (Chrome) or the background page (Firefox), so a long
 * extraction never holds the page's main thread. Never throws.
 */
import { extractArticle } from '../utils/extract/index';
import { articleClaims } from '../utils/claims/index';
import type { Extraction } from '../utils/messaging/protocol';
import { carryCanonical, type PreviousCapture } from '../utils/extract/continuation';

/** Parses `html` as the document of `url` (its base URL set, so relative links resolve). */
function parsePage(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (/^https?:/i.test(url)) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}

/**
 * {@link extractPage} of the serialised page `html` at `url` (parsed with {@link parsePage});
 * `acceptAnyBody` when the reader asked to save the page anyway (see ExtractOptions).
 */
export function extractPageHtml(
  html: string, url: string, previous: PreviousCapture | null = null, acceptAnyBody = false,
): { extraction: Extraction; previous: PreviousCapture | null } {
  return extractPage(parsePage(html, url), url, previous, acceptAnyBody);
}

/**
 * Extracts `doc` (the page at `url`) into an article with claims, or the reason there is none.
 * `previous` is the same tab's previous capture: an infinitely scrolling page that moves its URL
 * stays one article. Returns the capture to remember next time.
 */
function extractPage(doc: Document, url: string, previous: PreviousCapture | null, acceptAnyBody: boolean): { extraction: Extraction; previous: PreviousCapture | null } {
  const t0 = performance.now();
  try {
    const res = extractArticle(doc, { url, acceptAnyBody });
    if (!res.ok) return { extraction: { ok: false, reason: res.reason, message: res.message }, previous };
    const article = carryCanonical(previous, res.article);
    const next = { canonicalUrl: article.canonicalUrl, domain: article.outlet.domain, paragraphs: article.paragraphs };
    const claims = articleClaims(article);
    if (!claims.length) return { extraction: { ok: false, reason: 'not-article', message: 'No statements found on this page' }, previous: next };
    return { extraction: { ok: true, article, claims, ms: Math.round((performance.now() - t0) * 10) / 10 }, previous: next };
  } catch (err) {
    return { extraction: { ok: false, reason: 'unreadable', message: err instanceof Error ? err.message : String(err) }, previous };
  }
}
