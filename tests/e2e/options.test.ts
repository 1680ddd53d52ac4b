/**
 * The options page in real Chromium: outlets renamed (not to another outlet's name), merged after
 * a confirmation, and deleted; an export, a delete-all and an import restoring everything; a
 * malformed import refused with nothing changed. Screenshots in light and dark mode go to
 * test-output/.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension, TEST_OUTPUT_DIR, type ExtensionHarness } from './harness';
import { libraryRows, openOptions, shownOutlets, visit } from './options-helpers';

describe('options page: library management', () => {
  let ext: ExtensionHarness;
  beforeEach(async () => {
    ext = await launchExtension({ extensionDir: process.env.CORROBORATE_EXTENSION_DIR });
  });
  afterEach(async () => {
    await ext?.close();
  });

  it('lists captured outlets and articles, in light and dark mode', async () => {
    expect(await visit(ext, ['wire', 'herald', 'ledger'])).toEqual(['ready', 'ready', 'ready']);
    const page = await openOptions(ext);
    await page.waitForSelector('table.articles tbody tr >> nth=2');
    expect((await shownOutlets(page)).sort()).toEqual(['Continental Press', 'Hollin Valley Herald', 'The Northfield Ledger']);
    expect(await page.locator('[data-testid="article-count"]').innerText()).toBe('3');
    expect(await page.locator('table.articles tbody tr').count()).toBe(3);
    await page.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'options-light.png'), fullPage: true });
    const herald = page.locator('table.articles tr', { hasText: 'Hollin Valley Herald' });
    const [evidence] = await Promise.all([page.waitForEvent('download'), herald.getByRole('button', { name: /Export evidence/ }).click()]);
    const md = readFileSync(await evidence.path(), 'utf8');
    expect(md).toMatch(/^# Evidence: Carrow dam failure/);
    expect(md).toContain('**Continental Press**');
    expect(md).toMatch(/\[-[^\]]+-\]\{\+[^}]+\+\}/); // at least one word diff
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'options-dark.png'), fullPage: true });
  });

  it('renames an outlet and merges another into it', async () => {
    await visit(ext, ['wire', 'ledger']);
    const page = await openOptions(ext);
    const wireRow = page.locator('table.outlets tr', { has: page.locator('td.domains', { hasText: 'continentalpress' }) });
    const name = wireRow.locator('input.outlet-name');
    // Another outlet's name is refused, the current name kept.
    await name.fill('the northfield ledger');
    await name.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Another outlet is already called “The Northfield Ledger”; kept “Continental Press”.' }).waitFor();
    await expect.poll(() => name.inputValue()).toBe('Continental Press');
    await name.fill('CP Wire');
    await name.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Renamed to CP Wire' }).waitFor();
    const ledgerId = (await libraryRows(ext)).outlets.find((o) => o.name === 'The Northfield Ledger')!.id;
    await wireRow.getByRole('combobox').selectOption(ledgerId);
    await wireRow.getByRole('button', { name: 'Merge', exact: true }).click();
    // Nothing is merged until the reader confirms, in a dialog naming both outlets.
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.innerText()).toContain('Merge The Northfield Ledger into CP Wire?');
    await expect.poll(() => dialog.innerText()).toContain('Its 1 article and its domains move to CP Wire.');
    expect((await libraryRows(ext)).outlets).toHaveLength(2);
    await dialog.getByRole('button', { name: 'Merge outlets' }).click();
    await page.getByRole('status').filter({ hasText: 'Merged The Northfield Ledger into CP Wire (1 article).' }).waitFor();
    await expect.poll(() => shownOutlets(page)).toEqual(['CP Wire']);
    const rows = await libraryRows(ext);
    expect(rows.outlets).toHaveLength(1);
    expect(rows.outlets[0].name).toBe('CP Wire');
    expect(rows.outlets[0].domains.join(' ')).toMatch(/continentalpress.*northfieldledger/);
    expect(rows.articles).toBe(2);
  });

  it('deletes an outlet after saying how many articles go', async () => {
    await visit(ext, ['wire', 'herald']);
    const page = await openOptions(ext);
    await page.getByRole('button', { name: 'Delete Hollin Valley Herald and its articles' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.innerText()).toContain('1 article');
    await dialog.getByRole('button', { name: 'Delete 1 article' }).click();
    await expect.poll(() => shownOutlets(page)).toEqual(['Continental Press']);
    const rows = await libraryRows(ext);
    expect(rows.outlets.map((o) => o.name)).toEqual(['Continental Press']);
    expect(rows.articles).toBe(1);
  });

  it('exports, deletes everything, and imports the export back', async () => {
    await visit(ext, ['wire', 'herald', 'gazette']);
    const before = await libraryRows(ext);
    expect(before.articles).toBe(3);
    const page = await openOptions(ext);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    const file = resolve(TEST_OUTPUT_DIR, 'options-export.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('corroborate-library');

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('textbox').fill('delete');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(async () => (await libraryRows(ext)).articles).toBe(0);
    await expect.poll(() => page.locator('[data-testid="article-count"]').innerText()).toBe('0');

    await page.locator('#import-file').setInputFiles(file);
    await expect.poll(() => page.locator('[data-testid="import-export-message"]').innerText()).toContain('3 new articles');
    expect(await libraryRows(ext)).toEqual(before);
    await expect.poll(() => page.locator('[data-testid="article-count"]').innerText()).toBe('3');
  });

  it.each([
    ['not JSON', '{"format": "corroborate-library", "version": 1, "outlets": ['],
    ['another program’s JSON', '{"bookmarks": [{"url": "https://example.com"}]}'],
    ['a valid header with a broken article', '{"format":"corroborate-library","version":1,"exportedAt":0,"outlets":[],"articles":[{"key":"x"}]}'],
  ])('refuses a malformed import (%s) and changes nothing', async (_name, content) => {
    await visit(ext, ['wire', 'observer']);
    const before = await libraryRows(ext);
    const page = await openOptions(ext);
    await page.locator('#import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    const message = page.locator('[data-testid="import-export-message"]');
    // Errors go to the separate, always present alert; progress and results to the status line.
    await expect.poll(() => message.locator('[role="alert"]').innerText()).toContain('broken.json was not imported');
    expect(await libraryRows(ext)).toEqual(before);
  });
});
