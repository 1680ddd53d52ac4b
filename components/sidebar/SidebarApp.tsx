/**
 * The sidebar: follows the active tab (or the tab pinned with `?tab=`), shows its
 * article's coverage, and sends page actions (highlight, underline) to the tab. While
 * capture is paused it says that opening it still saves the page. A hidden status line announces
 * each view's summary, and actions that replace the view move focus to the new view's heading.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PanelClient } from './client';
import { useTabView } from './use-tab-view';
import { ArticleHeader } from './ArticleHeader';
import { ClaimList } from './ClaimList';
import { CoverageSummary } from './CoverageSummary';
import { LiveStatus } from './LiveStatus';
import { NoCoverage } from './NoCoverage';
import { searchPhrase } from '../../utils/report/search-phrase';
import { RevisionNotice } from './RevisionNotice';
import { SameStory } from './SameStory';
import { StateView } from './StateView';
import { Toolbar } from './Toolbar';
import { useHeadingFocus } from './use-heading-focus';

/** The note shown above a saved article while automatic capture is paused. */
export const CAPTURE_PAUSED_NOTE = 'Capture is paused: opening the sidebar still saves the page you are reading.';

/** Props: the client, and the pinned tab id when opened as `sidepanel.html?tab=<id>`. */
export interface SidebarAppProps {
  client: PanelClient;
  pinnedTabId: number | null;
}

/** The whole sidebar. */
export function SidebarApp({ client, pinnedTabId }: SidebarAppProps) {
  const { tabId, view, kept, reload, run } = useTabView(client, pinnedTabId);
  const [marking, setMarking] = useState(false);
  const [paused, setPaused] = useState(false);
  const main = useRef<HTMLElement>(null);
  /** True once the reader toggled the marking: the stored preference, if read later, is older. */
  const touched = useRef(false);
  const thenFocusHeading = useHeadingFocus(view, main);

  useEffect(() => {
    void client.loadMarking().then(
      (on) => {
        if (!touched.current) setMarking(on);
      },
      () => undefined,
    );
  }, [client]);

  useEffect(() => {
    if (marking && tabId !== null && view.state === 'ready') void client.markCorroborated(tabId, true);
  }, [marking, tabId, view, client]);

  // Checked again for every shown article, so pausing or resuming in the options is picked up.
  useEffect(() => {
    if (view.state !== 'ready' || !client.capturePaused) return;
    let live = true;
    client.capturePaused().then((p) => live && setPaused(p), () => undefined);
    return () => {
      live = false;
    };
  }, [client, view]);

  const toggleMarking = (on: boolean) => {
    touched.current = true;
    setMarking(on);
    void client.saveMarking(on).catch(() => undefined);
    if (tabId !== null) void client.markCorroborated(tabId, on);
  };
  const showInPage = (index: number) => {
    if (tabId !== null) void client.highlightClaim(tabId, index);
  };
  const popOut = pinnedTabId === null && tabId !== null ? () => client.openPopOut(tabId) : undefined;

  return (
    <main
      ref={main}
      class="sidebar"
      data-state={view.state}
      data-kept={kept ? 'true' : undefined}
      data-tab={tabId ?? undefined}
      data-coverage={view.state === 'ready' && view.report.claims.every((c) => c.others.length === 0) ? 'none' : undefined}
    >
      <Toolbar marking={marking} onToggleMarking={toggleMarking} onPopOut={popOut} />
      <LiveStatus view={view} />
      {view.state === 'ready' ? (
        <>
          <ArticleHeader
            article={view.article}
            selection={view.selection}
            onBack={view.selection !== undefined ? thenFocusHeading(() => run((id) => client.clearSelection(id))) : undefined}
            onForget={thenFocusHeading(() => run((id) => client.forgetPage(id)))}
          />
          {paused && view.article.saved && (
            <p class="capture-note" role="status" data-testid="capture-paused-note">
              {CAPTURE_PAUSED_NOTE}
            </p>
          )}
          {view.selection === undefined && <RevisionNotice revision={view.article.revision} />}
          <CoverageSummary article={view.article} report={view.report} selection={view.selection !== undefined} />
          <SameStory articles={view.report.sameStory} />
          {view.report.claims.every((c) => c.others.length === 0) && (
            <NoCoverage
              sameStory={(view.report.sameStory?.length ?? 0) > 0}
              phrase={view.selection !== undefined ? searchPhrase('', [view.selection]) : searchPhrase(view.article.title, view.report.claims.map((c) => c.claim.text))}
              onCopy={client.copy}
            />
          )}
          <ClaimList claims={view.report.claims} thisOutlet={view.article.outlet} lang={view.article.lang} onShowInPage={showInPage} />
          <footer class="footer muted">
            Stored only on this device. Read in {Math.round(view.timings.extractMs)} ms, matched in {Math.round(view.timings.matchMs)} ms.
          </footer>
        </>
      ) : (
        <StateView
          view={view}
          onSaveAnyway={thenFocusHeading(() => run((id) => client.saveAnyway(id)))}
          onRetry={thenFocusHeading(() => reload())}
          onForget={thenFocusHeading(() => run((id) => client.forgetPage(id)))}
        />
      )}
    </main>
  );
}
