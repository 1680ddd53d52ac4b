/**
 * Background service worker: wiring only. Registers the named message handlers,
 * the toolbar's behaviour, the context menu, tab lifecycle events, blocklist changes and the start-up upkeep.
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
import { followBlocklist } from '../../extension/blocklist-events';
import { openOnboarding } from '../../extension/onboarding';
import { installToolbarBehaviour } from '../../extension/toolbar';
import { runStartupUpkeep } from '../../extension/startup';

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

  installToolbarBehaviour();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    createContextMenu();
    if (reason === 'install') void openOnboarding();
  });
  listenToContextMenu(deps);
  watchTabs(deps);
  followBlocklist(deps);
  installDebugHook(deps);
  void runStartupUpkeep();
});
