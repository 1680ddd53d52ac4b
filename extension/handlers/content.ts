/**
 * Handlers for messages from content scripts, as a map of named functions.
 * `shouldCapture` is asked before a page is read at all; `pageRead` carries the
 * page of an automatic capture, which the background extracts, stores and matches.
 */
import type { ContentToBackground, Result, TabView } from '../../utils/messaging/protocol';
import { extractForCapture, publishExtraction, showsUrl, type BackgroundDeps } from '../capture';
import { blockedView } from '../blocked-view';
import { samePageUrl } from '../../utils/capture/page-url';
import { fail, ok } from '../messaging';

/** The sender fields handlers use. */
export interface SenderLike {
  tab?: { id?: number; incognito?: boolean };
}

/** Handler signature for one message map. */
export type Handlers<M> = {
  [K in keyof M]: M[K] extends (data: infer D) => infer R ? (data: D, sender?: SenderLike) => Promise<R> : never;
};

/** How long the sidebar waits for an automatic capture that is under way. */
export const AUTO_CAPTURE_WAIT_MS = 15_000;

/** Builds the content-script handlers over `deps`. */
export function contentHandlers(deps: BackgroundDeps): Handlers<ContentToBackground> {
  /** Per tab, the automatic capture the sidebar may be waiting for: its page's URL and how to hand it the view. */
  const waiting = new Map<number, { url: string; resolve: (v: TabView) => void }>();
  return {
    async shouldCapture({ url }, sender) {
      const tabId = sender?.tab?.id;
      if (tabId === undefined) return fail('bad-request', 'Not sent from a tab');
      const decision = await deps.decide(url, sender?.tab?.incognito ?? false, 'auto');
      if (decision === 'capture') {
        void deps.tabs.track(tabId, url, () => new Promise<TabView>((resolve) => {
          waiting.set(tabId, { url, resolve });
          setTimeout(() => resolve({ state: 'loading' }), AUTO_CAPTURE_WAIT_MS);
        }));
      } else {
        const view: TabView | null =
          decision === 'skip-blocked' ? await blockedView(deps, tabId, url) : decision === 'skip-forgotten' ? { state: 'forgotten' } : null;
        // A tab that moved on while the settings were read keeps its new page's entry and badge.
        if (await showsUrl(deps, tabId, url)) {
          if (view) deps.tabs.set(tabId, url, view);
          await deps.showBadge(tabId, null);
          // A reload keeps the URL, so tab-events.ts does not tell an open sidebar: its view changed here.
          if (view) deps.notifyPanel(tabId);
        }
      }
      return ok({ decision });
    },

    async pageRead({ url, page }, sender): Promise<Result<{ corroborated: number }>> {
      const tabId = sender?.tab?.id;
      if (tabId === undefined) return fail('bad-request', 'Not sent from a tab');
      const extraction = await extractForCapture(deps, tabId, url, page);
      const view = await publishExtraction(deps, tabId, url, extraction);
      // Only the capture of the same page: a late read of a page the tab has left must not answer
      // the sidebar waiting for the page it shows now.
      const waiter = waiting.get(tabId);
      if (waiter && samePageUrl(waiter.url, url)) {
        waiter.resolve(view);
        waiting.delete(tabId);
      }
      const corroborated = view.state === 'ready' ? view.report.claims.filter((c) => c.others.length > 0).length : 0;
      return view.state === 'error' ? fail('storage', view.message) : ok({ corroborated });
    },
  };
}
