/**
 * The background's capture pipeline: from a page's extraction to a stored article,
 * its coverage report, the tab's cached view, the badge and a nudge to open panels.
 * Dependencies are passed in (`BackgroundDeps`) so handlers are testable without a browser.
 */
import type { TextQuoteSelector } from '../utils/claims/types';
import { hostOf, samePageUrl } from '../utils/capture/page-url';
import { blockedView } from './blocked-view';
import type { CaptureDecision, CaptureTrigger, Extraction, PageSnapshot, Result, TabView } from '../utils/messaging/protocol';
import type { LibraryPort } from './library';
import type { TabResults } from './tab-results';

export { hostOf };

/** Everything the handlers use from the outside world. */
export interface BackgroundDeps {
  library: LibraryPort;
  tabs: TabResults;
  decide(url: string, incognito: boolean, trigger: CaptureTrigger): Promise<CaptureDecision>;
  /** Puts a page on this session's forgotten list (`forget`) or takes it off (forgotten-pages.ts). */
  setForgotten(url: string, forget: boolean): Promise<void>;
  /** URL and incognito flag of a tab, or null when it is gone. */
  tabInfo(tabId: number): Promise<{ url: string; incognito: boolean } | null>;
  /** Reads the tab's page (content script): its serialised DOM, extracted with `extract`. */
  readTab(tabId: number): Promise<Result<PageSnapshot>>;
  /** Extracts a page snapshot a tab sent (extension/page-extraction.ts); `acceptAnyBody`: the reader asked to save it anyway. */
  extract(tabId: number, url: string, page: PageSnapshot, acceptAnyBody?: boolean): Promise<Extraction>;
  highlightInTab(tabId: number, selector: TextQuoteSelector): Promise<Result<boolean>>;
  markInTab(tabId: number, selectors: TextQuoteSelector[]): Promise<Result<number>>;
  showBadge(tabId: number, view: TabView | null): Promise<void>;
  notifyPanel(tabId: number): void;
  /** Upkeep after an article is stored (the reader's retention period); never awaited by capture, and its failures are its own. */
  afterSave(): Promise<void>;
  now(): number;
}

/** A message for storage failures the reader can act on. */
export function storageMessage(err: unknown): string {
  const name = (err as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your disk is full, so this article was not saved. Free some space or delete old articles in Options → Storage; nothing already saved was changed.';
  }
  return `The library could not be updated: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * Stores an extraction, computes coverage, and publishes the resulting view for the tab, unless the
 * tab has left `url` meanwhile (the article is stored all the same; the view is only returned).
 */
export async function publishExtraction(deps: BackgroundDeps, tabId: number, url: string, extraction: Extraction): Promise<TabView> {
  let view: TabView;
  if (!extraction.ok) {
    view = extraction.reason === 'too-large' ? { state: 'too-large', message: extraction.message } : { state: 'not-article', message: extraction.message };
  } else {
    const t0 = deps.now();
    try {
      const lib = deps.library;
      const { articleId, revision, outletName } = lib.saveWithRevision
        ? await lib.saveWithRevision(extraction.article, extraction.claims)
        : { articleId: await lib.save(extraction.article, extraction.claims), revision: null, outletName: undefined };
      const report = await deps.library.coverage(articleId);
      // After the coverage is read, so a retention sweep never delays the reader's view.
      void deps.afterSave().catch(() => undefined);
      const a = extraction.article;
      view = {
        state: 'ready',
        url,
        article: {
          articleId,
          title: a.title,
          // The library's name, so every page of a site is headed alike (the page may not name its outlet).
          outlet: outletName ?? a.outlet.name,
          domain: a.outlet.domain,
          url: a.canonicalUrl ?? a.url ?? url,
          byline: a.byline,
          publishedTime: a.publishedTime,
          saved: true,
          claimCount: extraction.claims.length,
          lang: a.lang,
          revision,
        },
        report,
        timings: { extractMs: extraction.ms, matchMs: deps.now() - t0 },
      };
    } catch (err) {
      view = { state: 'error', message: storageMessage(err) };
    }
  }
  // The tab may have moved on while the page was read and matched: its new page gets no entry or badge of this one.
  if (!(await showsUrl(deps, tabId, url))) return view;
  deps.tabs.set(tabId, url, view);
  await deps.showBadge(tabId, view);
  // A navigation while the badge was set may have cleared it before this count landed.
  if (!(await showsUrl(deps, tabId, url))) await deps.showBadge(tabId, null);
  else deps.notifyPanel(tabId);
  return view;
}

/** True when the tab is still open on `url` (compared as the tab cache compares URLs: page-url.ts). */
export async function showsUrl(deps: BackgroundDeps, tabId: number, url: string): Promise<boolean> {
  const now = (await deps.tabInfo(tabId))?.url;
  return now !== undefined && samePageUrl(now, url);
}

/** The view for a skip decision other than an excluded site (blocked-view.ts), or null when the page may be read. */
function skipView(decision: Exclude<CaptureDecision, 'skip-blocked'>, url: string): TabView | null {
  switch (decision) {
    case 'capture':
    case 'skip-mode':
      return null; // the sidebar captures whatever the mode
    case 'skip-paused':
      return null; // opening the sidebar is an explicit request, even while paused
    case 'skip-forgotten':
      return { state: 'forgotten' };
    case 'skip-unsupported':
      return { state: 'unsupported', url };
  }
}

/** Captures a tab on request (sidebar opening, or "save anyway" with trigger 'manual'). */
export async function captureTab(deps: BackgroundDeps, tabId: number, trigger: CaptureTrigger): Promise<TabView> {
  const tab = await deps.tabInfo(tabId);
  if (!tab) return { state: 'error', message: 'This tab is closed.' };
  const decision = await deps.decide(tab.url, tab.incognito, trigger);
  const skipped = decision === 'skip-blocked' ? await blockedView(deps, tabId, tab.url) : skipView(decision, tab.url);
  if (skipped) {
    // Not if the tab moved on while the settings were read: its new page is decided on its own.
    if (!(await showsUrl(deps, tabId, tab.url))) return skipped;
    deps.tabs.set(tabId, tab.url, skipped);
    await deps.showBadge(tabId, null);
    return skipped;
  }
  return deps.tabs.track(tabId, tab.url, async () => {
    const res = await deps.readTab(tabId);
    if (!res.ok) {
      const view: TabView =
        res.error.code === 'no-content-script'
          ? { state: 'no-access', message: 'Corroborate cannot read this tab yet. Reload the page, then open the sidebar again.' }
          : { state: 'error', message: res.error.message };
      return view;
    }
    // "Save this page anyway" saves whatever text the page has, even where it judged it no article.
    return publishExtraction(deps, tabId, tab.url, await extractForCapture(deps, tabId, tab.url, res.value, trigger === 'manual'));
  });
}

/**
 * Extracts a page for capture. A page the extraction judges no article, but which the reader saved
 * anyway before (its address names a stored article: find-saved.ts), is read as they asked then, so
 * a revisit shows and updates that article instead of refusing it again.
 */
export async function extractForCapture(deps: BackgroundDeps, tabId: number, url: string, page: PageSnapshot, acceptAnyBody = false): Promise<Extraction> {
  const extraction = await deps.extract(tabId, url, page, acceptAnyBody);
  if (extraction.ok || extraction.reason !== 'not-article' || acceptAnyBody || !deps.library.findSaved) return extraction;
  const saved = await deps.library.findSaved(url, null).catch(() => null);
  return saved === null ? extraction : deps.extract(tabId, url, page, true);
}
