/**
 * Silent-edit detection: when an article comes back with different text, which claims changed.
 * No revision is recorded for live blogs or when either capture was cut short (paywall, partial
 * load), since those differ for reasons other than an edit.
 */
import { verbatimKey } from '../text/index';
import type { ExtractedArticle } from '../extract/types';
import type { ArticleRevision, StoredArticle } from './types';

/** At most this many revisions are kept per article (oldest dropped first). */
export const MAX_REVISIONS = 10;

/** The changed claims between two versions: removed old texts paired in order with added new texts. */
export function changedClaims(before: readonly string[], after: readonly string[]): ArticleRevision['changes'] {
  const oldKeys = new Set(before.map(verbatimKey));
  const newKeys = new Set(after.map(verbatimKey));
  const removed = before.filter((t) => !newKeys.has(verbatimKey(t)));
  const added = after.filter((t) => !oldKeys.has(verbatimKey(t)));
  return removed.map((text, i) => ({ before: text, after: added[i] ?? null }));
}

/** Number of claims that differ between two versions (removed or added, whichever is larger). */
export function countChanged(before: readonly string[], after: readonly string[]): number {
  const oldKeys = new Set(before.map(verbatimKey));
  const newKeys = new Set(after.map(verbatimKey));
  const removed = before.filter((t) => !newKeys.has(verbatimKey(t))).length;
  const added = after.filter((t) => !oldKeys.has(verbatimKey(t))).length;
  return Math.max(removed, added);
}

/** True for pages that change by design (live blogs, live updates). */
export function isLivePage(article: Pick<ExtractedArticle, 'title' | 'url' | 'canonicalUrl'>): boolean {
  const urls = `${article.url ?? ''} ${article.canonicalUrl ?? ''}`;
  return /\blive\b/i.test(article.title) || /[/_-]live(?:[/_-]|blog|-updates?)/i.test(urls);
}

/** The revision list after an update, or the old list when the change should not be recorded. */
export function nextRevisions(
  existing: StoredArticle, incoming: ExtractedArticle, oldClaims: readonly string[], newClaims: readonly string[], now: number,
): ArticleRevision[] | undefined {
  if (existing.truncated || incoming.truncated || isLivePage(incoming) || isLivePage(existing)) return existing.revisions;
  const changes = changedClaims(oldClaims, newClaims);
  if (changes.length === 0) return existing.revisions;
  const list = [...(existing.revisions ?? []), { seenAt: existing.lastSeen, changedAt: now, changes }];
  return list.slice(-MAX_REVISIONS);
}
