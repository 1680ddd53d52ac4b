/**
 * The "Find other coverage" context-menu item on a text selection: opens the
 * sidebar for the tab (within the click's user gesture: Chrome's side panel, or
 * Firefox's sidebar_action) and looks the selection up.
 */
import { browser } from 'wxt/browser';
import type { BackgroundDeps } from './capture';
import { findSelection } from './selection';

/** Menu item id. */
const FIND_COVERAGE_MENU_ID = 'corroborate-find-coverage';

/** Creates the menu item (call from runtime.onInstalled). */
export function createContextMenu(): void {
  browser.contextMenus.removeAll().finally(() => {
    browser.contextMenus.create({ id: FIND_COVERAGE_MENU_ID, title: 'Find other coverage', contexts: ['selection'] });
  });
}

/** The parts of a menu click that the handler reads. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

/** The browser-specific sidebar APIs a menu click may open: Chrome's side panel, Firefox's sidebar. */
export interface SidebarOpeners {
  sidePanel?: { open(o: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * The click handler: opens the tab's sidebar and looks the selection up (also driven by e2e
 * tests). Both browsers accept the opening only inside the click's user gesture, so it runs
 * synchronously, before anything is awaited.
 */
export function menuClickHandler(deps: BackgroundDeps, apis: SidebarOpeners = browser as unknown as SidebarOpeners) {
  return (info: MenuClick, tab?: { id?: number; url?: string }): Promise<unknown> | undefined => {
    if (info.menuItemId !== FIND_COVERAGE_MENU_ID || !tab?.id || !info.selectionText) return undefined;
    const tabId = tab.id;
    if (apis.sidePanel) apis.sidePanel.open({ tabId }).catch(() => undefined);
    else apis.sidebarAction?.open().catch(() => undefined);
    return findSelection(deps, tabId, tab.url ?? info.pageUrl ?? '', info.selectionText);
  };
}

/** Wires the menu's click handler. */
export function listenToContextMenu(deps: BackgroundDeps): void {
  const handler = menuClickHandler(deps);
  browser.contextMenus.onClicked.addListener((info, tab) => void handler(info, tab));
}
