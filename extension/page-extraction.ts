/**
 * Extraction of page snapshots inside the extension, off the page's main thread: directly where a
 * DOM parser exists (Firefox's background page), else in an offscreen document (Chrome's service
 * worker has none; the document is created on first use and kept). Remembers each tab's previous
 * capture, so an infinitely scrolling page that moves its URL stays one article.
 */
import { browser } from 'wxt/browser';
import type { PreviousCapture } from '../utils/extract/continuation';
import type { Extraction, PageSnapshot } from '../utils/messaging/protocol';
import { extractPageHtml } from './extract-page';
import { offscreenMessenger } from './messaging';

/** The offscreen document's page (entrypoints/offscreen). */
const OFFSCREEN_PATH = '/offscreen.html';
/** Tabs whose previous capture is remembered (oldest forgotten first). */
const REMEMBERED_TABS = 64;

const previousByTab = new Map<number, PreviousCapture>();
let creating: Promise<void> | null = null;

/** Creates the offscreen document unless it exists (concurrent callers share one creation). */
async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  // runtime.getContexts is Chrome 116+; without it, creating an existing document fails harmlessly below.
  const open = await browser.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT' as never], documentUrls: [url] });
  if (open && open.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER' as never], justification: 'Extract the article of a page without holding the page’s main thread.' })
    .catch((err: unknown) => {
      // Created meanwhile (another capture, or a previous service-worker life): nothing to do.
      if (!/single offscreen|already/i.test(String(err))) throw err;
    })
    .finally(() => (creating = null));
  await creating;
}

/** Extracts the snapshot in the offscreen document, or here when this context has a DOM parser. */
async function extractHtml(url: string, html: string, previous: PreviousCapture | null, acceptAnyBody: boolean) {
  if (typeof DOMParser !== 'undefined') return extractPageHtml(html, url, previous, acceptAnyBody);
  await ensureOffscreen();
  const res = await offscreenMessenger.sendMessage('extractHtml', { url, html, previous, acceptAnyBody });
  if (!res?.ok) return { extraction: { ok: false, reason: 'unreadable', message: res?.error.message ?? 'The page could not be read.' } as Extraction, previous };
  return res.value;
}

/**
 * The extraction of tab `tabId`'s snapshot of `url` (a refused snapshot passes through);
 * `acceptAnyBody` when the reader asked to save the page anyway.
 */
export async function extractSnapshot(tabId: number, url: string, page: PageSnapshot, acceptAnyBody = false): Promise<Extraction> {
  if (!page.ok) return page;
  const out = await extractHtml(url, page.html, previousByTab.get(tabId) ?? null, acceptAnyBody);
  previousByTab.delete(tabId);
  if (out.previous) previousByTab.set(tabId, out.previous);
  if (previousByTab.size > REMEMBERED_TABS) previousByTab.delete(previousByTab.keys().next().value as number);
  return out.extraction;
}
