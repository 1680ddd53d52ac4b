import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, PAUSED_UNTIL_RESUMED, SETTINGS_VERSION } from '../../../utils/settings';

async function freshModule() {
  vi.resetModules();
  return import('../../../extension/settings');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('extension settings storage', () => {
  it('falls back to the defaults on a new install', async () => {
    const { loadCaptureSettings } = await freshModule();
    expect(await loadCaptureSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a stored version-1 value when the extension updates', async () => {
    await fakeBrowser.storage.local.set({
      captureSettings: { mode: 'click', allowlist: [], blocklist: ['paypal.com'], paused: true, onboarded: true },
      captureSettings$: { v: 1 },
    });
    const { loadCaptureSettings } = await freshModule();
    expect(await loadCaptureSettings()).toEqual({
      mode: 'click', allowlist: [], blocklist: ['paypal.com'], pausedUntil: PAUSED_UNTIL_RESUMED,
      markCorroborated: false, retentionDays: null, onboarded: true,
    });
    const stored = await fakeBrowser.storage.local.get(['captureSettings', 'captureSettings$']);
    expect(stored.captureSettings$).toEqual({ v: SETTINGS_VERSION });
    expect(stored.captureSettings).not.toHaveProperty('paused');
  });

  it.each([
    ['auto', 'https://example-news.com/a', 'capture'],
    ['click', 'https://example-news.com/a', 'skip-mode'],
  ] as const)('updates settings and decides with them (mode %s)', async (mode, url, expected) => {
    const { updateCaptureSettings, decideWithStoredSettings, loadCaptureSettings } = await freshModule();
    await updateCaptureSettings({ mode, blocklist: ['www.bank.example'] });
    expect((await loadCaptureSettings()).blocklist).toEqual(['bank.example']);
    expect(await decideWithStoredSettings(url, false, 'auto')).toBe(expected);
    expect(await decideWithStoredSettings('https://bank.example/x', false, 'sidebar')).toBe('skip-blocked');
  });

  // Regression: two quick changes (arrowing through the mode radios, or saving the blocklist while
  // a mode change is saved) each read the old settings and the later write dropped the other's change.
  it('applies concurrent changes one after another, losing none and resolving in order', async () => {
    const { updateCaptureSettings, loadCaptureSettings } = await freshModule();
    const results = await Promise.all([
      updateCaptureSettings({ mode: 'click' }),
      updateCaptureSettings({ mode: 'allowlist' }),
      updateCaptureSettings({ blocklist: ['bank.example'] }),
    ]);
    expect(results.map((r) => r.mode)).toEqual(['click', 'allowlist', 'allowlist']);
    expect(await loadCaptureSettings()).toMatchObject({ mode: 'allowlist', blocklist: ['bank.example'] });
  });

  // Without the queue's catch, one failed write would block every later change made on the page.
  it('goes on applying changes after one fails to be stored', async () => {
    const { updateCaptureSettings, loadCaptureSettings } = await freshModule();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(updateCaptureSettings({ mode: 'click' })).rejects.toThrow('quota exceeded');
    await updateCaptureSettings({ mode: 'allowlist' });
    expect((await loadCaptureSettings()).mode).toBe('allowlist');
    set.mockRestore();
  });
});
