/**
 * Stale coverage (regression: the sidebar kept the view computed at capture time, so coverage
 * captured later in another tab never showed until the page was reloaded).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Dexie from 'dexie';
import type { BackgroundDeps } from '../../../extension/capture';
import { panelHandlers } from '../../../extension/handlers/panel';
import { LibraryGeneration } from '../../../extension/library-generation';
import { showBadge } from '../../../extension/badge';
import { TabResults } from '../../../extension/tab-results';
import type { CoverageReport } from '../../../utils/library/types';
import type { TabView } from '../../../utils/messaging/protocol';
import { readyView, report, sampleReport } from '../sidebar/sample';

const URL_A = 'https://towncrier.test/homes';

/** Deps whose library generation the test moves by hand and whose coverage answers `next`. */
function setup(next: () => CoverageReport) {
  let generation = 0;
  const deps: BackgroundDeps = {
    library: { save: vi.fn(), coverage: vi.fn(async () => next()), coverageFor: vi.fn(async () => sampleReport()), count: async () => 1, forget: vi.fn() },
    tabs: new TabResults(() => generation),
    decide: vi.fn(async () => 'capture' as const),
    setForgotten: vi.fn(async () => undefined),
    tabInfo: async () => ({ url: URL_A, incognito: false }),
    readTab: vi.fn(),
    extract: vi.fn(),
    highlightInTab: vi.fn(),
    markInTab: vi.fn(),
    showBadge,
    notifyPanel: vi.fn(),
    afterSave: vi.fn(async () => undefined),
    now: () => 0,
  };
  return { deps, bump: () => void generation++ };
}

const corroborated = (v: TabView) => (v.state === 'ready' ? v.report.claims.filter((c) => c.others.length > 0).length : -1);
const empty = () => report(sampleReport().claims.map((c) => ({ ...c, others: [] })));

beforeEach(() => fakeBrowser.reset());

describe('getTabView after the library changed', () => {
  it.each([
    ['unchanged library: the cached view, no new match', false, sampleReport, 0, 0, true],
    ['another tab captured coverage: recomputed', true, sampleReport, 1, 2, true],
    // Regression: a deleted article showed "no other coverage" although other outlets' copies were still stored.
    ['the article was deleted meanwhile: not saved, still compared with the library', true, () => ({ articleId: 1, claims: [], outlets: [] }), 1, 2, false],
  ])('%s', async (_name, write, next, matches, expected, saved) => {
    const { deps, bump } = setup(next);
    deps.tabs.set(1, URL_A, readyView(empty()));
    if (write) bump();
    const res = await panelHandlers(deps).getTabView({ tabId: 1 }, {});
    expect(res.ok && corroborated(res.value)).toBe(expected);
    expect(deps.library.coverage).toHaveBeenCalledTimes(matches);
    expect(deps.library.coverageFor).toHaveBeenCalledTimes(saved ? 0 : 1);
    if (!saved) {
      const [article, claims, opts] = vi.mocked(deps.library.coverageFor).mock.calls[0];
      expect(opts).toEqual({ excerpt: false });
      expect(claims).toHaveLength(empty().claims.length);
      expect(article.paragraphs.join(' ')).toContain(claims[0].text);
    }
    if (res.ok && res.value.state === 'ready') expect(res.value.article.saved).toBe(saved);
    if (matches) expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe(expected && saved ? String(expected) : '');
  });

  // Regression (review): once unsaved (deleted, or forgotten), a view was never compared again.
  it('an unsaved article is compared with the library again after every library change, without being saved', async () => {
    const { deps, bump } = setup(sampleReport);
    const view = readyView(empty());
    deps.tabs.set(1, URL_A, view.state === 'ready' ? { ...view, article: { ...view.article, saved: false, articleId: null } } : view);
    for (const expected of [1, 2]) {
      bump();
      const res = await panelHandlers(deps).getTabView({ tabId: 1 }, {});
      expect(res.ok && corroborated(res.value)).toBe(2);
      expect(res.ok && res.value.state === 'ready' && res.value.article.saved).toBe(false);
      expect(deps.library.coverageFor).toHaveBeenCalledTimes(expected);
    }
    expect(deps.library.coverage).not.toHaveBeenCalled();
    expect(deps.library.save).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });

  it('a refreshed view is fresh again: the next call does not match', async () => {
    const { deps, bump } = setup(sampleReport);
    deps.tabs.set(1, URL_A, readyView(empty()));
    bump();
    await panelHandlers(deps).getTabView({ tabId: 1 }, {});
    await panelHandlers(deps).getTabView({ tabId: 1 }, {});
    expect(deps.library.coverage).toHaveBeenCalledTimes(1);
  });
});

describe('LibraryGeneration', () => {
  it.each([
    ['a write to the watched database counts', 'watched', 1],
    ['a write to another database does not', 'other', 0],
  ])('%s', async (_name, target, expected) => {
    const gen = new LibraryGeneration('watched').start();
    const seen = vi.fn();
    gen.onChange(seen);
    const before = gen.current();
    const db = new Dexie(target);
    db.version(1).stores({ rows: '++id' });
    await db.table('rows').add({ v: 1 });
    expect(gen.current() - before > 0 ? 1 : 0).toBe(expected);
    expect(seen.mock.calls.length > 0 ? 1 : 0).toBe(expected);
    db.close();
  });
});

describe('a coverage refresh overtaken by the reader', () => {
  const savedFlag = (v?: TabView) => (v?.state === 'ready' ? v.article.saved : null);

  // Regression: a refresh under way when the reader clicked "Forget this page" wrote its view back
  // afterwards, so the forgotten page showed as saved again (and the badge came back); a refresh
  // overtaken by a navigation put the old page's entry and badge back on the tab.
  it.each([
    ['"Forget this page"', 'forget', { saved: false, badge: '' }],
    ['a navigation to another page', 'navigate', { saved: null, badge: '' }],
  ])('%s during the refresh wins', async (_name, action, expected) => {
    const { deps, bump } = setup(sampleReport);
    let answer!: (r: CoverageReport) => void;
    deps.library.coverage = vi.fn(() => new Promise<CoverageReport>((r) => (answer = r)));
    const panel = panelHandlers(deps);
    deps.tabs.set(1, URL_A, readyView());
    bump(); // another tab captured something: the view is stale
    const refresh = panel.getTabView({ tabId: 1 }, {}); // the sidebar's quiet reload
    await new Promise((r) => setTimeout(r, 0));
    if (action === 'forget') expect((await panel.forgetPage({ tabId: 1 }, {})).ok).toBe(true);
    else deps.tabs.delete(1); // as tab-events.ts does when the tab's URL changes
    bump(); // a forget is a library write
    answer(sampleReport()); // coverage read before the forget committed
    await refresh;
    expect({ saved: savedFlag(deps.tabs.get(1)?.view), badge: await fakeBrowser.action.getBadgeText({ tabId: 1 }) }).toEqual(expected);
  });
});
