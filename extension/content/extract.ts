/**
 * The content script's extraction: Readability on a clone (inside `extractArticle`),
 * then claims, packaged as the single `Extraction` message. Never throws.
 */
import { extractArticle } from '../../utils/extract/index';
import { articleClaims } from '../../utils/claims/index';
import type { Extraction } from '../../utils/messaging/protocol';
import { carryCanonical, type PreviousCapture } from '../../utils/extract/continuation';

/** This tab's previous capture: an infinitely scrolling page that moves its URL stays one article. */
let previous: PreviousCapture | null = null;

/** Extracts `doc` (default: this page) into an article with claims, or the reason there is none. */
export function extractPage(doc: Document = document, url: string = location.href): Extraction {
  const t0 = performance.now();
  try {
    const res = extractArticle(doc, { url });
    if (!res.ok) return { ok: false, reason: res.reason, message: res.message };
    const article = carryCanonical(previous, res.article);
    previous = { canonicalUrl: article.canonicalUrl, domain: article.outlet.domain, paragraphs: article.paragraphs };
    const claims = articleClaims(article);
    if (!claims.length) return { ok: false, reason: 'not-article', message: 'No statements found on this page' };
    return { ok: true, article, claims, ms: Math.round((performance.now() - t0) * 10) / 10 };
  } catch (err) {
    return { ok: false, reason: 'unreadable', message: err instanceof Error ? err.message : String(err) };
  }
}
