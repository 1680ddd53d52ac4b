/**
 * "Find other coverage" for a text selection: splits the selection into claims and
 * matches them against the library without storing anything, then shows the result
 * in the tab's sidebar (the article's own view is kept to go back to).
 */
import { splitClaims } from '../utils/claims/index';
import type { ExtractedArticle } from '../utils/extract/types';
import type { TabView } from '../utils/messaging/protocol';
import { hostOf, showsUrl, type BackgroundDeps } from './capture';

/** Longest selection looked up, in characters. */
const MAX_SELECTION_CHARS = 5000;

/** A stand-in article for a selection on `url`. */
function selectionArticle(text: string, url: string, base?: TabView): ExtractedArticle {
  const info = base?.state === 'ready' ? base.article : null;
  const domain = info?.domain ?? hostOf(url);
  return {
    title: info?.title ?? 'Selected text',
    byline: null,
    publishedTime: null,
    lang: null,
    url,
    canonicalUrl: info?.url ?? null,
    outlet: { domain, name: info?.outlet ?? domain },
    paragraphs: [text],
    text,
    truncated: false,
  };
}

/** Looks up a selection and publishes the result as the tab's view, unless the tab has left `url` meanwhile. */
export async function findSelection(deps: BackgroundDeps, tabId: number, url: string, raw: string): Promise<TabView> {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_CHARS);
  const entry = await deps.tabs.load(tabId, url);
  const articleView = entry?.articleView ?? entry?.view;
  const article = selectionArticle(text, url, articleView);
  const claims = splitClaims([text], null);
  let view: TabView;
  try {
    const t0 = deps.now();
    const report = await deps.library.coverageFor(article, claims);
    view = {
      state: 'ready',
      url,
      selection: text,
      article: {
        articleId: null, title: article.title, outlet: article.outlet.name, domain: article.outlet.domain,
        url: article.canonicalUrl ?? url, byline: null, publishedTime: null,
        saved: articleView?.state === 'ready' && articleView.article.saved, claimCount: claims.length,
        lang: articleView?.state === 'ready' ? articleView.article.lang ?? null : null,
      },
      report,
      timings: { extractMs: 0, matchMs: deps.now() - t0 },
    };
  } catch (err) {
    view = { state: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  // The tab may have moved on while the selection was matched: its new page gets no view of this one.
  if (!(await showsUrl(deps, tabId, url))) return view;
  deps.tabs.set(tabId, url, view, articleView);
  deps.notifyPanel(tabId);
  return view;
}
