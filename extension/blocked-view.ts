/**
 * The view of a page on an excluded site: it is not read, but an earlier visit may have saved it
 * before the site was excluded. That article stays in the library (and in other pages' coverage),
 * so the view names it and the sidebar says so and offers to forget it.
 */
import type { Result, TabView } from '../utils/messaging/protocol';
import { fail, ok } from './messaging';
import type { TabEntry } from './tab-results';
import { hostOf } from '../utils/capture/page-url';
import type { BackgroundDeps } from './capture';

/** The article id the tab's entry for `url` last knew as saved, if any. */
async function knownArticle(deps: BackgroundDeps, tabId: number, url: string): Promise<number | null> {
  const entry = await deps.tabs.load(tabId, url);
  const view = entry?.articleView ?? entry?.view;
  if (view?.state === 'ready' && view.article.saved && view.selection === undefined) return view.article.articleId;
  return view?.state === 'blocked' ? view.articleId ?? null : null;
}

/** The excluded-site view of `url` in `tabId`, with the page's stored article when one is found. */
export async function blockedView(deps: BackgroundDeps, tabId: number, url: string): Promise<TabView> {
  const known = await knownArticle(deps, tabId, url);
  const find = deps.library.findSaved;
  const articleId = find ? await find.call(deps.library, url, known).catch(() => null) : known;
  return { state: 'blocked', host: hostOf(url), articleId };
}

/** True when the view names an article saved before its site was excluded (which a library change may have deleted). */
export function namesSavedArticle(view: TabView): boolean {
  return view.state === 'blocked' && view.articleId != null;
}

/** The entry's blocked view again, when the library changed since it named a saved article (deleted in Options?). */
export async function recheckBlocked(deps: BackgroundDeps, tabId: number, entry: TabEntry): Promise<TabView | null> {
  if (!namesSavedArticle(entry.view) || !deps.tabs.isStale(entry)) return null;
  const view = await blockedView(deps, tabId, entry.url);
  if (deps.tabs.get(tabId) === entry) deps.tabs.set(tabId, entry.url, view);
  return view;
}

/** "Forget this page" on an excluded site: deletes the article an earlier visit saved; the page stays unread. */
export async function forgetBlocked(deps: BackgroundDeps, tabId: number, entry: TabEntry): Promise<Result<TabView>> {
  const view = entry.view;
  if (view.state !== 'blocked' || view.articleId == null) return fail('not-found', 'This page is not in your library.');
  try {
    await deps.library.forget(view.articleId);
  } catch (err) {
    return fail('storage', err instanceof Error ? err.message : String(err));
  }
  // As for a read page: not saved again this session, even if the site stops being excluded.
  await deps.setForgotten(entry.url, true).catch(() => undefined);
  const next: TabView = { ...view, articleId: null };
  deps.tabs.set(tabId, entry.url, next);
  return ok(next);
}
