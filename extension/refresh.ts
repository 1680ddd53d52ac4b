/**
 * Recomputes a cached article view whose coverage is stale: the library changed after it was
 * computed (another tab's capture, an import, a deletion in the options page). Only the match
 * runs again, not the extraction. An article deleted meanwhile shows as not saved and is not
 * saved again behind the reader's back, but its statements are still compared with the library.
 */
import type { ExtractedArticle } from '../utils/extract/types';
import type { TabView } from '../utils/messaging/protocol';
import type { BackgroundDeps } from './capture';
import { storageMessage } from './capture';
import type { TabEntry } from './tab-results';

/**
 * True when the entry shows an article (saved or not; not a selection) whose coverage predates the
 * latest library write.
 */
export function needsRefresh(deps: BackgroundDeps, entry: TabEntry): boolean {
  return !entry.articleView && entry.view.state === 'ready' && entry.view.selection === undefined && deps.tabs.isStale(entry);
}

/**
 * Recomputes the coverage of the entry's article, updates the cache and the badge, and returns the
 * view. An unsaved article (deleted, or forgotten by the reader) is compared without being stored,
 * every time the library changes (regression: once unsaved, its coverage was never refreshed).
 * When the tab's entry was replaced or removed meanwhile, nothing is written, and the newer view
 * (if it is for the same page) is returned instead.
 */
export async function refreshCoverage(deps: BackgroundDeps, tabId: number, entry: TabEntry): Promise<TabView> {
  const view = entry.view;
  if (view.state !== 'ready' || view.selection !== undefined) return view;
  let next: TabView;
  try {
    const t0 = deps.now();
    const id = view.article.articleId;
    const report = id === null ? null : await deps.library.coverage(id);
    // An article deleted meanwhile has no claims left in the library (regression: it then showed
    // "no other coverage" while other outlets' copies were still stored).
    const unsaved = report === null || (report.claims.length === 0 && view.article.claimCount > 0);
    const fresh = unsaved
      ? { ...(await deps.library.coverageFor(unsavedArticle(view), view.report.claims.map((c) => c.claim), { excerpt: false })), articleId: null }
      : report!;
    next = {
      ...view,
      article: unsaved ? { ...view.article, saved: false, articleId: null } : view.article,
      report: fresh,
      timings: { extractMs: view.timings.extractMs, matchMs: deps.now() - t0 },
    };
  } catch (err) {
    next = { state: 'error', message: storageMessage(err) };
  }
  // The entry changed while the match ran ("Forget this page", a new capture, a navigation): it wins,
  // so a forgotten article does not come back as saved.
  const current = deps.tabs.get(tabId);
  if (current !== entry) return current?.url === entry.url ? current.view : next;
  deps.tabs.set(tabId, entry.url, next);
  // The badge counts saved articles only, as after "Forget this page".
  await deps.showBadge(tabId, next.state === 'ready' && !next.article.saved ? null : next);
  return next;
}

/** The article of a ready view, as the matcher reads an unsaved one (paragraphs rebuilt from its claims). */
function unsavedArticle(view: Extract<TabView, { state: 'ready' }>): ExtractedArticle {
  const byParagraph = new Map<number, string[]>();
  for (const { claim } of view.report.claims) byParagraph.set(claim.paragraph, [...(byParagraph.get(claim.paragraph) ?? []), claim.text]);
  const paragraphs = [...byParagraph.entries()].sort((a, b) => a[0] - b[0]).map(([, texts]) => texts.join(' '));
  const a = view.article;
  return {
    title: a.title, byline: a.byline, publishedTime: a.publishedTime, lang: null, url: a.url, canonicalUrl: a.url,
    outlet: { name: a.outlet, domain: a.domain }, paragraphs, text: paragraphs.join('\n\n'), truncated: false,
  };
}
