/**
 * Capture settings chosen in the options page, checked in real Chromium: automatic capture by
 * default, click-only mode (a visit stores nothing; opening the sidebar does), the blocklist,
 * and the onboarding page saving a mode.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { launchExtension, TEST_OUTPUT_DIR, type ExtensionHarness } from './harness';
import { libraryRows, openOptions, visit } from './options-helpers';

const storedSettings = (ext: ExtensionHarness) =>
  ext.evalInWorker(async () => (await chrome.storage.local.get('captureSettings')).captureSettings as Record<string, unknown> | undefined);

describe('capture settings from the options page', () => {
  let ext: ExtensionHarness;
  beforeEach(async () => {
    ext = await launchExtension({ extensionDir: process.env.CORROBORATE_EXTENSION_DIR });
  });
  afterEach(async () => {
    await ext?.close();
  });

  // A two-sentence news brief is an article too (it was refused as too short before 2026-12-06).
  it('captures articles automatically by default, a news brief included, but not a shop page', async () => {
    expect(await visit(ext, ['wire', 'herald', 'news-brief', 'not-an-article'])).toEqual(['ready', 'ready', 'ready', 'not-article']);
    expect((await libraryRows(ext)).articles).toBe(3);
  });

  it('in click-only mode, a visit stores nothing and opening the sidebar captures', async () => {
    const options = await openOptions(ext);
    await options.getByRole('radio', { name: /Only when I open the sidebar/ }).check();
    await expect.poll(async () => (await storedSettings(ext))?.mode).toBe('click');
    const page = await ext.context.newPage();
    await page.goto(ext.baseUrl('ledger'));
    expect(await ext.waitForDecision(page)).toEqual(['skip-mode']);
    expect((await libraryRows(ext)).articles).toBe(0);
    const panel = await ext.openPanel(page);
    expect(await panel.locator('main').getAttribute('data-state')).toBe('ready');
    expect((await libraryRows(ext)).articles).toBe(1);
  });

  it('never reads a site added to the blocklist', async () => {
    const options = await openOptions(ext);
    const area = options.locator('#blocklist');
    await area.fill(`${await area.inputValue()}\nhttps://www.hollinherald.test/local/`);
    await options.getByRole('button', { name: 'Save blocklist' }).click();
    await expect.poll(async () => (await storedSettings(ext))?.blocklist as string[]).toContain('hollinherald.test');
    expect(await visit(ext, ['herald', 'wire'])).toEqual(['blocked', 'ready']);
    const rows = await libraryRows(ext);
    expect(rows.outlets.map((o) => o.name)).toEqual(['Continental Press']);
  });

  it('pauses automatic capture until resumed; opening the sidebar while paused saves the page and says so', async () => {
    const options = await openOptions(ext);
    await options.getByRole('button', { name: 'Pause until I resume' }).click();
    await options.getByRole('button', { name: 'Resume capture' }).waitFor();
    const page = await ext.context.newPage();
    await page.goto(ext.baseUrl('gazette'));
    expect(await ext.waitForDecision(page)).toEqual(['skip-paused']);
    expect((await libraryRows(ext)).articles).toBe(0);
    // Opening the sidebar still saves the page, and the sidebar says so.
    const panel = await ext.openPanel(page);
    expect(await panel.locator('main').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => panel.locator('[data-testid="capture-paused-note"]').count()).toBe(1);
    expect((await libraryRows(ext)).articles).toBe(1);
    await panel.close();
    await options.getByRole('button', { name: 'Resume capture' }).click();
    await options.getByRole('button', { name: 'Pause for 1 hour' }).waitFor();
    expect(await visit(ext, ['wire'])).toEqual(['ready']);
    expect((await libraryRows(ext)).articles).toBe(2);
  });

  it('the onboarding page saves the chosen mode', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('onboarding.html'));
    await page.getByRole('heading', { name: 'Nothing leaves this device' }).waitFor();
    expect(await page.getByRole('radio', { name: /Remember news articles automatically/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /Only on sites I list/ }).check();
    await page.getByLabel('Sites to remember').fill('continentalpress.test');
    await page.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'onboarding.png'), fullPage: true });
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(async () => (await storedSettings(ext))?.onboarded).toBe(true);
    const s = await storedSettings(ext);
    expect([s?.mode, s?.allowlist]).toEqual(['allowlist', ['continentalpress.test']]);
    expect(await visit(ext, ['wire'])).toEqual(['ready']);
  });
});
