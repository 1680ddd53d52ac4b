/** Tab views kept in storage.session across service-worker restarts (tab-store.ts, tab-results.ts). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabResults } from '../../../extension/tab-results';
import { sessionTabStore, type KeptTab } from '../../../extension/tab-store';
import type { TabView } from '../../../utils/messaging/protocol';

const URL_A = 'https://towncrier.test/homes';
const notArticle: TabView = { state: 'not-article', message: 'Not an article.' };
const kept = (updated: number, url = URL_A): KeptTab => ({ url, view: notArticle, updated });

beforeEach(() => fakeBrowser.reset());

describe('sessionTabStore', () => {
  it('saves, loads and drops one tab\'s view', async () => {
    expect(await sessionTabStore.load(1)).toBeNull();
    await sessionTabStore.save(1, kept(5));
    expect(await sessionTabStore.load(1)).toEqual(kept(5));
    expect(await sessionTabStore.load(2)).toBeNull();
    await sessionTabStore.drop(1);
    expect(await sessionTabStore.load(1)).toBeNull();
  });

  it('drops the oldest kept views once when the area is full, then keeps the new one', async () => {
    for (const [tab, at] of [[1, 10], [2, 30], [3, 20], [4, 40]]) await sessionTabStore.save(tab, kept(at));
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('Session storage quota bytes exceeded.'));
    await sessionTabStore.save(5, kept(50));
    const left = await Promise.all([1, 2, 3, 4, 5].map((t) => sessionTabStore.load(t)));
    expect(left.map((k) => k?.updated ?? null)).toEqual([null, 30, null, 40, 50]);
  });
});

describe('TabResults across a worker restart', () => {
  const ready = { state: 'ready' } as TabView;

  it.each<[string, TabView, boolean]>([
    ['a settled view is kept', notArticle, true],
    ['an article view is kept', ready, true],
    ['a view still loading is not', { state: 'loading' }, false],
    ['nor the "unsupported" view of a private window\'s tab', { state: 'unsupported', url: 'https://private.test/' }, false],
    ['an error is not', { state: 'error', message: 'x' }, false],
  ])('%s', async (_name, view, expected) => {
    new TabResults(() => 3, sessionTabStore).set(1, URL_A, view);
    await vi.waitFor(async () => expect((await sessionTabStore.load(1)) !== null).toBe(expected));
    const restarted = new TabResults(() => 0, sessionTabStore);
    const entry = await restarted.load(1, URL_A);
    expect(entry?.view ?? null).toEqual(expected ? view : null);
    if (entry) expect(restarted.isStale(entry)).toBe(true);
  });

  it('restores nothing for another URL, and a memory entry wins over the kept one', async () => {
    new TabResults(() => 0, sessionTabStore).set(1, URL_A, notArticle);
    await vi.waitFor(async () => expect(await sessionTabStore.load(1)).not.toBeNull());
    const restarted = new TabResults(() => 0, sessionTabStore);
    expect(await restarted.load(1, 'https://towncrier.test/other')).toBeUndefined();
    const fresh = restarted.set(1, URL_A, { state: 'blocked', host: 'towncrier.test' });
    expect(await restarted.load(1, URL_A)).toBe(fresh);
  });

  it('a later unsettled view, or forgetting the tab, drops the kept view', async () => {
    const tabs = new TabResults(() => 0, sessionTabStore);
    tabs.set(1, URL_A, notArticle);
    tabs.set(2, URL_A, notArticle);
    await vi.waitFor(async () => expect(await sessionTabStore.load(2)).not.toBeNull());
    tabs.set(1, URL_A, { state: 'loading' });
    tabs.delete(2);
    await vi.waitFor(async () => expect([await sessionTabStore.load(1), await sessionTabStore.load(2)]).toEqual([null, null]));
  });

  it('without a store, nothing outlives the instance', async () => {
    new TabResults().set(1, URL_A, notArticle);
    expect(await new TabResults().load(1, URL_A)).toBeUndefined();
  });
});
