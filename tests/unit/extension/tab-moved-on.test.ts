/**
 * Results for a page the tab has since left: a capture of page A that ends after the tab moved on
 * to page B (or a selection of A matched, or A declined, after it) must not be shown, cached or
 * counted on the badge for page B.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentHandlers } from '../../../extension/handlers/content';
import { panelHandlers } from '../../../extension/handlers/panel';
import { findSelection } from '../../../extension/selection';
import { captureTab } from '../../../extension/capture';
import type { CaptureDecision } from '../../../utils/capture';
import type { Extraction, PageSnapshot, Result } from '../../../utils/messaging/protocol';
import { extraction, fakeDeps, URL_A, URL_B } from './fake-deps';

const page: PageSnapshot = { ok: true, html: '<p>page</p>' };
const fromTab = { tab: { id: 1, incognito: false } };
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());

describe('a capture of the page the tab has left', () => {
  // Regression: page A's automatic capture, read late, was handed to the sidebar waiting for page B's,
  // so the sidebar showed A's coverage on page B.
  it.each<[string, Extraction]>([
    ['an article', extraction],
    ['not an article', { ok: false, reason: 'not-article', message: 'no' }],
  ])("page A's late read (%s) does not answer the sidebar waiting for page B", async (_name, extractedA) => {
    const { deps, navigate } = fakeDeps();
    const finish = new Map<string, (e: Extraction) => void>();
    deps.extract = vi.fn((_tab: number, url: string) => new Promise<Extraction>((r) => finish.set(url, r)));
    const content = contentHandlers(deps);
    await content.shouldCapture({ url: URL_A }, fromTab);
    const readA = content.pageRead({ url: URL_A, page }, fromTab); // page A is being extracted
    navigate(URL_B); // the reader follows a link; page B's content script asks at once
    await content.shouldCapture({ url: URL_B }, fromTab);
    const shown = panelHandlers(deps).getTabView({ tabId: 1 }); // the sidebar waits for B's capture
    await tick();
    finish.get(URL_A)!(extractedA);
    await readA;
    const readB = content.pageRead({ url: URL_B, page }, fromTab);
    await tick();
    finish.get(URL_B)!(extraction);
    await readB;
    expect(await shown).toMatchObject({ ok: true, value: { state: 'ready', url: URL_B } });
  });

  // Regression: a sidebar capture or an automatic one of page A that ended after the tab moved on to
  // page B cached A's view for the tab again and put A's count on B's badge.
  it.each([
    ["the sidebar's capture (the page answered late)", 'sidebar'],
    ["the automatic capture (the page's read arrived late)", 'auto'],
  ])('%s leaves page B no entry or badge of page A', async (_name, path) => {
    const { deps, navigate } = fakeDeps();
    let answer!: (r: Result<PageSnapshot>) => void;
    deps.readTab = () => new Promise((r) => (answer = r));
    const content = contentHandlers(deps);
    const capture = path === 'sidebar' ? panelHandlers(deps).getTabView({ tabId: 1 }) : content.shouldCapture({ url: URL_A }, fromTab);
    await tick();
    navigate(URL_B); // the reader follows a link while page A is read (the cache has nothing to clear yet)
    if (path === 'sidebar') answer({ ok: true, value: page });
    else await content.pageRead({ url: URL_A, page }, fromTab);
    await capture;
    expect({ entry: deps.tabs.get(1)?.url ?? null, badge: await fakeBrowser.action.getBadgeText({ tabId: 1 }) }).toEqual({ entry: null, badge: '' });
  });

  // Regression: "Find other coverage" on a selection of page A that finished after the tab moved on
  // to page B cached the selection's view as page B's.
  it('a selection of page A matched after the tab moved on leaves page B no entry', async () => {
    const { deps, navigate } = fakeDeps();
    let finish!: () => void;
    const coverageFor = deps.library.coverageFor.bind(deps.library);
    deps.library.coverageFor = (...args) => new Promise((r) => (finish = () => r(coverageFor(...args))));
    const found = findSelection(deps, 1, URL_A, 'The council approved homes.');
    await tick();
    navigate(URL_B);
    finish();
    expect(await found).toMatchObject({ state: 'ready', url: URL_A });
    expect(deps.tabs.get(1)?.url ?? null).toBeNull();
  });

  // Regression: a sidebar capture of page A declined (blocked site) after the tab moved on to page B
  // cached A's "blocked" view as the tab's entry.
  it("a decision about page A that arrives after the tab moved on leaves page B no entry", async () => {
    const { deps, navigate } = fakeDeps();
    let decide!: (d: CaptureDecision) => void;
    deps.decide = () => new Promise((r) => (decide = r));
    const captured = captureTab(deps, 1, 'sidebar');
    await tick();
    navigate(URL_B);
    decide('skip-blocked');
    expect(await captured).toMatchObject({ state: 'blocked' });
    expect(deps.tabs.get(1)?.url ?? null).toBeNull();
  });

  // Regression: page A's content script asked whether to capture, and the answer (a blocked site, or
  // not in this mode) came after the tab moved on to page B and page B's capture had set its badge:
  // A's "blocked" entry replaced B's view and B's badge was cleared.
  it.each<[CaptureDecision]>([['skip-blocked'], ['skip-mode'], ['skip-paused']])(
    "a %s answer for page A arriving after page B's capture leaves B's entry and badge", async (decision) => {
      const { deps, navigate } = fakeDeps();
      const decideA = deps.decide;
      let answerA!: (d: CaptureDecision) => void;
      deps.decide = (url, ...rest) => (url === URL_A ? new Promise((r) => (answerA = r)) : decideA(url, ...rest));
      const content = contentHandlers(deps);
      const askedA = content.shouldCapture({ url: URL_A }, fromTab);
      await tick();
      navigate(URL_B);
      await content.shouldCapture({ url: URL_B }, fromTab);
      await content.pageRead({ url: URL_B, page }, fromTab);
      answerA(decision);
      await askedA;
      expect({ entry: deps.tabs.get(1)?.url ?? null, badge: await fakeBrowser.action.getBadgeText({ tabId: 1 }) }).toEqual({ entry: URL_B, badge: '2' });
    },
  );

  // Regression: a page opened from a text-fragment link (the sidebar's "Open article") has a tab
  // address ending in "#:~:text=…" that its location.href lacks, so the tab-moved-on guard dropped
  // its automatic capture: no view, no badge, and the sidebar read and saved the page again.
  it('a tab whose address carries a text fragment still gets its capture and badge', async () => {
    const { deps, navigate } = fakeDeps();
    navigate(`${URL_A}#:~:text=council`);
    const content = contentHandlers(deps);
    await content.shouldCapture({ url: URL_A }, fromTab);
    await content.pageRead({ url: URL_A, page }, fromTab);
    expect({ entry: deps.tabs.get(1)?.url ?? null, badge: await fakeBrowser.action.getBadgeText({ tabId: 1 }) }).toEqual({ entry: URL_A, badge: '2' });
  });
});
