/**
 * Tab lifecycle: a tab that navigates to another URL or closes loses its cached
 * view and badge, and open panels are told so they never show stale data.
 */
import { browser } from 'wxt/browser';
import { samePageUrl } from '../utils/capture/page-url';
import type { BackgroundDeps } from './capture';

/** Subscribes to tab updates and removals. */
export function watchTabs(deps: BackgroundDeps): void {
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (!change.url) return;
    const entry = await deps.tabs.load(tabId);
    if (entry && !samePageUrl(entry.url, change.url)) {
      deps.tabs.delete(tabId);
      void deps.showBadge(tabId, null);
      deps.notifyPanel(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => deps.tabs.delete(tabId));
}
