/**
 * Per-tab cache of what the background knows about each tab's page: its URL, the
 * view the sidebar shows, and a pending capture (so the sidebar waits for an
 * automatic capture already under way instead of starting a second one).
 * Each entry is stamped with the library's write generation when it is set, so a view computed
 * before other coverage arrived (another tab's capture, an import) is known to be stale.
 * With a {@link TabViewStore}, settled views are also kept outside the worker (tab-store.ts):
 * after a service-worker restart `load` brings a tab's view back, marked stale (the library may
 * have changed meanwhile), so only its coverage is recomputed instead of the page being read again.
 */
import { samePageUrl } from '../utils/capture/page-url';
import type { TabView } from '../utils/messaging/protocol';
import type { TabViewStore } from './tab-store';

/**
 * Views kept across worker restarts: those that took reading the page (or the settings) to know.
 * Not "unsupported", which is known again at once and is what a private window's tab gets: no
 * private page's address is kept.
 */
const KEPT = new Set<TabView['state']>(['ready', 'not-article', 'too-large', 'blocked']);
/** Generation of an entry restored after a worker restart: never current, so always stale. */
const RESTORED = -1;

/** One tab's entry. */
export interface TabEntry {
  url: string;
  view: TabView;
  /** The article's own view, kept while a selection lookup is shown. */
  articleView?: TabView;
  updated: number;
  /** The library's write generation when the view was computed. */
  generation: number;
}

/** The cache; one instance lives in the background. */
export class TabResults {
  private entries = new Map<number, TabEntry>();
  private pending = new Map<number, { url: string; promise: Promise<TabView> }>();

  /** `generation` reads the library's current write generation (see library-generation.ts); `store` keeps views across worker restarts. */
  constructor(private readonly generation: () => number = () => 0, private readonly store?: TabViewStore) {}

  /** The entry of `tabId` when it is for `url` (or any URL when `url` is omitted). */
  get(tabId: number, url?: string): TabEntry | undefined {
    const e = this.entries.get(tabId);
    return e && (url === undefined || samePageUrl(e.url, url)) ? e : undefined;
  }

  /**
   * The entry of `tabId` (for `url` when given): from memory, else the one kept before the service
   * worker restarted, restored as stale. Undefined when neither exists.
   */
  async load(tabId: number, url?: string): Promise<TabEntry | undefined> {
    const hit = this.get(tabId, url);
    if (hit || !this.store) return hit;
    const kept = await this.store.load(tabId).catch(() => null);
    // A capture may have finished while the store was read: it wins.
    const now = this.get(tabId, url);
    if (now || !kept || (url !== undefined && !samePageUrl(kept.url, url))) return now;
    const entry: TabEntry = { ...kept, generation: RESTORED };
    this.entries.set(tabId, entry);
    return entry;
  }

  /** Stores a tab's view for `url` (and keeps it outside the worker when it is settled). */
  set(tabId: number, url: string, view: TabView, articleView?: TabView): TabEntry {
    const entry: TabEntry = { url, view, articleView, updated: Date.now(), generation: this.generation() };
    this.entries.set(tabId, entry);
    if (this.store) {
      const keep = KEPT.has(view.state) ? this.store.save(tabId, { url, view, articleView, updated: entry.updated }) : this.store.drop(tabId);
      void keep.catch(() => undefined);
    }
    return entry;
  }

  /** True when the library was written to after the entry's view was computed. */
  isStale(entry: TabEntry): boolean {
    return entry.generation !== this.generation();
  }

  /** Forgets a tab (closed, or navigated elsewhere), kept view included. */
  delete(tabId: number): void {
    this.entries.delete(tabId);
    this.pending.delete(tabId);
    void this.store?.drop(tabId).catch(() => undefined);
  }

  /** A capture under way for this tab and URL, if any. */
  pendingFor(tabId: number, url: string): Promise<TabView> | undefined {
    const p = this.pending.get(tabId);
    return p && samePageUrl(p.url, url) ? p.promise : undefined;
  }

  /** Runs `work` as the tab's capture for `url`, sharing it with concurrent callers. */
  track(tabId: number, url: string, work: () => Promise<TabView>): Promise<TabView> {
    const existing = this.pendingFor(tabId, url);
    if (existing) return existing;
    const promise = work().finally(() => {
      if (this.pending.get(tabId)?.promise === promise) this.pending.delete(tabId);
    });
    this.pending.set(tabId, { url, promise });
    return promise;
  }

  /** All entries, for the debug hook used by tests and the demo. */
  all(): Array<[number, TabEntry]> {
    return [...this.entries];
  }
}
