/**
 * What the toolbar icon does, per browser: in Chrome its click opens the side panel; in Firefox
 * (MV2) it toggles `sidebar_action`. Browsers or fakes without either API are left alone.
 */
import { browser } from 'wxt/browser';

/** The optional, browser-specific APIs this module uses. */
interface ToolbarApis {
  sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
  browserAction?: { onClicked: { addListener(cb: () => void): void } };
  sidebarAction?: { toggle(): Promise<void> };
}

/** Makes the toolbar icon open the sidebar. */
export function installToolbarBehaviour(apis: ToolbarApis = browser as unknown as ToolbarApis): void {
  try {
    apis.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } catch {
    // A fake or older browser without the side panel API.
  }
  const { browserAction, sidebarAction } = apis;
  if (sidebarAction && browserAction) browserAction.onClicked.addListener(() => void sidebarAction.toggle().catch(() => undefined));
}
