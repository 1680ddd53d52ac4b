/**
 * Capture from the sidebar's side in real Chromium: an excluded site is never read
 * until the reader clicks "Save this page anyway", and in click-only mode a page is
 * not read on load but is captured when its sidebar opens.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { launchExtension, TEST_OUTPUT_DIR, type ExtensionHarness } from './harness';

/** Stores capture settings the way extension/settings.ts does (versioned WXT item). */
async function setSettings(ext: ExtensionHarness, patch: Record<string, unknown>): Promise<void> {
  await ext.serviceWorker.evaluate(async (p) => {
    const settings = { mode: 'auto', allowlist: [], blocklist: [], pausedUntil: null, markCorroborated: false, retentionDays: null, onboarded: true, ...p };
    await chrome.storage.local.set({ captureSettings: settings, captureSettings$: { v: 2 } });
  }, patch);
}

const articleCount = (ext: ExtensionHarness) =>
  ext.evalInWorker(() => (globalThis as unknown as { __corroborate: { articleCount(): Promise<number> } }).__corroborate.articleCount());

describe('capture policy seen from the sidebar', () => {
  let ext: ExtensionHarness;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    await ext?.close();
  });

  it('never reads an excluded site until "Save this page anyway"', async () => {
    await setSettings(ext, { blocklist: ['riversidegazette.test'] });
    const page = await ext.context.newPage();
    await page.goto(ext.baseUrl('gazette'));
    expect((await ext.waitForCapture(page)).state).toBe('blocked');
    expect(await articleCount(ext)).toBe(0);
    const panel = await ext.openPanel(page);
    expect(await panel.locator('h1').innerText()).toBe('This site is excluded from capture');
    expect(await articleCount(ext)).toBe(0);
    await panel.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'sidebar-blocked.png') });
    await panel.getByRole('button', { name: 'Save this page anyway' }).click();
    await panel.waitForSelector('main[data-state="ready"]');
    expect(await articleCount(ext)).toBe(1);
    expect(await panel.locator('.article-title').innerText()).toMatch(/\S/);
  });

  it('re-reads a single-page-app navigation without duplicating the article', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.baseUrl('wire'));
    expect((await ext.waitForCapture(page)).state).toBe('ready');
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?page=2`));
    await page.waitForURL(/\?page=2$/);
    expect((await ext.waitForCapture(page)).url).toMatch(/\?page=2$/);
    expect(await articleCount(ext)).toBe(1);
  });

  it('in click-only mode reads a page only when its sidebar opens', async () => {
    await setSettings(ext, { mode: 'click' });
    const page = await ext.context.newPage();
    await page.goto(ext.baseUrl('wire'));
    expect(await ext.waitForDecision(page)).toEqual(['skip-mode']);
    expect(await articleCount(ext)).toBe(0);
    expect(await ext.badgeText(page)).toBe('');
    const panel = await ext.openPanel(page);
    expect(await panel.locator('main').getAttribute('data-state')).toBe('ready');
    expect(await panel.locator('.saved-yes').innerText()).toBe('Saved in your library');
    expect(await articleCount(ext)).toBe(1);
    expect(await panel.locator('.no-coverage h2').innerText()).toContain('No other coverage in your library yet');
    await panel.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'sidebar-first-run.png'), fullPage: true });
  });
});
