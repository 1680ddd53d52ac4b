/**
 * The real `PanelClient` for the side panel and its pop-out tab: messages to the
 * background, the panel's own window's active tab, and tab events.
 */
import { browser } from 'wxt/browser';
import type { PanelClient } from '../components/sidebar/client';
import { broadcastMessenger, fail, panelMessenger } from './messaging';
import type { Result } from '../utils/messaging/protocol';
import { loadCaptureSettings, updateCaptureSettings } from './settings';
import { sessionTabStore } from './tab-store';
import { isPaused } from '../utils/settings';

/** Wraps a send so a dead background becomes a failed result instead of a throw. */
async function call<T>(send: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return (await send()) ?? fail('internal', 'The background did not answer.');
  } catch (err) {
    return fail('internal', err instanceof Error ? err.message : String(err));
  }
}

/** Builds the client. */
export function browserPanelClient(): PanelClient {
  let windowId: number | undefined;
  const ownWindow = browser.windows?.getCurrent().then((w) => (windowId = w.id)).catch(() => undefined);
  return {
    getTabView: (tabId) => call(() => panelMessenger.sendMessage('getTabView', { tabId })),
    async keptTabView(tabId) {
      const [tab, kept] = await Promise.all([browser.tabs.get(tabId).catch(() => null), sessionTabStore.load(tabId).catch(() => null)]);
      return tab && kept && kept.url === (tab.url ?? tab.pendingUrl) ? kept.view : null;
    },
    saveAnyway: (tabId) => call(() => panelMessenger.sendMessage('saveAnyway', { tabId })),
    highlightClaim: (tabId, claimIndex) => call(() => panelMessenger.sendMessage('highlightClaim', { tabId, claimIndex })),
    markCorroborated: (tabId, on) => call(() => panelMessenger.sendMessage('markCorroborated', { tabId, on })),
    clearSelection: (tabId) => call(() => panelMessenger.sendMessage('clearSelection', { tabId })),
    forgetPage: (tabId) => call(() => panelMessenger.sendMessage('forgetPage', { tabId })),
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    onTabViewChanged(cb) {
      return broadcastMessenger.onMessage('tabViewChanged', ({ data }) => cb(data.tabId));
    },
    onActiveTabChanged(cb) {
      const activated = (info: { tabId: number; windowId: number }) => {
        void ownWindow?.then(() => {
          if (windowId === undefined || info.windowId === windowId) cb(info.tabId);
        });
      };
      const updated = (tabId: number, change: { status?: string }, tab: { active?: boolean; windowId?: number }) => {
        if (change.status === 'complete' && tab.active && (windowId === undefined || tab.windowId === windowId)) cb(tabId);
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
      };
    },
    openPopOut(tabId) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tab=${tabId}` as '/sidepanel.html') });
    },
    async loadMarking() {
      return (await loadCaptureSettings()).markCorroborated;
    },
    async saveMarking(on) {
      await updateCaptureSettings({ markCorroborated: on });
    },
    async capturePaused() {
      return isPaused(await loadCaptureSettings(), Date.now());
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
