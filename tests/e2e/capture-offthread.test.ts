/**
 * Capture off the page's main thread, in real Chromium: the content script only serialises the
 * page; Readability runs in the extension's offscreen document. A 2 MB page is captured whole,
 * and a page over the size bound gets "too large" without anything being stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';

const SENTENCES = [
  'The Orlen harbour board voted on Tuesday to close the north quay for repairs until March.',
  'Board chair Mira Solvang said the closure would cost the port about 4 million crowns in lost fees.',
  'Ferry operators will move to the south quay, where two new berths opened last year.',
  '"We cannot keep ships on a quay that is sinking," Solvang told reporters after the vote.',
];
const article = SENTENCES.map((s) => `<p>${s} ${s.replace('Tuesday', 'the same day')}</p>`).join('');
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Orlen closes north quay</title>
<meta property="og:site_name" content="Orlen Ledger"></head><body><main><article><h1>Orlen closes north quay</h1>${article}</article>${body}</main></body></html>`;
/** About 2 MB of reader comments after the article (the kind of page that took 170 ms to extract in the page). */
const comments = Array.from({ length: 13_000 }, (_, i) => `<li class="comment"><b>reader${i}</b><p>${SENTENCES[i % 4]}</p><a href="#r${i}">Reply</a></li>`).join('');

const articleCount = (ext: ExtensionHarness) =>
  ext.evalInWorker(() => (globalThis as unknown as { __corroborate: { articleCount(): Promise<number> } }).__corroborate.articleCount());

describe('capture off the page’s main thread', () => {
  let ext: ExtensionHarness;
  beforeEach(async () => {
    ext = await launchExtension({
      pages: {
        'bigpage.test': page(`<section class="comments"><h2>Comments</h2><ol>${comments}</ol></section>`),
        'hugepage.test': page(`<div>${'<span>x</span>'.repeat(61_000)}</div>`),
      },
    });
  });
  afterEach(async () => {
    await ext?.close();
  });

  it('captures a 2 MB page, extracted in the offscreen document', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(ext.baseUrl('bigpage'));
    expect((await tab.content()).length).toBeGreaterThan(2_000_000);
    const record = await ext.waitForCapture(tab, 30_000);
    expect(record.state).toBe('ready');
    expect(await articleCount(ext)).toBe(1);
    const offscreen = await ext.evalInWorker(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).map((c) => new URL(c.documentUrl!).pathname));
    expect(offscreen).toEqual(['/offscreen.html']);
  });

  it('refuses a page over the size bound as too large, storing nothing', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(ext.baseUrl('hugepage'));
    expect((await ext.waitForCapture(tab, 30_000)).state).toBe('too-large');
    expect(await articleCount(ext)).toBe(0);
  });
});
