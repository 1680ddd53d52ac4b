/**
 * Page helpers for the options-page end-to-end tests: open the page, capture demo pages, and
 * read the library's raw rows through the service worker (same origin as the options page).
 */
import type { Page } from 'playwright-core';
import type { ExtensionHarness } from './harness';

/** Opens chrome-extension://<id>/options.html in a new tab and waits for the outlets section. */
export async function openOptions(ext: ExtensionHarness): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('options.html'));
  await page.waitForSelector('#outlets h2');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return page;
}

/** Visits demo outlets' pages and waits until the background has finished with each. */
export async function visit(ext: ExtensionHarness, outlets: string[]): Promise<string[]> {
  const states: string[] = [];
  for (const outlet of outlets) {
    const page = await ext.context.newPage();
    await page.goto(ext.baseUrl(outlet));
    states.push((await ext.waitForCapture(page)).state);
    await page.close();
  }
  return states;
}

/** Rows of the library's stores, read with plain IndexedDB in the service worker. */
export async function libraryRows(ext: ExtensionHarness): Promise<{ outlets: { id: string; name: string; domains: string[] }[]; articles: number; claims: number }> {
  return ext.evalInWorker(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('corroborate');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const read = <T>(store: string, op: (s: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((ok, fail) => {
        const req = op(db.transaction(store, 'readonly').objectStore(store));
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    const names = [...db.objectStoreNames];
    const outlets = names.includes('outlets') ? await read<{ id: string; name: string; domains: string[] }[]>('outlets', (s) => s.getAll()) : [];
    const articles = names.includes('articles') ? await read<number>('articles', (s) => s.count()) : 0;
    const claims = names.includes('claims') ? await read<number>('claims', (s) => s.count()) : 0;
    db.close();
    return { outlets: outlets.map((o) => ({ id: o.id, name: o.name, domains: [...o.domains].sort() })).sort((a, b) => a.id.localeCompare(b.id)), articles, claims };
  });
}

/** The outlet names shown in the options page's outlet table, in order. */
export async function shownOutlets(page: Page): Promise<string[]> {
  return page.locator('table.outlets input.outlet-name').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}
