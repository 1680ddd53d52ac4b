/**
 * Tab views kept in `storage.session`, so they outlive the service worker. Chrome stops an idle
 * worker after 30 seconds: a reader who opens the sidebar a minute into an article would
 * otherwise wait for the page to be read and extracted again, and a claim clicked in a sidebar
 * left open would find nothing to highlight. Session storage stays in memory (never on disk), is
 * reachable only by the extension's own pages and worker, and is cleared when the browser
 * closes. Keeping is best effort: when the area is full (Chrome allows 10 MB), the oldest kept
 * views are dropped once, and a view that still does not fit is just not kept.
 */
import { sessionArea, type SessionArea } from './session-area';
import type { TabView } from '../utils/messaging/protocol';

/** One tab's view as kept. */
export interface KeptTab {
  url: string;
  view: TabView;
  articleView?: TabView;
  /** When the view was set (ms since epoch): the oldest go first when the area is full. */
  updated: number;
}

/** Where tab views are kept across worker restarts (tests pass an in-memory one). */
export interface TabViewStore {
  save(tabId: number, tab: KeptTab): Promise<void>;
  load(tabId: number): Promise<KeptTab | null>;
  drop(tabId: number): Promise<void>;
}

const PREFIX = 'tabView:';


/** Drops the older half of the kept views (by `updated`). */
async function dropOldest(area: SessionArea): Promise<void> {
  const all = Object.entries(await area.get(null)).filter(([k]) => k.startsWith(PREFIX)) as [string, KeptTab][];
  const oldest = all.sort((a, b) => a[1].updated - b[1].updated).slice(0, Math.ceil(all.length / 2));
  if (oldest.length) await area.remove(oldest.map(([k]) => k));
}

/** Tab views in `storage.session` (see the module doc). */
export const sessionTabStore: TabViewStore = {
  async save(tabId, tab) {
    const area = sessionArea();
    if (!area) return;
    try {
      await area.set({ [PREFIX + tabId]: tab });
    } catch {
      await dropOldest(area);
      await area.set({ [PREFIX + tabId]: tab }).catch(() => area.remove(PREFIX + tabId));
    }
  },
  async load(tabId) {
    const area = sessionArea();
    const kept = area ? (await area.get(PREFIX + tabId))[PREFIX + tabId] : undefined;
    return (kept as KeptTab | undefined) ?? null;
  },
  async drop(tabId) {
    await sessionArea()?.remove(PREFIX + tabId);
  },
};
