/**
 * Launches headless Firefox (ESR) over WebDriver BiDi with a fresh temporary profile, installs the
 * built MV2 extension (.output/firefox-mv2) as a temporary add-on, and serves the demo story on
 * its `*.test` hosts. BiDi cannot navigate to moz-extension:// pages, so the onboarding tab that
 * the extension opens on install is kept as the `control` page: it opens the other extension
 * pages (`browser.tabs.create`) and reaches the background page and the sidebar through the
 * extension APIs (`runtime.getBackgroundPage`, `extension.getViews`).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { DEMO_STORY_DIR, EXTRA_PAGES, REPO_ROOT, type CaptureRecord } from '../harness';
import { BidiSession, type BrowsingContextInfo, type EvaluateResult } from './bidi';
import { EXTENSION_UUID, writeProfile } from './profile';

/** The Firefox binary: `FIREFOX_BIN`, else Debian's `firefox-esr`. */
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
/** The Firefox build (`npm run build:firefox`, which `npm test` runs first); `CORROBORATE_FIREFOX_EXTENSION_DIR` overrides it. */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.CORROBORATE_FIREFOX_EXTENSION_DIR ?? resolve(REPO_ROOT, '.output', 'firefox-mv2'));
export { EXTENSION_UUID };

/** The few WebExtension APIs that the tests call in extension pages (Firefox's `browser` global). */
export interface FirefoxExtensionApi {
  tabs: { create(p: { url: string }): Promise<unknown>; query(q: object): Promise<{ id?: number; url?: string }[]>; update(id: number, p: { active: boolean }): Promise<unknown> };
  runtime: { getBackgroundPage(): Promise<Window & { __corroborate?: { record(tabId: number, url: string): CaptureRecord | null } }> };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  extension: { getViews(filter: { type: 'sidebar' | 'tab' }): Window[] };
}
declare const browser: FirefoxExtensionApi;

/** A web page in its own tab: BiDi context, final URL, and the extension's tab id. */
export interface OpenedPage { context: string; url: string; tabId: number }

/** A running Firefox with the extension installed; see the module comment. */
export interface FirefoxHarness {
  bidi: BidiSession;
  server: StaticServer;
  /** Where downloads land (in the temporary folder, deleted by `close`). */
  downloadDir: string;
  /** The browsing context of the onboarding tab, the extension page that drives the others. */
  control: string;
  /** Runs `fn(...args)` in a browsing context (as source text) and returns its JSON-serializable result. */
  evaluate<A extends unknown[], R>(context: string, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Opens a web page in a new tab, waits for its load, and finds its tab id. */
  openPage(url: string): Promise<OpenedPage>;
  /** Opens `moz-extension://<uuid>/<path>` in a new tab from the control page; resolves with its loaded context. */
  openExtensionPage(path: string): Promise<string>;
  /** Quits Firefox, stops the server, deletes the profile. */
  close(): Promise<void>;
}

/** Polls `check` every 100 ms until it returns a truthy value (errors count as "not yet"); throws after `timeoutMs`, naming `what`. */
export async function waitFor<T>(what: string, check: () => Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let last: unknown;
    try {
      last = await check();
      if (last) return last as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves with the WebSocket URL that Firefox prints on stderr once BiDi listens. */
function bidiUrl(firefox: ChildProcessByStdio<null, Readable, Readable>): Promise<string> {
  return new Promise<string>((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi in 30 s:\n${seen.slice(-2000)}`)), 30_000);
    firefox.stderr.on('data', (chunk: Buffer) => {
      seen += String(chunk);
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m) ok(m[1]);
      if (m) clearTimeout(timer);
    });
    firefox.once('exit', (code) => fail(new Error(`Firefox exited (${code}) before BiDi started:\n${seen.slice(-2000)}`)));
  });
}

/** Starts Firefox and the demo server, installs the extension, and waits for its onboarding tab. */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxHarness> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:firefox\` first.`);
  const addonId: string = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-firefox-'));
  const downloadDir = join(dir, 'downloads');
  writeProfile(join(dir, 'profile'), downloadDir, addonId);
  const server = await startStaticServer(DEMO_STORY_DIR, 0, EXTRA_PAGES);
  const args = ['-headless', '-no-remote', '-profile', join(dir, 'profile'), '--remote-debugging-port', '0'];
  const firefox = spawn(FIREFOX_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(join(dir, 'firefox.log'));
  firefox.stdout.pipe(log, { end: false });
  firefox.stderr.pipe(log, { end: false });
  const exited = new Promise<void>((ok) => firefox.once('exit', () => ok()));
  let bidi: BidiSession | undefined;

  const close = async () => {
    await bidi?.send('browser.close').catch(() => undefined);
    await bidi?.close();
    const stop = setTimeout(() => firefox.kill('SIGTERM'), bidi ? 5_000 : 0);
    const kill = setTimeout(() => firefox.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(stop);
    clearTimeout(kill);
    await server.close();
    firefox.stdout.unpipe(log);
    firefox.stderr.unpipe(log);
    log.end();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    bidi = await BidiSession.connect(`${await bidiUrl(firefox)}/session`);
    const session = bidi;
    const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
    const findContext = async (match: (url: string) => boolean) =>
      (await session.send<{ contexts: BrowsingContextInfo[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts.find((c) => match(c.url))?.context;
    const evaluate: FirefoxHarness['evaluate'] = async (context, fn, ...fnArgs) => {
      const expression = `(async () => JSON.stringify((await (${fn.toString()})(...${JSON.stringify(fnArgs)})) ?? null))()`;
      const res = await session.send<EvaluateResult>('script.evaluate', { target: { context }, expression, awaitPromise: true });
      if (res.type === 'exception') throw new Error(`In the page: ${res.exceptionDetails.text}`);
      return JSON.parse(res.result.value as string);
    };
    const loaded = (context: string) => waitFor('the page to load', () => evaluate(context, () => document.readyState === 'complete'));

    await session.send('session.new', { capabilities: {} });
    await session.send('webExtension.install', { extensionData: { type: 'path', path: resolve(extensionDir) } });
    const control = await waitFor('the onboarding tab', () => findContext((u) => u.startsWith(extensionUrl('onboarding.html'))));
    await loaded(control);
    return {
      bidi: session, server, downloadDir, control, evaluate, close,
      async openPage(target) {
        const { context } = await session.send<{ context: string }>('browsingContext.create', { type: 'tab' });
        const { url } = await session.send<{ url: string }>('browsingContext.navigate', { context, url: target, wait: 'complete' });
        const tabId = await waitFor(`the tab id of ${url}`, () =>
          evaluate(control, async (u: string) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url),
        );
        return { context, url, tabId };
      },
      async openExtensionPage(path) {
        const url = extensionUrl(path);
        await evaluate(control, (u: string) => browser.tabs.create({ url: u }).then(() => true), url);
        const context = await waitFor(`a tab at ${url}`, () => findContext((u) => u === url));
        await loaded(context);
        return context;
      },
    };
  } catch (err) {
    await close();
    throw err;
  }
}
