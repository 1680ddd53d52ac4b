/**
 * Infinite scroll and single-page-app navigation: a page that moves its URL on (`?page=2`)
 * while the same article grows must stay one article. When a page states no canonical URL of
 * its own (extraction fell back to the page URL) and its body extends the previous capture
 * from the same tab and outlet, the previous canonical URL is carried over, so the library
 * updates the stored article instead of adding a copy.
 */
import type { ExtractedArticle } from './types.ts';
import { normaliseSpace } from './normalise.ts';

/** What a tab remembers of its previous capture. */
export interface PreviousCapture {
  canonicalUrl: string | null;
  domain: string | null;
  paragraphs: readonly string[];
}

/** Paragraphs compared to decide that a body continues an earlier one. */
const LEAD_PARAGRAPHS = 3;

/** True when `next` starts with the first paragraphs of `prev` and is at least as long. */
export function extendsBody(prev: readonly string[], next: readonly string[]): boolean {
  if (prev.length === 0 || next.length < prev.length) return false;
  const n = Math.min(LEAD_PARAGRAPHS, prev.length);
  for (let i = 0; i < n; i++) if (normaliseSpace(prev[i]) !== normaliseSpace(next[i])) return false;
  return true;
}

/** `next`, with the previous capture's canonical URL when it is the same growing article. */
export function carryCanonical(prev: PreviousCapture | null, next: ExtractedArticle): ExtractedArticle {
  if (!prev?.canonicalUrl || prev.canonicalUrl === next.canonicalUrl) return next;
  const statedByPage = next.canonicalUrl !== null && next.canonicalUrl !== next.url;
  if (statedByPage || prev.domain !== next.outlet.domain || !extendsBody(prev.paragraphs, next.paragraphs)) return next;
  return { ...next, canonicalUrl: prev.canonicalUrl };
}
