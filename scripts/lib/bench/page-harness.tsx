/**
 * The benchmark harness page's API (entrypoints/bench: unlisted, built only for the `bench`
 * target, see its index.html). Runs the engine in the extension's origin with real IndexedDB on
 * its own database ("corroborate-bench", never the reader's library) and exposes
 * `window.corroborateBench` for scripts/bench-browser.ts, which drives it through page.evaluate.
 * It makes no network requests.
 */
import { render } from 'preact';
import { articleClaims } from '../../../utils/claims/index';
import type { Claim } from '../../../utils/claims/types';
import type { ExtractedArticle } from '../../../utils/extract/types';
import { saveArticle } from '../../../utils/library/articles';
import { LibraryDb } from '../../../utils/library/db';
import type { CoverageReport } from '../../../utils/library/types';
import type { Extraction } from '../../../utils/messaging/protocol';
import { findCoverageFor } from '../../../utils/match/pipeline';
import { prepareSentence } from '../../../utils/match/prepare';
import { bruteForce } from './brute';
import { readMs, roundStamps, type MatchRounds } from './rounds';
import { bulkSaveArticles } from '../../../utils/library/bulk-save';
import { extractPageHtml } from '../../../extension/extract-page';
import { snapshotPage } from '../../../extension/content/snapshot';
import { CoverageSummary } from '../../../components/sidebar/CoverageSummary';
import { ClaimList } from '../../../components/sidebar/ClaimList';
import '../../../components/sidebar/sidebar.css';
import { BENCH_DB_NAME } from './types';

let db: LibraryDb | null = null;

function need(): LibraryDb {
  if (!db) throw new Error('call reset() first');
  return db;
}

function matchesOf(report: CoverageReport): string[] {
  return report.claims.flatMap((c, qi) => c.others.map((o) => `${qi}:${o.articleId}`));
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * The extension's capture path from a live page `doc`: the content script's snapshot (timed:
 * `snapshotMs`), the message carrying it (a structured clone), and the extraction of it
 * (timed: `extractMs`). A refused snapshot is its own extraction.
 */
function captureOffThread(doc: Document, url: string): { extraction: Extraction; snapshotMs: number; extractMs: number } {
  const t0 = performance.now();
  const snapshot = snapshotPage(doc);
  const snapshotMs = performance.now() - t0;
  const sent = structuredClone(snapshot);
  if (!sent.ok) return { extraction: sent, snapshotMs, extractMs: 0 };
  const t1 = performance.now();
  const { extraction } = extractPageHtml(sent.html, url);
  return { extraction, snapshotMs, extractMs: performance.now() - t1 };
}

const bench = {
  /** Deletes and reopens the benchmark database. */
  async reset(): Promise<void> {
    db?.close();
    await new Promise<void>((ok, fail) => {
      const r = indexedDB.deleteDatabase(BENCH_DB_NAME);
      r.onsuccess = () => ok();
      r.onerror = () => fail(r.error);
      r.onblocked = () => ok();
    });
    db = await new LibraryDb(BENCH_DB_NAME).openLibrary();
  },
  /** Opens the benchmark database as it is (a library kept from an earlier run); returns its article count. */
  async open(): Promise<number> {
    db ??= await new LibraryDb(BENCH_DB_NAME).openLibrary();
    return db.articles.count();
  },
  /** Bulk-loads articles (claims split here, in the browser, as a capture splits them); returns their ids and the claim count. */
  async load(articles: ExtractedArticle[]): Promise<{ ids: number[]; claims: number }> {
    const items = articles.map((article) => ({ article, claims: articleClaims(article) }));
    const ids = await bulkSaveArticles(need(), items);
    return { ids, claims: items.reduce((s, i) => s + i.claims.length, 0) };
  },
  /**
   * Capture of one page as the extension does it: snapshot (content script), message, parse +
   * extract + claims (offscreen document), save; timed (parsing the page's own HTML is not: a live
   * page has its DOM).
   */
  async capture(html: string, url: string): Promise<{ ok: boolean; ms: number }> {
    const doc = parse(html);
    const t0 = performance.now();
    const { extraction: res } = captureOffThread(doc, url);
    if (!res.ok) return { ok: false, ms: performance.now() - t0 };
    await saveArticle(need(), res.article, res.claims);
    return { ok: true, ms: performance.now() - t0 };
  },
  /**
   * Capture of one page, in its two halves: what the content script does on the page's main
   * thread (size check and serialising the DOM: `snapshotMs`) and the extraction the extension
   * then runs off it (extension/extract-page.ts: parse, Readability, boilerplate, claims: `ms`).
   * Parsing the page's HTML first is not timed (a live page has its DOM).
   */
  extract(html: string, url: string): { ms: number; snapshotMs: number; ok: boolean; reason: string | null; claims: number } {
    const { extraction: res, snapshotMs, extractMs } = captureOffThread(parse(html), url);
    return { ms: extractMs, snapshotMs, ok: res.ok, reason: res.ok ? null : res.reason, claims: res.ok ? res.claims.length : 0 };
  },
  /** Indexed match of a prepared query; `readMs`: the part until the candidates were read (the rest is scoring), `rounds`: its phases. */
  async match(article: ExtractedArticle, claims: Claim[], excludeArticleId: number): Promise<{ ms: number; readMs: number; rounds: MatchRounds; matches: string[] }> {
    const t0 = performance.now();
    const stamps = roundStamps(t0);
    const report = await findCoverageFor(need(), { article, claims, excludeArticleId }, stamps.opts);
    const rounds = stamps.done();
    return { ms: performance.now() - t0, readMs: readMs(rounds), rounds, matches: matchesOf(report) };
  },
  /**
   * Sidebar proxy: from a parsed page (content-script start) to a rendered sidebar: snapshot,
   * message (structured clone), parse + extract + claims (the offscreen document's part), message,
   * match, message back, render summary + claim list, layout.
   * The save of the capture is not on this path (see capture).
   */
  async sidebar(html: string, url: string, excludeArticleId: number): Promise<{ ms: number; rendered: number }> {
    const doc = parse(html);
    const t0 = performance.now();
    const { extraction: res } = captureOffThread(doc, url);
    if (!res.ok) return { ms: NaN, rendered: 0 };
    const sent = structuredClone({ article: res.article, claims: res.claims });
    const report = structuredClone(await findCoverageFor(need(), { ...sent, excludeArticleId }));
    const host = document.getElementById('app')!;
    const info = {
      articleId: excludeArticleId, title: sent.article.title, outlet: sent.article.outlet.name, domain: sent.article.outlet.domain,
      url, byline: null, publishedTime: sent.article.publishedTime, saved: true, claimCount: sent.claims.length,
    };
    render(
      <div>
        <CoverageSummary article={info} report={report} />
        <ClaimList claims={report.claims} thisOutlet={info.outlet} onShowInPage={() => undefined} />
      </div>,
      host,
    );
    const rendered = host.querySelectorAll('*').length + host.offsetHeight * 0;
    const ms = performance.now() - t0;
    render(null, host);
    return { ms, rendered };
  },
  /** Brute-force time (and matches) of queries, as in the Node bench. */
  async brute(queries: { claims: string[]; excludeArticleId: number; outletId: string }[]): Promise<{ ms: number; matches: string[]; extrapolated: boolean }[]> {
    const outletOf = new Map<number, string>();
    await need().articles.each((a) => outletOf.set(a.id!, a.outletId));
    const res = await bruteForce(need(), queries.map((q) => ({
      prepared: q.claims.map(prepareSentence), timed: true,
      exclude: (id: number) => id === q.excludeArticleId || outletOf.get(id) === q.outletId,
    })));
    return res.map((r) => ({ ms: r.ms, matches: [...r.matches], extrapolated: r.extrapolated }));
  },
  /** Origin storage usage in bytes. */
  async usage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? 0;
  },
  /** JS heap in use (performance.memory, Chromium only), bytes. */
  heap(): number {
    return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  },
};

/** Exposes the harness as `window.corroborateBench` and marks the page ready for the driver. */
export function installBenchHarness(): void {
  (window as unknown as { corroborateBench: typeof bench }).corroborateBench = bench;
  document.title = 'Corroborate benchmark (ready)';
}
