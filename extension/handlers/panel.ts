/**
 * Handlers for messages from the side panel and its pop-out tab, as a map of named
 * functions. Opening the sidebar on a page captures it (whatever the capture mode),
 * except on excluded sites and pages forgotten this session, which are never read unless the
 * reader says "save anyway".
 * A cached view whose coverage predates a library write is recomputed before it is returned; so
 * is a view kept from before the service worker restarted (tab-store.ts), without reading the
 * page again.
 */
import type { PanelToBackground, TabView } from '../../utils/messaging/protocol';
import { captureTab, type BackgroundDeps } from '../capture';
import { fail, ok } from '../messaging';
import { needsRefresh, refreshCoverage } from '../refresh';
import { forgetBlocked, recheckBlocked } from '../blocked-view';
import type { Handlers } from './content';
import { AUTO_CAPTURE_WAIT_MS } from './content';

/** Views worth returning from the cache without capturing again. */
const SETTLED = new Set<TabView['state']>(['ready', 'not-article', 'too-large', 'blocked', 'forgotten', 'unsupported']);

/** The claims whose selectors the page should underline: those other outlets also reported. */
function corroboratedSelectors(view: TabView | undefined) {
  if (view?.state !== 'ready') return [];
  return view.report.claims.filter((c) => c.others.length > 0).map((c) => c.claim.selector);
}

/** Resolves after `ms` with `value`. */
const after = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

/** Builds the panel handlers over `deps`. */
export function panelHandlers(deps: BackgroundDeps): Handlers<PanelToBackground> {
  return {
    async getTabView({ tabId }) {
      const tab = await deps.tabInfo(tabId);
      if (!tab) return ok({ state: 'error', message: 'This tab is closed.' });
      const cached = await deps.tabs.load(tabId, tab.url);
      if (cached && needsRefresh(deps, cached)) return ok(await refreshCoverage(deps, tabId, cached));
      const rechecked = cached && (await recheckBlocked(deps, tabId, cached));
      if (rechecked) return ok(rechecked);
      if (cached && SETTLED.has(cached.view.state)) return ok(cached.view);
      const pending = deps.tabs.pendingFor(tabId, tab.url);
      if (pending) {
        const view = await Promise.race([pending, after<TabView>(AUTO_CAPTURE_WAIT_MS, { state: 'loading' })]);
        if (SETTLED.has(view.state)) return ok(view);
      }
      return ok(await captureTab(deps, tabId, 'sidebar'));
    },

    async saveAnyway({ tabId }) {
      // Saved on request: the page is no longer one the reader asked to forget.
      const tab = await deps.tabInfo(tabId);
      if (tab) await deps.setForgotten(tab.url, false);
      return ok(await captureTab(deps, tabId, 'manual'));
    },

    async highlightClaim({ tabId, claimIndex }) {
      const entry = await deps.tabs.load(tabId);
      const view = entry?.articleView ?? entry?.view;
      if (view?.state !== 'ready') return fail('not-found', 'No article is loaded for this tab.');
      const claim = view.report.claims.find((c) => c.claim.index === claimIndex)?.claim;
      if (!claim) return fail('not-found', `No claim ${claimIndex} in this article.`);
      return deps.highlightInTab(tabId, claim.selector);
    },

    async markCorroborated({ tabId, on }) {
      const entry = await deps.tabs.load(tabId);
      const selectors = on ? corroboratedSelectors(entry?.articleView ?? entry?.view) : [];
      return deps.markInTab(tabId, selectors);
    },

    async forgetPage({ tabId }) {
      const entry = await deps.tabs.load(tabId);
      if (entry?.view.state === 'blocked') return forgetBlocked(deps, tabId, entry);
      const view = entry?.articleView ?? entry?.view;
      if (!entry || view?.state !== 'ready' || view.article.articleId === null) return fail('not-found', 'This page is not in your library.');
      try {
        await deps.library.forget(view.article.articleId);
      } catch (err) {
        return fail('storage', err instanceof Error ? err.message : String(err));
      }
      // Not saved again this session when the page is reloaded or revisited (utils/capture/forgotten.ts);
      // the article is gone whether or not the list could be written.
      await deps.setForgotten(entry.url, true).catch(() => undefined);
      const forgotten: TabView = { ...view, article: { ...view.article, saved: false, articleId: null } };
      deps.tabs.set(tabId, entry.url, forgotten);
      await deps.showBadge(tabId, null);
      return ok(forgotten);
    },

    async clearSelection({ tabId }) {
      const entry = await deps.tabs.load(tabId);
      if (!entry) return fail('not-found', 'Nothing is shown for this tab.');
      if (entry.articleView) deps.tabs.set(tabId, entry.url, entry.articleView);
      deps.notifyPanel(tabId);
      return ok(entry.articleView ?? entry.view);
    },
  };
}
