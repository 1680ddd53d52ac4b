/**
 * A hook on the service worker's global (`__corroborate`) that the demo and the end-to-end
 * tests poll through `serviceWorker.evaluate`: what was captured for a tab, how many articles
 * are stored, the capture decisions taken for a URL outside private windows (so a test can wait
 * until a page was declined instead of sleeping; kept in the worker's memory only, last 100), and the context menu's click handler (a script cannot open a
 * native context menu). It lives in the worker's own global, so no web page can reach it.
 */
import type { CaptureDecision } from '../utils/capture';
import type { BackgroundDeps } from './capture';
import { menuClickHandler } from './context-menu';

/** How many recent capture decisions the hook remembers. */
const DECISIONS_KEPT = 100;

/** What the hook reports about one tab. */
export interface CaptureRecord {
  tabId: number;
  url: string;
  state: string;
  corroborated: number;
  extractMs: number;
  matchMs: number;
}

/** Installs the hook; it wraps `deps.decide` to remember the decisions taken. */
export function installDebugHook(deps: BackgroundDeps): void {
  const decisions: { url: string; decision: CaptureDecision }[] = [];
  const decide = deps.decide.bind(deps);
  deps.decide = async (url, incognito, trigger) => {
    const decision = await decide(url, incognito, trigger);
    // A private window's addresses are never kept (as in tab-results.ts).
    if (!incognito) {
      decisions.push({ url, decision });
      if (decisions.length > DECISIONS_KEPT) decisions.shift();
    }
    return decision;
  };
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
    /** The capture decisions taken for `url`, oldest first (e.g. `['skip-mode']` for a visit in click-only mode). */
    decisions: (url: string): CaptureDecision[] => decisions.filter((d) => d.url === url).map((d) => d.decision),
    /** Every cached tab: id, URL and view state. */
    tabs: () => deps.tabs.all().map(([id, e]) => ({ tabId: id, url: e.url, state: e.view.state })),
    /** Runs the "Find other coverage" menu click exactly as the menu does. */
    clickMenu: menuClickHandler(deps),
  };
  (globalThis as unknown as { __corroborate: typeof hook }).__corroborate = hook;
}
