import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentHandlers } from '../../../extension/handlers/content';
import { panelHandlers } from '../../../extension/handlers/panel';
import { findSelection } from '../../../extension/selection';
import { TabResults } from '../../../extension/tab-results';
import { sessionTabStore } from '../../../extension/tab-store';
import type { CaptureDecision, Extraction } from '../../../utils/messaging/protocol';
import { ARTICLE, sampleReport } from '../sidebar/sample';
import { URL_A, extraction, fakeDeps } from './fake-deps';

const fromTab = { tab: { id: 1, incognito: false } };

beforeEach(() => fakeBrowser.reset());

describe('content handlers', () => {
  it.each<[CaptureDecision]>([['capture'], ['skip-blocked'], ['skip-mode'], ['skip-paused']])('shouldCapture answers %s', async (decision) => {
    const { deps } = fakeDeps(decision);
    const res = await contentHandlers(deps).shouldCapture({ url: URL_A }, fromTab);
    expect(res).toEqual({ ok: true, value: { decision } });
  });

  it('stores an extracted article, caches its view and sets the badge', async () => {
    const { deps, saved } = fakeDeps();
    const res = await contentHandlers(deps).pageRead({ url: URL_A, page: { ok: true, html: '<p>page</p>' } }, fromTab);
    expect(res).toEqual({ ok: true, value: { corroborated: 2 } });
    expect(deps.extract).toHaveBeenCalledWith(1, URL_A, { ok: true, html: '<p>page</p>' }, false);
    expect(saved).toEqual([ARTICLE.title]);
    expect(deps.tabs.get(1, URL_A)?.view).toMatchObject({ state: 'ready', article: { lang: 'en' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('2');
    expect(deps.notifyPanel).toHaveBeenCalledWith(1);
  });

  // Regression: the retention period was applied only when the background started (once per
  // session in Firefox's persistent background page), not after captures as documented.
  it.each([
    { extract: extraction, upkeep: 1 },
    { extract: { ok: false, reason: 'not-article', message: 'no' } as Extraction, upkeep: 0 },
  ])('runs the library upkeep after a capture that stored something ($upkeep)', async ({ extract, upkeep }) => {
    const { deps } = fakeDeps('capture', extract);
    await contentHandlers(deps).pageRead({ url: URL_A, page: { ok: true, html: '<p>page</p>' } }, fromTab);
    expect(deps.afterSave).toHaveBeenCalledTimes(upkeep);
  });

  it('a failing upkeep does not fail the capture', async () => {
    const { deps } = fakeDeps();
    deps.afterSave = async () => {
      throw new Error('sweep failed');
    };
    const res = await contentHandlers(deps).pageRead({ url: URL_A, page: { ok: true, html: '<p>page</p>' } }, fromTab);
    expect(res.ok).toBe(true);
  });

  it('turns a storage failure into a serialisable error', async () => {
    const { deps } = fakeDeps();
    deps.library.save = async () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    const res = await contentHandlers(deps).pageRead({ url: URL_A, page: { ok: true, html: '<p>page</p>' } }, fromTab);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe('storage');
    expect(deps.tabs.get(1)?.view).toMatchObject({ state: 'error', message: expect.stringMatching(/disk is full/) });
  });

  // Regression: after the reader excluded the site (or forgot the page) and reloaded it, the open
  // sidebar kept showing the page's saved coverage: the tab's view changed but no panel was told.
  it.each<[CaptureDecision, string]>([['skip-blocked', 'blocked'], ['skip-forgotten', 'forgotten']])(
    'regression: a reloaded page now %s tells the open sidebar its new view', async (decision, state) => {
      const { deps } = fakeDeps('capture');
      const handlers = contentHandlers(deps);
      expect((await panelHandlers(deps).getTabView({ tabId: 1 })).ok).toBe(true);
      deps.decide = async () => decision;
      vi.mocked(deps.notifyPanel).mockClear();
      await handlers.shouldCapture({ url: URL_A }, fromTab);
      expect(deps.tabs.get(1, URL_A)?.view.state).toBe(state);
      expect(deps.notifyPanel).toHaveBeenCalledWith(1);
    });

  it('rejects messages that do not come from a tab', async () => {
    const { deps } = fakeDeps();
    expect((await contentHandlers(deps).shouldCapture({ url: URL_A }, {})).ok).toBe(false);
  });
});

describe('panel handlers', () => {
  it.each<[CaptureDecision, string, boolean]>([
    ['capture', 'ready', true],
    ['skip-mode', 'ready', true],
    ['skip-blocked', 'blocked', false],
    ['skip-unsupported', 'unsupported', false],
  ])('getTabView with policy %s gives %s (page read: %s)', async (decision, state, read) => {
    const { deps } = fakeDeps(decision);
    const res = await panelHandlers(deps).getTabView({ tabId: 1 });
    expect(res.ok && res.value.state).toBe(state);
    expect(vi.mocked(deps.readTab).mock.calls.length > 0).toBe(read);
  });

  it('shows "not an article" without saving', async () => {
    const { deps, saved } = fakeDeps('capture', { ok: false, reason: 'not-article', message: 'no' });
    const res = await panelHandlers(deps).getTabView({ tabId: 1 });
    expect(res.ok && res.value.state).toBe('not-article');
    expect(saved).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });

  it('reuses a cached view instead of reading the page again', async () => {
    const { deps } = fakeDeps();
    const handlers = panelHandlers(deps);
    await handlers.getTabView({ tabId: 1 });
    await handlers.getTabView({ tabId: 1 });
    expect(deps.readTab).toHaveBeenCalledTimes(1);
  });

  it('after a worker restart, recomputes the kept view\'s coverage without reading the page again', async () => {
    const { deps } = fakeDeps();
    deps.tabs = new TabResults(() => 0, sessionTabStore);
    await panelHandlers(deps).getTabView({ tabId: 1 });
    await vi.waitFor(async () => expect((await sessionTabStore.load(1))?.view.state).toBe('ready'));
    const { deps: restarted } = fakeDeps();
    restarted.tabs = new TabResults(() => 0, sessionTabStore);
    const res = await panelHandlers(restarted).getTabView({ tabId: 1 });
    expect(res.ok && res.value.state).toBe('ready');
    expect(restarted.readTab).not.toHaveBeenCalled();
    expect(restarted.library.coverage).toHaveBeenCalledTimes(1);
  });

  it('regression: a claim clicked in a sidebar left open past a worker restart was "not loaded"', async () => {
    const { deps } = fakeDeps();
    deps.tabs = new TabResults(() => 0, sessionTabStore);
    await panelHandlers(deps).getTabView({ tabId: 1 });
    await vi.waitFor(async () => expect(await sessionTabStore.load(1)).not.toBeNull());
    const { deps: restarted } = fakeDeps();
    restarted.tabs = new TabResults(() => 0, sessionTabStore);
    expect(await panelHandlers(restarted).highlightClaim({ tabId: 1, claimIndex: 1 })).toEqual({ ok: true, value: true });
  });

  it('saves a blocked page only when asked to save anyway', async () => {
    const { deps, saved } = fakeDeps('skip-blocked');
    const handlers = panelHandlers(deps);
    expect((await handlers.getTabView({ tabId: 1 })).ok).toBe(true);
    expect(saved).toEqual([]);
    const res = await handlers.saveAnyway({ tabId: 1 });
    expect(res.ok && res.value.state).toBe('ready');
    expect(saved).toEqual([ARTICLE.title]);
  });

  // A page judged no article (a short page, a list of links) could not be saved at all: "save
  // anyway" now extracts it without those judgements; opening the sidebar still applies them.
  it.each([
    ['opening the sidebar', false],
    ['save anyway', true],
  ] as const)('%s extracts with acceptAnyBody %s', async (action, acceptAnyBody) => {
    const { deps } = fakeDeps();
    const handlers = panelHandlers(deps);
    await (action === 'save anyway' ? handlers.saveAnyway({ tabId: 1 }) : handlers.getTabView({ tabId: 1 }));
    expect(deps.extract).toHaveBeenCalledWith(1, URL_A, { ok: true, html: '<p>page</p>' }, acceptAnyBody);
  });

  // Regression: a page saved with "save anyway" was refused again as "Not a news article" on every
  // later visit, its stored article out of reach from the page; a page never saved stays refused.
  it.each([
    { how: 'opening the sidebar', savedBefore: true, state: 'ready', reads: [false, true] },
    { how: 'opening the sidebar', savedBefore: false, state: 'not-article', reads: [false] },
    { how: 'auto capture', savedBefore: true, state: 'ready', reads: [false, true] },
    { how: 'auto capture', savedBefore: false, state: 'not-article', reads: [false] },
  ])('$how on a refused page saved anyway before ($savedBefore) shows $state', async ({ how, savedBefore, state, reads }) => {
    const { deps } = fakeDeps();
    const refused: Extraction = { ok: false, reason: 'not-article', message: 'This is a page of links to other articles, not an article' };
    deps.extract = vi.fn(async (_t: number, _u: string, _p: unknown, anyBody?: boolean) => (anyBody ? extraction : refused));
    deps.library.findSaved = vi.fn(async (url: string) => (savedBefore && url === URL_A ? 7 : null));
    if (how === 'auto capture') await contentHandlers(deps).pageRead({ url: URL_A, page: { ok: true, html: '<p>page</p>' } }, fromTab);
    else await panelHandlers(deps).getTabView({ tabId: 1 });
    expect(deps.tabs.get(1, URL_A)?.view.state).toBe(state);
    expect(vi.mocked(deps.extract).mock.calls.map((c) => c[3])).toEqual(reads);
  });

  // Regression: the excluded-site screen said "nothing from this page was saved" of a page saved
  // before its site was excluded; the article stays in the library until the reader forgets it.
  it.each([
    { saved: 'saved before the site was excluded', capture: true, articleId: 1 },
    { saved: 'never saved', capture: false, articleId: null },
  ])('the excluded-site view of a page $saved names its article ($articleId)', async ({ capture, articleId }) => {
    const { deps, saved } = fakeDeps('capture');
    if (capture) await panelHandlers(deps).getTabView({ tabId: 1 });
    deps.decide = async () => 'skip-blocked';
    await contentHandlers(deps).shouldCapture({ url: URL_A }, fromTab);
    expect(deps.tabs.get(1, URL_A)?.view).toEqual({ state: 'blocked', host: 'towncrier.test', articleId });
    const forgot = await panelHandlers(deps).forgetPage({ tabId: 1 });
    expect(forgot.ok && forgot.value).toEqual(capture ? { state: 'blocked', host: 'towncrier.test', articleId: null } : false);
    expect(saved).toEqual([]);
  });

  it('the excluded-site view asks the library again once it changed (the article deleted in Options)', async () => {
    const { deps } = fakeDeps('capture');
    let generation = 0;
    deps.tabs = new TabResults(() => generation);
    await panelHandlers(deps).getTabView({ tabId: 1 });
    deps.decide = async () => 'skip-blocked';
    await contentHandlers(deps).shouldCapture({ url: URL_A }, fromTab);
    deps.library.findSaved = async () => null;
    generation++;
    const res = await panelHandlers(deps).getTabView({ tabId: 1 });
    expect(res.ok && res.value).toEqual({ state: 'blocked', host: 'towncrier.test', articleId: null });
  });

  it('forwards highlight and mark requests with the claims\' selectors', async () => {
    const { deps } = fakeDeps();
    const handlers = panelHandlers(deps);
    await handlers.getTabView({ tabId: 1 });
    expect(await handlers.highlightClaim({ tabId: 1, claimIndex: 1 })).toEqual({ ok: true, value: true });
    expect(vi.mocked(deps.highlightInTab).mock.calls[0][1].exact).toBe(sampleReport().claims[1].claim.text);
    expect((await handlers.highlightClaim({ tabId: 1, claimIndex: 9 })).ok).toBe(false);
    expect(await handlers.markCorroborated({ tabId: 1, on: true })).toEqual({ ok: true, value: 2 });
    expect(await handlers.markCorroborated({ tabId: 1, on: false })).toEqual({ ok: true, value: 0 });
  });

  it('forgets the page: deletes the article, keeps the view, clears the badge', async () => {
    const { deps, saved } = fakeDeps();
    const handlers = panelHandlers(deps);
    await handlers.getTabView({ tabId: 1 });
    const res = await handlers.forgetPage({ tabId: 1 });
    expect(res.ok && res.value.state === 'ready' && res.value.article.saved).toBe(false);
    expect(saved).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect((await handlers.forgetPage({ tabId: 1 })).ok).toBe(false);
    const again = await handlers.getTabView({ tabId: 1 });
    expect(again.ok && again.value.state === 'ready' && again.value.article.saved).toBe(false);
  });

  // Regression (walkthrough of 2026-12-06): after "Forget this page", reloading the page saved it
  // again straight away in automatic mode.
  it('keeps a forgotten page unsaved on reload and when the sidebar opens, until "Save this page anyway"', async () => {
    const { deps, saved } = fakeDeps();
    const panel = panelHandlers(deps);
    const content = contentHandlers(deps);
    await panel.getTabView({ tabId: 1 });
    await panel.forgetPage({ tabId: 1 });
    expect(await content.shouldCapture({ url: URL_A }, fromTab)).toEqual({ ok: true, value: { decision: 'skip-forgotten' } });
    expect(deps.tabs.get(1, URL_A)?.view).toEqual({ state: 'forgotten' });
    const reopened = await panel.getTabView({ tabId: 1 });
    expect(reopened.ok && reopened.value.state).toBe('forgotten');
    expect(saved).toEqual([]);
    const kept = await panel.saveAnyway({ tabId: 1 });
    expect(kept.ok && kept.value.state).toBe('ready');
    expect(saved).toEqual([ARTICLE.title]);
    expect(await content.shouldCapture({ url: URL_A }, fromTab)).toEqual({ ok: true, value: { decision: 'capture' } });
  });

  it('reports a closed tab', async () => {
    const { deps } = fakeDeps();
    const res = await panelHandlers(deps).getTabView({ tabId: 99 });
    expect(res.ok && res.value.state).toBe('error');
  });

  it('shows selection results and goes back to the article', async () => {
    const { deps } = fakeDeps();
    const handlers = panelHandlers(deps);
    await handlers.getTabView({ tabId: 1 });
    const view = await findSelection(deps, 1, URL_A, '  The council   approved homes. ');
    expect(view).toMatchObject({ state: 'ready', selection: 'The council approved homes.' });
    expect((await handlers.getTabView({ tabId: 1 })).ok && deps.tabs.get(1)?.view).toMatchObject({ selection: 'The council approved homes.' });
    const back = await handlers.clearSelection({ tabId: 1 });
    expect(back.ok && back.value.state === 'ready' && back.value.selection).toBeUndefined();
  });
});
