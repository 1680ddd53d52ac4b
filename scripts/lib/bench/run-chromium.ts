/**
 * One Chromium benchmark run at one library size, through the harness page
 * (entrypoints/bench, built for the `bench` target) in a real headless Chromium with the
 * extension loaded: real IndexedDB in the extension's origin. Node composes the library and
 * the queries (as in the Node bench); the page splits claims, stores and matches. Loading (or
 * reusing) the library in the page is chromium-library.ts.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { queryInput, renderHtml, toExtracted } from './article-input';
import { composeLibrary, type RealCorpus } from './compose';
import { foldRepeats, recallCount, recallOf } from './recall';
import type { RunRecord } from './record';
import { round2, summarize } from './stats';
import { rawBytes } from './storage';
import { makeVariant } from './synthetic';
import { outletKey } from './types';
import type { NodeRunOptions } from './run-node';
import { summarizeRounds, type MatchRounds } from './rounds';
import { startCpuProfile, topSelfTime } from './cpu-profile';
import { keptLibrary, loadLibrary, recordKeptLibrary, type HarnessBench } from './chromium-library';

declare const corroborateBench: HarnessBench;

/** The harness page's JS heap through CDP: its used size (MB), and a forced full garbage collection. */
export interface PageHeap {
  mb(): Promise<number>;
  gc(): Promise<void>;
}

/** What the Chromium heap figures are. */
const PAGE_HEAP = 'harness page JS heap (CDP Runtime.getHeapUsage usedSize; IndexedDB data lives in the browser process, not in it); '
  + 'heap_baseline_mb after a forced GC (HeapProfiler.collectGarbage) once the library is loaded and one warm-up match ran; '
  + 'heap_mb is the peak read right after each match and sidebar call (garbage not yet collected included: an upper bound of the live peak); '
  + 'heap_live_mb after a forced GC once matching and the sidebar are done';

/** Options of a Chromium run: the Node run's, plus `--profile` and `--per-query` (and all sizes, to name one file per size). */
export interface ChromiumRunOptions extends NodeRunOptions {
  profile: string | null;
  perQuery: string | null;
  sizes: readonly number[];
  /** `--keep-library DIR`: the browser profile kept between runs, whose loaded library is reused when it is this size's. */
  keptProfile: string | null;
  /** The browser profile held nothing before this run (else no storage figure is taken). */
  freshProfile: boolean;
}

/** Runs one size in the harness page `page`; `heap` reads and collects the page's JS heap. */
export async function runChromium(page: Page, heap: PageHeap, real: RealCorpus, size: number, opts: ChromiumRunOptions): Promise<RunRecord> {
  const log = opts.log;
  const comp = composeLibrary(real, size, opts.queries);
  log(`[chromium ${size}] composed: ${comp.articles.length} articles (${(comp.syntheticFraction * 100).toFixed(1)}% synthetic), ${comp.queries.length} queries`);
  const kept = opts.keptProfile ? await keptLibrary(page, opts.keptProfile, size) : null;
  const loaded = kept ?? await loadLibrary(page, comp.articles.map(toExtracted), log, size, opts.freshProfile);
  if (kept) log(`[chromium ${size}] reusing the library kept in ${opts.keptProfile} (its load and storage figures are from when it was loaded)`);
  else if (opts.keptProfile) recordKeptLibrary(opts.keptProfile, loaded);
  const { ids, claims, loadS, storedBytes } = loaded;
  const idOf = new Map(comp.articles.map((a, i) => [a.id, ids[i]]));
  const eventOf = new Map(comp.articles.map((a, i) => [ids[i], a.event]));

  const inputs = comp.queries.map((q) => ({ q, input: queryInput(q), id: idOf.get(q.id)! }));
  await page.evaluate(([a, c, id]) => corroborateBench.match(a, c, id), [inputs[0].input.article, inputs[0].input.claims, inputs[0].id] as const);
  const matchMs: number[] = [];
  const readMs: number[] = [];
  const rounds: MatchRounds[] = [];
  const indexed: Set<string>[] = [];
  await heap.gc(); // the bulk load's garbage is not the matcher's heap
  const heapBaseline = await heap.mb();
  let heapPeak = heapBaseline;
  const profiler = opts.profile ? await startCpuProfile(page, profileFile(opts.profile, size, opts.sizes)) : null;
  for (const { input, id } of inputs) {
    const r = await page.evaluate(([a, c, i]) => corroborateBench.match(a, c, i), [input.article, input.claims, id] as const);
    matchMs.push(r.ms);
    readMs.push(r.readMs);
    rounds.push(r.rounds);
    indexed.push(foldRepeats(new Set(r.matches), input.claims.map((c) => c.text)));
    heapPeak = Math.max(heapPeak, await heap.mb());
  }
  if (opts.perQuery) {
    const rows = inputs.map(({ q, input }, i) => ({
      query: q.id, claims: input.claims.length, match_ms: round2(matchMs[i]),
      indexes: round2(rounds[i].indexes), rows: round2(rounds[i].rows), targets: round2(rounds[i].targets), align: round2(rounds[i].align),
    }));
    writeFileSync(profileFile(opts.perQuery, size, opts.sizes), JSON.stringify(rows, null, 1));
  }
  log(`[chromium ${size}] matched ${inputs.length} queries: p50 ${summarize(matchMs).p50} ms`);
  if (profiler) for (const line of [`[chromium ${size}] CPU self time while matching:`, ...topSelfTime(await profiler.stop())]) log(line);

  const sidebarMs: number[] = [];
  for (const { q, id } of inputs) {
    const r = await page.evaluate(([h, u, i]) => corroborateBench.sidebar(h, u, i), [renderHtml(q), q.url ?? 'https://example.test/', id] as const);
    if (Number.isFinite(r.ms)) sidebarMs.push(r.ms);
    heapPeak = Math.max(heapPeak, await heap.mb());
  }
  await heap.gc();
  const heapLive = await heap.mb();
  log(`[chromium ${size}] heap MB: ${heapBaseline.toFixed(1)} after load + GC, peak ${heapPeak.toFixed(1)}, ${heapLive.toFixed(1)} live after matching`);

  const timed = inputs.slice(0, opts.bruteTimed);
  const brute = await page.evaluate((qs) => corroborateBench.brute(qs), timed.map(({ q, input, id }) => ({
    claims: input.claims.map((c) => c.text), excludeArticleId: id, outletId: outletKey(q),
  })));
  const bruteSets = brute.map((b, i) => foldRepeats(new Set(b.matches), timed[i].input.claims.map((c) => c.text)));
  const ratios = brute.map((b, i) => b.ms / matchMs[i]).sort((x, y) => x - y);
  const counts = bruteSets.map((b, i) => recallCount(b, indexed[i]));
  const sameEvent = bruteSets.map((b, i) => recallCount(b, indexed[i], (a) => eventOf.get(a) === timed[i].q.event));
  log(`[chromium ${size}] brute force on ${brute.length} queries: ratio ${ratios[Math.floor(ratios.length / 2)]?.toFixed(1)}`);

  const captureMs: number[] = [];
  const used = new Set(comp.articles.map((a) => a.id));
  const pool = [...real.bbc, ...real.newswcl50, ...real.reuters].filter((a) => !used.has(a.id) && a.paragraphs.length >= 3);
  const sample = pool.length ? pool.filter((_, i) => i % Math.max(1, Math.floor(pool.length / opts.captureSample)) === 0).slice(0, opts.captureSample)
    : comp.articles.slice(0, opts.captureSample).map((a) => makeVariant(a, 90));
  for (const a of sample) {
    const r = await page.evaluate(([h, u]) => corroborateBench.capture(h, u), [renderHtml(a), a.url ?? 'https://example.test/'] as const);
    if (r.ok) captureMs.push(r.ms);
  }
  const raw = comp.articles.reduce((s, a) => s + rawBytes(a.paragraphs), 0);
  return {
    articles: comp.articles.length, claims, capture_ms: summarize(captureMs), match_ms: summarize(matchMs), match_read_ms: summarize(readMs), match_rounds_ms: summarizeRounds(rounds), sidebar_ms: summarize(sidebarMs),
    stored_bytes_per_article: storedBytes === null ? null : Math.round(storedBytes / comp.articles.length), raw_bytes_per_article: Math.round(raw / comp.articles.length),
    heap_mb: Math.round(heapPeak * 10) / 10, brute_force_ratio: ratios.length ? Math.round(ratios[Math.floor(ratios.length / 2)] * 10) / 10 : null,
    synthetic_fraction: Math.round(comp.syntheticFraction * 10_000) / 10_000,
    data: comp.fallback ? 'seed-only' : 'real+synthetic', queries: inputs.length, query_claims: inputs[0]?.input.claims.length ?? 0,
    brute_force_ms: summarize(brute.map((b) => b.ms)), brute_force_queries: brute.length,
    brute_force_extrapolated: brute.some((b) => b.extrapolated), brute_force_recall: recallOf(counts),
    brute_force_recall_same_event: recallOf(sameEvent), brute_force_recall_copies: null, brute_force_copies: 0,
    brute_force_recall_queries: brute.length, brute_filter_misses: 0, indexed_only_matches: 0,
    parse_ms: { p50: null, p95: null }, load_articles_per_s: Math.round(comp.articles.length / loadS), minisearch: null,
    heap_baseline_mb: Math.round(heapBaseline * 10) / 10, heap_live_mb: Math.round(heapLive * 10) / 10, heap_context: PAGE_HEAP,
  };
}

/** The profile file of one size: `file` itself for a single size, else `file` with the size before its extension. */
export function profileFile(file: string, size: number, sizes: readonly number[]): string {
  if (sizes.length <= 1) return file;
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}-${size}${file.slice(dot)}` : `${file}-${size}`;
}
