/**
 * A hook on the service worker's global (`__corroborate`) that the demo and the end-to-end
 * tests poll through `serviceWorker.evaluate`: what was captured for a tab, how many articles
 * are stored, and the context menu's click handler (a script cannot open a native context
 * menu). It lives in the worker's own global, so no web page can reach it.
 */
import type { BackgroundDeps } from './capture';
import { menuClickHandler } from './context-menu';

/** What the hook reports about one tab. */
export interface CaptureRecord {
  tabId: number;
  url: string;
  state: string;
  corroborated: number;
  extractMs: number;
  matchMs: number;
}

/** Installs the hook. */
export function installDebugHook(deps: BackgroundDeps): void {
  const hook = {
    /** The settled record of a tab at `url`, or null while nothing is known. */
    record(tabId: number, url: string): CaptureRecord | null {
      const e = deps.tabs.get(tabId, url);
      if (!e || e.view.state === 'loading') return null;
      const v = e.view;
      return {
        tabId,
        url,
        state: v.state,
        corroborated: v.state === 'ready' ? v.report.claims.filter((c) => c.others.length).length : 0,
        extractMs: v.state === 'ready' ? v.timings.extractMs : 0,
        matchMs: v.state === 'ready' ? v.timings.matchMs : 0,
      };
    },
    articleCount: () => deps.library.count(),
    /** Every cached tab: id, URL and view state. */
    tabs: () => deps.tabs.all().map(([id, e]) => ({ tabId: id, url: e.url, state: e.view.state })),
    /** Runs the "Find other coverage" menu click exactly as the menu does. */
    clickMenu: menuClickHandler(deps),
  };
  (globalThis as unknown as { __corroborate: typeof hook }).__corroborate = hook;
}
