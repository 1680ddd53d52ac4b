/**
 * The Firefox MV2 build (.output/firefox-mv2, made by `npm test` before the e2e run) in real
 * headless Firefox ESR over WebDriver BiDi: the background page captures the five demo pages,
 * the real sidebar (sidebar_action) shows the Coastline Observer's coverage and a changed number,
 * the toolbar badge counts its corroborated statements, and the options page exports, deletes
 * and re-imports the library. Fails when the Firefox build of any of these is broken.
 * Skipped, with a warning, when Firefox is not installed (`apt-get install -y firefox-esr`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_BIN, launchFirefox, waitFor, type FirefoxExtensionApi, type FirefoxHarness, type OpenedPage } from './firefox/launch';

declare const browser: FirefoxExtensionApi;

const OUTLETS = ['wire', 'ledger', 'herald', 'gazette', 'observer'];
const OUTLET_NAMES = ['Continental Press', 'Hollin Valley Herald', 'The Coastline Observer', 'The Northfield Ledger', 'The Riverside Gazette'];
const missing = !existsSync(FIREFOX_BIN);
if (missing) console.warn(`Skipping the Firefox e2e test: no Firefox at ${FIREFOX_BIN}. Install it with \`sudo apt-get install -y firefox-esr\` or set FIREFOX_BIN.`);

/** Runs in an extension page: the article count and outlet names, read with plain IndexedDB. */
async function readLibrary(): Promise<{ articles: number; outlets: string[] }> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('corroborate');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const read = <T,>(store: string, op: (s: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((ok, fail) => {
      const req = op(db.transaction(store, 'readonly').objectStore(store));
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  const articles = await read('articles', (s) => s.count());
  const outlets = (await read<{ name: string }[]>('outlets', (s) => s.getAll())).map((o) => o.name).sort();
  db.close();
  return { articles, outlets };
}

describe.skipIf(missing)('Firefox (MV2 build, WebDriver BiDi)', () => {
  let ff: FirefoxHarness;
  const states: string[] = [];
  let observer: OpenedPage;

  beforeAll(async () => {
    ff = await launchFirefox();
    const record = (page: OpenedPage) =>
      ff.evaluate(ff.control, async (tabId: number, url: string) => (await browser.runtime.getBackgroundPage()).__corroborate?.record(tabId, url) ?? null, page.tabId, page.url);
    for (const outlet of OUTLETS) {
      const page = await ff.openPage(ff.server.baseUrl(outlet));
      states.push((await waitFor(`the capture of ${outlet}`, () => record(page), 30_000)).state);
      if (outlet === 'observer') observer = page;
      else await ff.bidi.send('browsingContext.close', { context: page.context });
    }
  });

  afterAll(async () => {
    await ff?.close();
  });

  it('installs, and its background page captures the five demo pages into the library', async () => {
    expect(states).toEqual(['ready', 'ready', 'ready', 'ready', 'ready']);
    const library = await ff.evaluate(ff.control, readLibrary);
    expect(library.articles).toBe(5);
    expect(library.outlets).toEqual(OUTLET_NAMES);
  });

  it('shows the Coastline Observer in the real sidebar, with a changed number side by side', async () => {
    await ff.bidi.send('browsingContext.activate', { context: observer.context });
    await ff.evaluate(ff.control, (id: number) => browser.tabs.update(id, { active: true }).then(() => true), observer.tabId);
    // Firefox opens a new extension's sidebar on install; extension.getViews reaches its document.
    const summary = await waitFor('the sidebar (opened by Firefox on install) to show the observer tab', () =>
      ff.evaluate(ff.control, (id: number) => {
        const doc = browser.extension.getViews({ type: 'sidebar' })[0]?.document;
        const main = doc?.querySelector<HTMLElement>('main');
        return main?.dataset.tab === String(id) && main.dataset.state === 'ready' ? doc!.querySelector<HTMLElement>('[data-testid="summary"]')!.innerText : null;
      }, observer.tabId),
    );
    expect(summary).toBe('10 of 16 statements also reported by 4 other outlets');
    // The first claim whose number differs elsewhere, preferring lightly edited copies (as numberChangedClaim in harness.ts).
    await ff.evaluate(ff.control, () => {
      const doc = browser.extension.getViews({ type: 'sidebar' })[0].document;
      const card = ['near', 'verbatim', 'paraphrase'].map((k) => doc.querySelector(`.claim[data-number-changed="${k}"]`)).find(Boolean);
      card!.setAttribute('data-under-test', '');
      card!.querySelector<HTMLButtonElement>('button.expand')!.click();
    });
    const label = await waitFor('the side-by-side comparison', () =>
      ff.evaluate(ff.control, () =>
        browser.extension.getViews({ type: 'sidebar' })[0].document.querySelector<HTMLElement>('[data-under-test] .sbs .diff-label-number')?.innerText ?? null,
      ),
    );
    expect(label).toBe('Number changed: 35 → 38');
  });

  it('shows the corroborated count on the toolbar badge of the observer tab', async () => {
    await expect.poll(() => ff.evaluate(ff.control, (id: number) => browser.browserAction.getBadgeText({ tabId: id }), observer.tabId)).toBe('10');
  });

  it('lists the articles in the options page; an export re-imported after "Delete everything" restores them', async () => {
    const options = await ff.openExtensionPage('options.html');
    const count = () => ff.evaluate(options, () => document.querySelector<HTMLElement>('[data-testid="article-count"]')?.innerText);
    await waitFor('5 articles in the options page', async () => (await count()) === '5');
    expect(await ff.evaluate(options, () => document.querySelectorAll('table.articles tbody tr').length)).toBe(5);

    const clickButton = (text: string) => ff.evaluate(options, (t: string) => [...document.querySelectorAll('button')].find((b) => b.innerText === t)!.click(), text);
    await clickButton('Download JSON');
    // waitFor retries while the file is missing or half written (JSON.parse throws).
    const exported = await waitFor('the JSON export in the downloads folder', async () => {
      const name = readdirSync(ff.downloadDir).find((f) => f.endsWith('.json'));
      return name ? { file: join(ff.downloadDir, name), data: JSON.parse(readFileSync(join(ff.downloadDir, name), 'utf8')) } : null;
    });
    expect(exported.data.format).toBe('corroborate-library');
    expect(exported.data.articles).toHaveLength(5);

    await clickButton('Delete everything…');
    await waitFor('the confirmation dialog', () =>
      ff.evaluate(options, () => {
        const input = document.querySelector<HTMLInputElement>('[role="alertdialog"] input');
        if (!input) return false;
        input.value = 'delete';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return true;
      }),
    );
    await waitFor('the confirm button to be enabled', () =>
      ff.evaluate(options, () => {
        const button = document.querySelector<HTMLButtonElement>('[role="alertdialog"] button.danger');
        return !!button && !button.disabled && (button.click(), true);
      }),
    );
    await waitFor('an empty library', async () => (await count()) === '0');
    expect((await ff.evaluate(ff.control, readLibrary)).articles).toBe(0);

    const input = await ff.bidi.send<{ result: { sharedId: string } }>('script.evaluate', {
      target: { context: options }, expression: `document.getElementById('import-file')`, awaitPromise: false, resultOwnership: 'root',
    });
    await ff.bidi.send('input.setFiles', { context: options, element: { sharedId: input.result.sharedId }, files: [exported.file] });
    const message = await waitFor('the import message', () =>
      ff.evaluate(options, () => (document.querySelector<HTMLElement>('[data-testid="import-export-message"]')?.innerText ?? '').match(/^Imported .*/)?.[0] ?? null),
    );
    expect(message).toMatch(/: 5 new articles, 5 outlets\.$/);
    await waitFor('5 articles again', async () => (await count()) === '5');
    expect(await ff.evaluate(ff.control, readLibrary)).toEqual({ articles: 5, outlets: OUTLET_NAMES });
  });
});
