/**
 * Per-tab cache of what the background knows about each tab's page: its URL, the
 * view the sidebar shows, and a pending capture (so the sidebar waits for an
 * automatic capture already under way instead of starting a second one).
 * In memory only: after a service-worker restart the sidebar simply captures again.
 * Each entry is stamped with the library's write generation when it is set, so a view computed
 * before other coverage arrived (another tab's capture, an import) is known to be stale.
 */
import type { TabView } from '../utils/messaging/protocol';

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

  /** `generation` reads the library's current write generation (see library-generation.ts). */
  constructor(private readonly generation: () => number = () => 0) {}

  /** The entry of `tabId` when it is for `url` (or any URL when `url` is omitted). */
  get(tabId: number, url?: string): TabEntry | undefined {
    const e = this.entries.get(tabId);
    return e && (url === undefined || e.url === url) ? e : undefined;
  }

  /** Stores a tab's view for `url`. */
  set(tabId: number, url: string, view: TabView, articleView?: TabView): TabEntry {
    const entry: TabEntry = { url, view, articleView, updated: Date.now(), generation: this.generation() };
    this.entries.set(tabId, entry);
    return entry;
  }

  /** True when the library was written to after the entry's view was computed. */
  isStale(entry: TabEntry): boolean {
    return entry.generation !== this.generation();
  }

  /** Forgets a tab (closed, or navigated elsewhere). */
  delete(tabId: number): void {
    this.entries.delete(tabId);
    this.pending.delete(tabId);
  }

  /** A capture under way for this tab and URL, if any. */
  pendingFor(tabId: number, url: string): Promise<TabView> | undefined {
    const p = this.pending.get(tabId);
    return p && p.url === url ? p.promise : undefined;
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
