/**
 * Excluding a site in the options while its page is shown (blocklist-events.ts). Regression: the open
 * sidebar kept showing "Saved in your library" and the page's coverage after the reader excluded its
 * site, until the page was reloaded.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyBlocklist, followBlocklist } from '../../../extension/blocklist-events';
import { panelHandlers } from '../../../extension/handlers/panel';
import { decideWithStoredSettings, updateCaptureSettings } from '../../../extension/settings';
import { URL_A, fakeDeps } from './fake-deps';

/** Tab 1 showing URL_A's saved article, its policy read from the stored settings. */
async function shownArticle() {
  const { deps } = fakeDeps('capture');
  deps.decide = (url, incognito, trigger) => decideWithStoredSettings(url, incognito, trigger);
  expect((await panelHandlers(deps).getTabView({ tabId: 1 })).ok).toBe(true);
  vi.mocked(deps.notifyPanel).mockClear();
  return deps;
}

beforeEach(() => fakeBrowser.reset());

describe('applyBlocklist', () => {
  it.each([
    { blocklist: ['towncrier.test'], state: 'blocked', told: 1 },
    { blocklist: ['othertown.test'], state: 'ready', told: 0 },
  ])('blocklist $blocklist: the shown page becomes $state, $told sidebar(s) told', async ({ blocklist, state, told }) => {
    const deps = await shownArticle();
    await updateCaptureSettings({ blocklist });
    await applyBlocklist(deps);
    expect(deps.tabs.get(1, URL_A)?.view.state).toBe(state);
    if (state === 'blocked') expect(deps.tabs.get(1, URL_A)?.view).toMatchObject({ articleId: 1 });
    expect(deps.notifyPanel).toHaveBeenCalledTimes(told);
  });
});

describe('followBlocklist', () => {
  it('regression: saving the blocklist in the options switches the open sidebar to the excluded-site screen', async () => {
    const deps = await shownArticle();
    const stop = followBlocklist(deps);
    await updateCaptureSettings({ blocklist: ['towncrier.test'] });
    await vi.waitFor(() => expect(deps.notifyPanel).toHaveBeenCalledWith(1));
    expect(deps.tabs.get(1, URL_A)?.view.state).toBe('blocked');
    stop();
  });
});
