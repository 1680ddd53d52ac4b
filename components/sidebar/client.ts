/**
 * What the sidebar needs from the extension, as an interface: the entrypoint passes
 * the real client (extension/panel-client.ts), tests pass a fake.
 */
import type { Result, TabView } from '../../utils/messaging/protocol';

/** The sidebar's connection to the background and the browser. */
export interface PanelClient {
  getTabView(tabId: number): Promise<Result<TabView>>;
  /**
   * The view kept for the tab's current page when the background last computed it (null when
   * none): shown while `getTabView` wakes a stopped service worker and checks it.
   */
  keptTabView?(tabId: number): Promise<TabView | null>;
  saveAnyway(tabId: number): Promise<Result<TabView>>;
  highlightClaim(tabId: number, claimIndex: number): Promise<Result<boolean>>;
  markCorroborated(tabId: number, on: boolean): Promise<Result<number>>;
  clearSelection(tabId: number): Promise<Result<TabView>>;
  forgetPage(tabId: number): Promise<Result<TabView>>;
  /** The active tab of the window the panel belongs to. */
  activeTabId(): Promise<number | null>;
  /** Calls back when the background says a tab's view changed; returns an unsubscribe function. */
  onTabViewChanged(cb: (tabId: number) => void): () => void;
  /** Calls back when the active tab changes or navigates; returns an unsubscribe function. */
  onActiveTabChanged(cb: (tabId: number) => void): () => void;
  /** Opens `sidepanel.html?tab=<tabId>` in a new tab. */
  openPopOut(tabId: number): void;
  /** The reader's "underline corroborated claims in the page" preference. */
  loadMarking(): Promise<boolean>;
  saveMarking(on: boolean): Promise<void>;
  /**
   * True while automatic capture is paused (the capture settings' `pausedUntil` is in the future). Optional:
   * without it the sidebar cannot tell the reader that opening it saved the page despite the pause.
   */
  capturePaused?(): Promise<boolean>;
  /** Copies text to the clipboard. */
  copy(text: string): Promise<boolean>;
}
