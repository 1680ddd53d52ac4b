/**
 * Background service worker: wiring only. Registers the named message handlers,
 * the side panel's toolbar behaviour, the context menu, and tab lifecycle events.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserDeps } from '../../extension/browser-deps';
import { contentHandlers } from '../../extension/handlers/content';
import { panelHandlers } from '../../extension/handlers/panel';
import { contentMessenger, panelMessenger } from '../../extension/messaging';
import { createContextMenu, listenToContextMenu } from '../../extension/context-menu';
import { installDebugHook } from '../../extension/debug';
import { watchTabs } from '../../extension/tab-events';
import { openOnboarding } from '../../extension/onboarding';
import { applyRetention } from '../../extension/retention';
import { openDb } from '../../extension/library';
import { recoverInterruptedImport } from '../../utils/library/import-export';
import { loadCaptureSettings } from '../../extension/settings';

export default defineBackground(() => {
  const deps = browserDeps();

  const content = contentHandlers(deps);
  for (const name of Object.keys(content) as Array<keyof typeof content>) {
    contentMessenger.onMessage(name, (msg) => content[name](msg.data as never, msg.sender) as never);
  }
  const panel = panelHandlers(deps);
  for (const name of Object.keys(panel) as Array<keyof typeof panel>) {
    panelMessenger.onMessage(name, (msg) => panel[name](msg.data as never, msg.sender) as never);
  }

  // Chrome: the toolbar icon opens the side panel (fake browsers and Firefox lack this API).
  try {
    (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
      ?.setPanelBehavior({ openPanelOnActionClick: true })
      .catch(() => undefined);
  } catch {
    // not implemented here
  }
  // Firefox (MV2): the toolbar button toggles the sidebar.
  const ff = browser as unknown as {
    browserAction?: { onClicked: { addListener(cb: () => void): void } };
    sidebarAction?: { toggle(): Promise<void> };
  };
  if (ff.sidebarAction && ff.browserAction) ff.browserAction.onClicked.addListener(() => void ff.sidebarAction?.toggle());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    createContextMenu();
    if (reason === 'install') void openOnboarding();
  });
  listenToContextMenu(deps);
  watchTabs(deps);
  installDebugHook(deps);
  // Disk left by an import interrupted mid-way (its merge was rolled back) is freed at start-up.
  void openDb().then((db) => recoverInterruptedImport(db)).catch(() => undefined);
  // The optional retention period is applied whenever the service worker starts.
  void Promise.all([openDb(), loadCaptureSettings()])
    .then(([db, settings]) => applyRetention(db, settings))
    .catch(() => undefined);
});
