/**
 * A read-only hook on the service worker's global (`__corroborate`) that the demo and the
 * end-to-end tests poll through `serviceWorker.evaluate`: what was captured for a tab, and
 * how many articles are stored. It exposes nothing a page can reach.
 */
import type { BackgroundDeps } from './capture';

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
  };
  (globalThis as unknown as { __corroborate: typeof hook }).__corroborate = hook;
}
