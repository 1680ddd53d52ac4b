/// <reference types="chrome" />
/**
 * End-to-end harness: launches real (headless) Chromium with the built extension
 * (.output/chrome-mv3) and a static server for local `*.test` outlets.
 *
 *   const ext = await launchExtension();
 *   const page = await ext.context.newPage();
 *   await page.goto(ext.baseUrl('wire'));
 *   await ext.waitForCapture(page);
 *   const panel = await ext.openPanel(page);   // chrome-extension://<id>/sidepanel.html?tab=<tabId>
 *   await ext.close();
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, CHROMIUM_MISSING } from '../../scripts/lib/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

/** Repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built Chrome extension (`CORROBORATE_EXTENSION_DIR` overrides it, e.g. a copy of a build). */
export const EXTENSION_DIR = process.env.CORROBORATE_EXTENSION_DIR
  ? resolve(process.env.CORROBORATE_EXTENSION_DIR)
  : resolve(REPO_ROOT, '.output', 'chrome-mv3');
/** The bundled demo story (five outlets + an unrelated page). */
export const DEMO_STORY_DIR = resolve(REPO_ROOT, 'tests', 'fixtures', 'demo-story');
/** Where specs save screenshots. */
export const TEST_OUTPUT_DIR = resolve(REPO_ROOT, 'test-output');

/** Options for `launchExtension`. */
export interface LaunchOptions {
  /** Folder served on `*.test` hosts; defaults to the demo story. */
  root?: string;
  /** Built extension folder; defaults to .output/chrome-mv3. */
  extensionDir?: string;
  /** Run headed (needs a display). */
  headed?: boolean;
  /** Extra in-memory pages: host (`name.test`) → HTML, served at any path. */
  pages?: Record<string, string>;
}

/**
 * Pages every harness serves: `baseUrl('not-an-article')` is a shop's home page,
 * `baseUrl('news-brief')` a two-sentence news brief that declares itself an article, and
 * `baseUrl('topic-page')` a topic page of teasers (refused as a list of other articles).
 */
export const EXTRA_PAGES: Record<string, string> = {
  'news-brief.test': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carrow bridge closed after crack found | Valley Brief</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Valley Brief"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Carrow bridge closed after crack found</h1>
<p>The Miller Street bridge in Carrow was closed on Tuesday after inspectors found a crack in one of its steel beams, the county roads department said.</p>
<p>Repairs are expected to take three weeks, a spokeswoman said.</p></article><footer>© Valley Brief</footer></body></html>`,
  'not-an-article.test': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme Garden Tools</title></head>
<body><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/cart">Cart</a></nav>
<h1>Acme Garden Tools</h1><ul><li>Spades from $12</li><li>Rakes from $9</li><li>Hoses from $20</li></ul>
<form><label>Email <input name="email"></label><button>Subscribe</button></form><footer>© Acme</footer></body></html>`,
  'topic-page.test': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port Ellery | Ellery Gazette</title>
<meta property="og:type" content="website"></head><body><main><h1>Port Ellery</h1>${['harbour', 'bridge', 'school', 'library', 'ferry', 'market'].map((t) =>
  `<div class="story"><h2><a href="/news/${t}-plan">Port Ellery council backs new ${t} plan after long debate</a></h2><p>The council of Port Ellery approved a new plan for the ${t} on Monday, and residents will be asked for their views in March.</p></div>`).join('')}</main></body></html>`,
};

/** A running browser with the extension loaded. */
export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-fetched if Chrome restarted it). */
  serviceWorker: Worker;
  server: StaticServer;
  /** `http://<outlet>.test:PORT/` */
  baseUrl(outlet: string): string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** The browser tab id of a page (for `sidepanel.html?tab=`). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the sidebar view pinned to a tab, in a new page, and waits until it leaves the loading state. */
  openPanel(target: Page | number): Promise<Page>;
  /** Waits until the background has finished with the page's current URL (captured, skipped or failed). */
  waitForCapture(page: Page, timeoutMs?: number): Promise<CaptureRecord>;
  /** The action badge text of a page's tab. */
  badgeText(page: Page): Promise<string>;
  /**
   * Waits until the background has decided about the page's current URL; returns the decisions
   * logged for it since the extension started, oldest first (each test launches its own).
   */
  waitForDecision(page: Page): Promise<string[]>;
  /** Evaluates in the service worker. */
  evalInWorker<T>(fn: () => T | Promise<T>): Promise<T>;
  /**
   * Stops the service worker, as Chrome does after 30 s idle; the next message from a page starts
   * it again. Until then, helpers that evaluate in the worker (`tabIdOf`, `evalInWorker`) hang:
   * take a tab's id before stopping.
   */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/** What the background recorded about one page (see extension/debug.ts). */
export interface CaptureRecord {
  tabId: number;
  url: string;
  state: string;
  corroborated: number;
  /** Extraction time (in the offscreen document, off the page's main thread), and save + match time in the background (ms). */
  extractMs: number;
  matchMs: number;
}

/** Throws a clear error when the build or the browser is missing. */
function preflight(extensionDir: string): string {
  const exe = findChromium();
  if (!exe) throw new Error(CHROMIUM_MISSING);
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  return exe;
}

/** Launches Chromium with the extension and a static server; see the module comment. */
export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionHarness> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const executablePath = preflight(extensionDir);
  mkdirSync(TEST_OUTPUT_DIR, { recursive: true });
  const server = await startStaticServer(opts.root ?? DEMO_STORY_DIR, 0, { ...EXTRA_PAGES, ...opts.pages });
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: !opts.headed,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const first = await worker();
  const extensionId = new URL(first.url()).host;
  // The background bundle takes a moment to evaluate: wait for its debug hook.
  const ready = await first.evaluate(async () => {
    for (let i = 0; i < 300 && !(globalThis as { __corroborate?: unknown }).__corroborate; i++) await new Promise((r) => setTimeout(r, 100));
    return !!(globalThis as { __corroborate?: unknown }).__corroborate;
  });
  if (!ready) throw new Error('The background never set up its debug hook (__corroborate) within 30 s');

  const evalInWorker = async <T>(fn: () => T | Promise<T>): Promise<T> => (await worker()).evaluate(fn);
  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const url = page.url();
    const id = await (await worker()).evaluate(async (u: string) => {
      const tabs = await chrome.tabs.query({});
      const same = tabs.filter((t) => t.url === u || t.pendingUrl === u);
      if (same.length === 1) return same[0].id ?? -1;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`No tab found for ${url}`);
    return id;
  };

  const harness: ExtensionHarness = {
    context,
    extensionId,
    get serviceWorker() {
      return context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? first;
    },
    server,
    baseUrl: (outlet) => server.baseUrl(outlet),
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    tabIdOf,
    async openPanel(target) {
      const tabId = typeof target === 'number' ? target : await tabIdOf(target);
      const panel = await context.newPage();
      await panel.goto(harness.extensionUrl(`sidepanel.html?tab=${tabId}`));
      // Not the kept view a slow background is preceded by: it may predate the latest capture.
      await panel.waitForSelector('[data-state]:not([data-state="loading"]):not([data-kept])', { timeout: 30_000 });
      return panel;
    },
    async waitForCapture(page, timeoutMs = 20_000) {
      const tabId = await tabIdOf(page);
      const url = page.url();
      return pollUntil(`the background to capture ${url}`, timeoutMs, async () => (await worker()).evaluate(
        ([id, u]) => (globalThis as unknown as { __corroborate?: { record(t: number, u: string): CaptureRecord | null } }).__corroborate?.record(id, u) ?? null,
        [tabId, url] as [number, string],
      ));
    },
    async waitForDecision(page) {
      const url = page.url();
      return pollUntil(`the background to decide about ${url}`, 20_000, async () => {
        const got = await (await worker()).evaluate((u: string) => (globalThis as unknown as { __corroborate: { decisions(u: string): string[] } }).__corroborate.decisions(u), url);
        return got.length > 0 ? got : null;
      });
    },
    async badgeText(page) {
      const tabId = await tabIdOf(page);
      return (await worker()).evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    evalInWorker,
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
  return harness;
}

/** The first claim card whose number differs in another outlet, preferring lightly edited copies. */
export async function numberChangedClaim(panel: Page) {
  for (const kind of ['near', 'verbatim', 'paraphrase']) {
    const card = panel.locator(`.claim[data-number-changed="${kind}"]`).first();
    if (await card.count()) return card;
  }
  return panel.locator('.claim[data-number-changed]').first();
}

/** Calls `read` every 100 ms until it gives a value (not null), for at most `timeoutMs`; else throws, naming `what` was awaited. */
async function pollUntil<T>(what: string, timeoutMs: number, read: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
