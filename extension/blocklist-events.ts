/**
 * Excluding a site in the options changes what its open tabs show at once, without a reload: a
 * tab showing one of its pages gets the excluded-site screen (naming the article an earlier visit
 * saved, blocked-view.ts), its badge is cleared and an open sidebar is told. Including a site
 * again changes nothing until its page is reloaded or the sidebar asks again.
 */
import { samePageUrl } from '../utils/capture/page-url';
import { blockedView } from './blocked-view';
import type { BackgroundDeps } from './capture';
import { watchCaptureSettings } from './settings';

/** Re-decides every tab's page after a settings change; see the module comment. */
export async function applyBlocklist(deps: BackgroundDeps): Promise<void> {
  for (const [tabId, entry] of deps.tabs.all()) {
    if (entry.view.state === 'blocked') continue;
    const tab = await deps.tabInfo(tabId);
    if (!tab || !samePageUrl(tab.url, entry.url)) continue;
    if ((await deps.decide(entry.url, tab.incognito, 'sidebar')) !== 'skip-blocked') continue;
    const view = await blockedView(deps, tabId, entry.url);
    // A capture, navigation or forget that replaced the entry meanwhile is newer than this change.
    if (deps.tabs.get(tabId) !== entry) continue;
    deps.tabs.set(tabId, entry.url, view);
    await deps.showBadge(tabId, null);
    deps.notifyPanel(tabId);
  }
}

/** Follows the stored settings (`watch`: extension/settings.ts); returns the unwatch function. */
export function followBlocklist(deps: BackgroundDeps, watch = watchCaptureSettings): () => void {
  let last: string | null = null;
  return watch((next) => {
    const key = next.blocklist.join('\n');
    if (key === last) return;
    last = key;
    void applyBlocklist(deps).catch(() => undefined);
  });
}
