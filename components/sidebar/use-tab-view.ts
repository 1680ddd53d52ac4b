/**
 * The sidebar's state: which tab it shows (pinned by `?tab=`, else the active tab)
 * and that tab's view. Responses for a tab that is no longer shown are dropped, so
 * the sidebar never shows another tab's data; so is the start-up active-tab query's answer once
 * a tab was shown meanwhile. When the background is slow to answer (its
 * service worker was stopped), the view it kept for the tab's page (if any) is shown meanwhile,
 * marked `kept` (it may be out of date), and replaced by the answer. A quiet refresh (the
 * background reports a change for the tab) that fails leaves the view shown as it was.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabView } from '../../utils/messaging/protocol';
import type { PanelClient } from './client';

/**
 * A running background answers within this time; only a slower answer (a service worker
 * starting) is preceded by the kept view, so a warm sidebar renders once.
 */
export const KEPT_VIEW_AFTER_MS = 50;

/** Tab id, its view, and actions that replace the view. */
export interface TabViewState {
  tabId: number | null;
  view: TabView;
  /** True while `view` is the kept view of the tab's page, shown until the background answers. */
  kept: boolean;
  reload(quiet?: boolean): void;
  run(action: (tabId: number) => Promise<{ ok: boolean; value?: TabView; error?: { message: string } }>): void;
}

/** Loads and follows the view; see the module comment. */
export function useTabView(client: PanelClient, pinnedTabId: number | null): TabViewState {
  const [tabId, setTabId] = useState<number | null>(pinnedTabId);
  const [view, setView] = useState<TabView>({ state: 'loading' });
  const shown = useRef<number | null>(pinnedTabId);
  const seq = useRef(0);
  const answered = useRef(0);
  /** The kept view last shown: `view` is kept while it is this very object. */
  const keptShown = useRef<TabView | null>(null);

  /** Shows the answer of `work` for tab `id`; with `keepOnFailure` (a quiet refresh) a failed answer leaves the view as it is. */
  const apply = useCallback((id: number, work: Promise<{ ok: boolean; value?: TabView; error?: { message: string } }>, keepOnFailure = false) => {
    const mine = ++seq.current;
    work
      .then((res) => {
        if (mine !== seq.current || shown.current !== id) return;
        answered.current = mine;
        if (res.ok && res.value) setView(res.value);
        else if (!keepOnFailure) setView({ state: 'error', message: res.error?.message ?? 'Unknown error' });
      })
      .catch((err: unknown) => {
        if (mine === seq.current && !keepOnFailure) setView({ state: 'error', message: err instanceof Error ? err.message : String(err) });
      });
  }, []);

  const show = useCallback(
    (id: number, quiet = false) => {
      shown.current = id;
      setTabId(id);
      if (!quiet) setView({ state: 'loading' });
      // A quiet refresh (coverage arrived from another tab) that fails keeps the view shown rather
      // than replacing the reader's claims with an error (the background stopped mid-answer).
      apply(id, client.getTabView(id), quiet);
      const mine = seq.current;
      const unanswered = () => mine === seq.current && answered.current !== mine && shown.current === id;
      if (!quiet && client.keptTabView) {
        setTimeout(() => {
          if (!unanswered()) return;
          void client.keptTabView?.(id).then((kept) => {
            if (!kept || !unanswered()) return;
            keptShown.current = kept;
            setView(kept);
          }).catch(() => undefined);
        }, KEPT_VIEW_AFTER_MS);
      }
    },
    [client, apply],
  );

  useEffect(() => {
    let live = true;
    const asked = seq.current;
    if (pinnedTabId !== null) show(pinnedTabId);
    else
      void client.activeTabId().then((id) => {
        // A tab shown meanwhile (the reader switched tabs) is newer than this answer.
        if (!live || seq.current !== asked) return;
        if (id === null) setView({ state: 'unsupported', url: null });
        else show(id);
      });
    const offView = client.onTabViewChanged((id) => {
      if (id === shown.current) show(id, true);
    });
    const offActive = pinnedTabId === null ? client.onActiveTabChanged((id) => show(id)) : () => undefined;
    return () => {
      live = false;
      offView();
      offActive();
    };
  }, [client, pinnedTabId, show]);

  return {
    tabId,
    view,
    kept: view === keptShown.current,
    reload: (quiet = false) => {
      if (shown.current !== null) show(shown.current, quiet);
    },
    run: (action) => {
      if (shown.current === null) return;
      setView({ state: 'loading' });
      apply(shown.current, action(shown.current));
    },
  };
}
