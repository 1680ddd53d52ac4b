/**
 * The real `BackgroundDeps`: the library over IndexedDB, the capture policy, tab
 * look-ups, the content-script messenger, the badge, and panel broadcasts.
 */
import { browser } from 'wxt/browser';
import type { BackgroundDeps } from './capture';
import { decideFor } from './capture-policy';
import { namesSavedArticle } from './blocked-view';
import { setPageForgotten } from './forgotten-pages';
import { dexieLibrary, LIBRARY_DB_NAME } from './library';
import { broadcastMessenger, fail, tabMessenger } from './messaging';
import { extractSnapshot } from './page-extraction';
import { showBadge } from './badge';
import { LibraryGeneration } from './library-generation';
import { TabResults } from './tab-results';
import { sessionTabStore } from './tab-store';
import type { Result } from '../utils/messaging/protocol';
import { sweepRetention } from './retention';

/** Retries (250 ms apart) while a tab has no content script yet. */
const READ_RETRIES = 16;

/** Sends to a tab's content script; a missing content script becomes `no-content-script`. */
async function toTab<T>(send: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const res = await send();
    return res ?? fail('no-content-script', 'The page has no Corroborate content script.');
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return fail(/No response|Receiving end|Could not establish/i.test(message) ? 'no-content-script' : 'internal', message);
  }
}

/** Quiet time after the last library write before open panels are told to refresh. */
const LIBRARY_SETTLE_MS = 300;

/** Tells the panels of tabs showing an article (or naming one saved before its site was excluded) to ask again once library writes settle. */
function notifyOnLibraryChange(generation: LibraryGeneration, deps: BackgroundDeps): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  generation.onChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const [tabId, entry] of deps.tabs.all()) if (entry.view.state === 'ready' || namesSavedArticle(entry.view)) deps.notifyPanel(tabId);
    }, LIBRARY_SETTLE_MS);
  });
}

/** Builds the production dependencies. */
export function browserDeps(): BackgroundDeps {
  const generation = new LibraryGeneration(LIBRARY_DB_NAME).start();
  const deps: BackgroundDeps = {
    library: dexieLibrary,
    tabs: new TabResults(() => generation.current(), sessionTabStore),
    decide: decideFor,
    setForgotten: setPageForgotten,
    async tabInfo(tabId) {
      try {
        const tab = await browser.tabs.get(tabId);
        return { url: tab.url ?? tab.pendingUrl ?? '', incognito: tab.incognito };
      } catch {
        return null;
      }
    },
    async readTab(tabId) {
      // A page that is still loading may not have its content script yet: retry for a few seconds.
      for (let attempt = 0; ; attempt++) {
        const res = await toTab(() => tabMessenger.sendMessage('readPageNow', undefined, { tabId, frameId: 0 }));
        if (res.ok || res.error.code !== 'no-content-script' || attempt >= READ_RETRIES) return res;
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    extract: extractSnapshot,
    highlightInTab: (tabId, selector) => toTab(() => tabMessenger.sendMessage('highlightClaim', { selector }, { tabId, frameId: 0 })),
    markInTab: (tabId, selectors) => toTab(() => tabMessenger.sendMessage('markClaims', { selectors }, { tabId, frameId: 0 })),
    showBadge,
    notifyPanel(tabId) {
      broadcastMessenger.sendMessage('tabViewChanged', { tabId }).catch(() => {
        // No side panel is open: nothing to update.
      });
    },
    afterSave: async () => void (await sweepRetention()),
    now: () => performance.now(),
  };
  notifyOnLibraryChange(generation, deps);
  return deps;
}
